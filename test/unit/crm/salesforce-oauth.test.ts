/** PKCE and the OAuth requests for Salesforce (RFC 7636; the flow itself runs in salesforce-connector.test.ts). */
import { describe, expect, it } from 'vitest';
import { authorizeUrl, codeChallenge, codeFromRedirect, newCodeVerifier, tokenRequestBody } from '../../../src/core/crm/salesforce-oauth';

describe('Salesforce OAuth with PKCE', () => {
  it('derives the S256 challenge of RFC 7636 appendix B', async () => {
    expect(await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes fresh verifiers of a length the RFC allows, in the unreserved alphabet', () => {
    const a = newCodeVerifier();
    expect(a).toMatch(/^[\w-]{43,128}$/);
    expect(newCodeVerifier()).not.toBe(a);
  });

  it('asks the My Domain for a code with the challenge, and reads the code back only with the same state', () => {
    const url = new URL(authorizeUrl({ loginUrl: 'https://acme.my.salesforce.com', clientId: 'cid', redirectUri: 'https://x.chromiumapp.org/', codeChallenge: 'ch', state: 's1' }));
    expect(url.origin + url.pathname).toBe('https://acme.my.salesforce.com/services/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ response_type: 'code', client_id: 'cid', code_challenge: 'ch', code_challenge_method: 'S256', state: 's1', scope: 'api refresh_token' });
    expect(codeFromRedirect('https://x.chromiumapp.org/?code=abc&state=s1', 's1')).toEqual({ ok: true, value: 'abc' });
    expect(codeFromRedirect('https://x.chromiumapp.org/?code=abc&state=forged', 's1').ok).toBe(false);
    expect(codeFromRedirect('https://x.chromiumapp.org/?error=access_denied&state=s1', 's1').ok).toBe(false);
  });

  it('sends the verifier with the code and never a client secret', () => {
    expect(Object.fromEntries(new URLSearchParams(tokenRequestBody({ code: 'c', verifier: 'v', redirectUri: 'r' }, 'cid')))).toEqual({ grant_type: 'authorization_code', code: 'c', code_verifier: 'v', redirect_uri: 'r', client_id: 'cid' });
    expect(Object.fromEntries(new URLSearchParams(tokenRequestBody({ refreshToken: 't' }, 'cid')))).toEqual({ grant_type: 'refresh_token', refresh_token: 't', client_id: 'cid' });
  });
});
