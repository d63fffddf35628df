/**
 * Salesforce's OAuth 2.0 web-server flow with PKCE (RFC 7636), as an extension runs it: no client
 * secret (the external client app is set to need none with PKCE), the code verifier kept only for the
 * one authorization, the code and the refresh token exchanged at the org's My Domain. Pure apart from
 * WebCrypto, which the core may use in Node and in the browser alike.
 */
import { appError, type Result } from '../errors';
import { trimEnd } from '../text/trim';

export interface AuthorizeRequest {
  /** The org's My Domain (https://acme.my.salesforce.com) or https://login.salesforce.com. */
  loginUrl: string;
  clientId: string;
  /** identity.getRedirectURL(): the extension's own https://<id>.chromiumapp.org/ address. */
  redirectUri: string;
  codeChallenge: string;
  state: string;
}

function base64url(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return trimEnd(btoa(text), '=').replace(/\+/g, '-').replace(/\//g, '_');
}

/** 64 random bytes as base64url: 86 characters, inside RFC 7636's 43–128. */
export function newCodeVerifier(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(64)));
}

export function newState(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(16)));
}

/** S256: base64url(SHA-256(verifier)). */
export async function codeChallenge(verifier: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

export function authorizeUrl(req: AuthorizeRequest): string {
  const url = new URL('/services/oauth2/authorize', req.loginUrl);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: req.clientId,
    redirect_uri: req.redirectUri,
    code_challenge: req.codeChallenge,
    code_challenge_method: 'S256',
    // api for the REST calls, refresh_token so the rep is not sent to log in every two hours.
    scope: 'api refresh_token',
    state: req.state,
  }).toString();
  return url.href;
}

/** One login: the authorize URL the login window opens, with the state and the verifier kept for its answer. */
export interface SalesforceLogin {
  url: string;
  state: string;
  verifier: string;
}

export async function salesforceLogin(req: Omit<AuthorizeRequest, 'codeChallenge' | 'state'>): Promise<SalesforceLogin> {
  const verifier = newCodeVerifier();
  const state = newState();
  return { url: authorizeUrl({ ...req, codeChallenge: await codeChallenge(verifier), state }), state, verifier };
}

/**
 * The code from the redirect the login page ended on, checked against the state sent; the error the
 * org reported (the rep denied access, a wrong client id) as the reason.
 */
export function codeFromRedirect(redirect: string, state: string): Result<string> {
  let url: URL;
  try {
    url = new URL(redirect);
  } catch {
    return { ok: false, error: appError('crm-unauthorized') };
  }
  const params = url.searchParams;
  if (params.get('state') !== state) return { ok: false, error: appError('crm-unauthorized') };
  const code = params.get('code');
  if (params.get('error') === 'access_denied' || !code) return { ok: false, error: appError('crm-unauthorized') };
  return { ok: true, value: code };
}

/** The form body of the token request for a code (with its verifier) or for a refresh token. */
export function tokenRequestBody(
  grant: { code: string; verifier: string; redirectUri: string } | { refreshToken: string },
  clientId: string,
): string {
  const form = 'code' in grant
    ? { grant_type: 'authorization_code', code: grant.code, code_verifier: grant.verifier, redirect_uri: grant.redirectUri, client_id: clientId }
    : { grant_type: 'refresh_token', refresh_token: grant.refreshToken, client_id: clientId };
  return new URLSearchParams(form).toString();
}
