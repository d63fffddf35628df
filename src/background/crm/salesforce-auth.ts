/**
 * Connecting Salesforce: the OAuth 2.0 web-server flow with PKCE through the browser's own login
 * window (`identity.launchWebAuthFlow`, passed in as `launch` so tests can stand in for it), then the
 * code exchanged for an access and a refresh token at the org's My Domain. No client secret exists in
 * the extension; the verifier never leaves this function.
 */
import type { SalesforceToken } from '../../core/crm/salesforce-answers';
import { authorizeUrl, codeChallenge, codeFromRedirect, newCodeVerifier, newState, tokenRequestBody } from '../../core/crm/salesforce-oauth';
import { appError, type Result } from '../../core/errors';
import { apiBase } from './crm-fetch';

export interface SalesforceLogin {
  loginUrl: string;
  clientId: string;
  redirectUri: string;
  /** Opens the login page and resolves with the URL it finally redirected to. */
  launch(url: string): Promise<string>;
  fetch: typeof fetch;
}

export async function signInToSalesforce(login: SalesforceLogin, signal: AbortSignal): Promise<Result<SalesforceToken>> {
  const base = apiBase(login.loginUrl);
  if (!base.ok) return base;
  if (!login.clientId.trim()) return { ok: false, error: appError('crm-not-configured') };
  const verifier = newCodeVerifier();
  const state = newState();
  let redirect: string;
  try {
    redirect = await login.launch(authorizeUrl({ loginUrl: base.value, clientId: login.clientId, redirectUri: login.redirectUri, codeChallenge: await codeChallenge(verifier), state }));
  } catch {
    // The rep closed the window, or the login page could not be reached.
    return { ok: false, error: appError('crm-unauthorized') };
  }
  const code = codeFromRedirect(redirect, state);
  if (!code.ok) return code;
  try {
    const response = await login.fetch(`${base.value}/services/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: tokenRequestBody({ code: code.value, verifier, redirectUri: login.redirectUri }, login.clientId),
      signal,
      redirect: 'error',
      credentials: 'omit',
    });
    const token = (await response.json().catch(() => null)) as Partial<SalesforceToken> | null;
    if (!response.ok || !token?.access_token || !token.instance_url) {
      return { ok: false, error: response.status >= 500 ? appError('crm-unavailable', { status: response.status }) : appError('crm-unauthorized') };
    }
    return { ok: true, value: { access_token: token.access_token, instance_url: token.instance_url, ...(token.refresh_token ? { refresh_token: token.refresh_token } : {}) } };
  } catch {
    return { ok: false, error: signal.aborted ? appError('crm-timeout') : appError('crm-unreachable') };
  }
}
