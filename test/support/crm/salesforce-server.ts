/**
 * A Salesforce org on 127.0.0.1 that behaves as the REST API and OAuth documents (ecosystem.md §3.3):
 * the authorize endpoint redirects with a code bound to a PKCE challenge, the token endpoint checks the
 * verifier and hands out access and refresh tokens, access tokens expire (401 INVALID_SESSION_ID),
 * Leads are upserted through an external-id field (201 created, 200 updated, 300 for several matches),
 * LastName and Company are required, lengths are enforced, and errors are arrays of
 * {message, errorCode, fields}.
 */
import { createHash, randomUUID } from 'node:crypto';
import { LEAD_FIELD_LENGTHS } from '../../../src/core/crm/salesforce-mapping';
import { startJsonServer, type Answer, type Chaos, type JsonServer, type Recorded } from './http-json';

export interface SalesforceServer extends JsonServer {
  leads: Map<string, Record<string, string>>;
  clientId: string;
  /** Makes every access token handed out so far invalid (the session expired). */
  expireSessions(): void;
  /** Revokes the refresh token (the rep or an admin disconnected the app). */
  revokeRefreshTokens(): void;
  /** A refresh token valid now, as a finished login would have stored it. */
  issueRefreshToken(): string;
  accessToken(): string;
}

const errors = (status: number, ...list: { message: string; errorCode: string; fields?: string[] }[]): Answer => ({ status, body: list.map((e) => ({ fields: [], ...e })) });

export async function startSalesforceServer(options: { externalIdField?: string } = {}): Promise<SalesforceServer> {
  const externalIdField = options.externalIdField ?? 'Leadfill_Id__c';
  const clientId = 'leadfill-client-id';
  const leads = new Map<string, Record<string, string>>();
  const access = new Set<string>();
  const refresh = new Set<string>();
  const codes = new Map<string, { challenge: string; redirectUri: string }>();
  let seq = 1;
  let base = '';

  const newAccess = () => { const t = `00D!${randomUUID()}`; access.add(t); return t; };

  function token(req: Recorded, form: URLSearchParams): Answer {
    if (form.get('client_id') !== clientId) return { status: 400, body: { error: 'invalid_client_id', error_description: 'client identifier invalid' } };
    if (form.get('grant_type') === 'refresh_token') {
      if (!refresh.has(form.get('refresh_token') ?? '')) return { status: 400, body: { error: 'invalid_grant', error_description: 'expired access/refresh token' } };
      return { status: 200, body: { access_token: newAccess(), instance_url: base, token_type: 'Bearer', issued_at: String(Date.now()) } };
    }
    const grant = codes.get(form.get('code') ?? '');
    const verifier = form.get('code_verifier') ?? '';
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    if (form.get('grant_type') !== 'authorization_code' || !grant || grant.challenge !== challenge || grant.redirectUri !== form.get('redirect_uri')) {
      return { status: 400, body: { error: 'invalid_grant', error_description: 'invalid code verifier' } };
    }
    codes.delete(form.get('code')!);
    const refreshToken = `5Aep${randomUUID()}`;
    refresh.add(refreshToken);
    void req;
    return { status: 200, body: { access_token: newAccess(), refresh_token: refreshToken, instance_url: base, token_type: 'Bearer', scope: 'refresh_token api' } };
  }

  function upsert(req: Recorded, field: string, value: string): Answer {
    if (field !== externalIdField) return errors(404, { errorCode: 'NOT_FOUND', message: `Provided external ID field does not exist or is not accessible: ${field}` });
    const body = req.body as Record<string, unknown>;
    const unknown = Object.keys(body).filter((k) => !(k in LEAD_FIELD_LENGTHS));
    if (unknown.length) return errors(400, { errorCode: 'INVALID_FIELD', message: `No such column '${unknown[0]}' on sobject of type Lead`, fields: unknown });
    const tooLong = Object.entries(body).filter(([k, v]) => String(v).length > LEAD_FIELD_LENGTHS[k as keyof typeof LEAD_FIELD_LENGTHS]);
    if (tooLong.length) return errors(400, ...tooLong.map(([k]) => ({ errorCode: 'STRING_TOO_LONG', message: `${k}: data value too large`, fields: [k] })));
    const matches = [...leads.entries()].filter(([, l]) => l[field] === value);
    if (matches.length > 1) return { status: 300, body: matches.map(([id]) => `/services/data/v67.0/sobjects/Lead/${id}`) };
    const existing = matches[0];
    const merged = { ...existing?.[1], ...(body as Record<string, string>), [field]: value };
    const missing = ['LastName', 'Company'].filter((f) => !merged[f]);
    if (missing.length) return errors(400, { errorCode: 'REQUIRED_FIELD_MISSING', message: `Required fields are missing: [${missing.join(', ')}]`, fields: missing });
    const id = existing?.[0] ?? `00Q${String(seq++).padStart(15, '0')}`;
    leads.set(id, merged);
    return { status: existing ? 200 : 201, body: { id, success: true, errors: [], created: !existing } };
  }

  function route(req: Recorded): Answer {
    if (req.method === 'POST' && req.path === '/services/oauth2/token') return token(req, new URLSearchParams(String(req.body ?? '')));
    const auth = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
    if (!auth || !access.has(auth)) return errors(401, { errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' });
    if (req.method === 'GET' && req.path === '/services/data/v67.0/sobjects/Lead/describe') {
      return { status: 200, body: { name: 'Lead', fields: [...Object.keys(LEAD_FIELD_LENGTHS), externalIdField].map((name) => ({ name, externalId: name === externalIdField, type: 'string' })) } };
    }
    const m = /^\/services\/data\/v67\.0\/sobjects\/Lead\/([^/]+)\/([^/]+)$/.exec(req.path);
    if (req.method === 'PATCH' && m) return upsert(req, decodeURIComponent(m[1]!), decodeURIComponent(m[2]!));
    return errors(404, { errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' });
  }

  const server = await startJsonServer(route, () => ({ 'sforce-limit-info': 'api-usage=12/15000' }), {
    // The login page: a code for the challenge, back to the extension's redirect URL.
    'GET /services/oauth2/authorize': (url) => {
      const q = url.searchParams;
      const redirect = new URL(q.get('redirect_uri') ?? '');
      if (q.get('client_id') !== clientId || q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge')) {
        redirect.search = new URLSearchParams({ error: 'invalid_request', state: q.get('state') ?? '' }).toString();
      } else {
        const code = `aPrx${randomUUID()}`;
        codes.set(code, { challenge: q.get('code_challenge')!, redirectUri: redirect.href });
        redirect.search = new URLSearchParams({ code, state: q.get('state') ?? '' }).toString();
      }
      return redirect.href;
    },
  });
  base = server.url;
  return {
    ...server,
    leads,
    clientId,
    expireSessions: () => access.clear(),
    revokeRefreshTokens: () => refresh.clear(),
    issueRefreshToken: () => { const t = `5Aep${randomUUID()}`; refresh.add(t); return t; },
    accessToken: newAccess,
  };
}

/**
 * Salesforce's own answers for a scale run's faults: the org's concurrent-request limit, a 403
 * REQUEST_LIMIT_EXCEEDED that announces no wait (the client backs off), and its 5xx error arrays.
 * (The 24-hour TotalRequests limit pauses the connection for hours: the connector unit test covers it.)
 */
export function salesforceChaos(windowMs: number): Pick<Chaos, 'limited' | 'unavailable' | 'windowMs' | 'spare'> {
  return {
    windowMs,
    limited: () => errors(403, { errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'ConcurrentRequests (Concurrent API Requests) Limit exceeded.' }),
    unavailable: (status) => errors(status, status === 503
      ? { errorCode: 'SERVER_UNAVAILABLE', message: 'Server temporarily unavailable.' }
      : { errorCode: 'UNKNOWN_EXCEPTION', message: 'An unexpected error occurred.' }),
    spare: /^POST \/services\/oauth2\/token$/,
  };
}
