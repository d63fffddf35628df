/**
 * Connecting Salesforce, the background's half of the OAuth 2.0 web-server flow with PKCE: the options
 * page opened the login window (`identity.launchWebAuthFlow`, in the rep's click) and hands over the
 * code with its verifier; only here are they exchanged for an access and a refresh token at the org's
 * login host, so no page ever holds a token. No client secret exists in the extension.
 */
import type { SalesforceToken } from '../../core/crm/salesforce-answers';
import { tokenRequestBody } from '../../core/crm/salesforce-oauth';
import { appError, type Result } from '../../core/errors';
import { apiBase } from './crm-fetch';

export interface SalesforceCode {
  loginUrl: string;
  clientId: string;
  code: string;
  verifier: string;
  /** The redirect URL the login window was opened with: the token endpoint checks it is the same. */
  redirectUri: string;
}

export async function exchangeSalesforceCode(grant: SalesforceCode, fetcher: typeof fetch, signal: AbortSignal): Promise<Result<SalesforceToken>> {
  const base = apiBase(grant.loginUrl);
  if (!base.ok) return base;
  if (!grant.clientId.trim()) return { ok: false, error: appError('crm-not-configured') };
  try {
    const response = await fetcher(`${base.value}/services/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: tokenRequestBody({ code: grant.code, verifier: grant.verifier, redirectUri: grant.redirectUri }, grant.clientId),
      signal,
      redirect: 'error',
      credentials: 'omit',
    });
    const token = (await response.json().catch(() => null)) as Partial<SalesforceToken> | null;
    // 400 invalid_grant (a used or expired code, a verifier that does not match), invalid_client_id.
    if (!response.ok || !token?.access_token || !token.instance_url) {
      return { ok: false, error: response.status >= 500 ? appError('crm-unavailable', { status: response.status }) : appError('crm-unauthorized') };
    }
    return { ok: true, value: { access_token: token.access_token, instance_url: token.instance_url, ...(token.refresh_token ? { refresh_token: token.refresh_token } : {}) } };
  } catch {
    return { ok: false, error: signal.aborted ? appError('crm-timeout') : appError('crm-unreachable') };
  }
}
