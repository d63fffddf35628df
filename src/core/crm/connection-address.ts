/**
 * What a rep types into a CRM's connect form, read the way the CRM's own settings page shows it: a
 * Pipedrive company domain ("acme", "acme.pipedrive.com"), a Salesforce My Domain without its scheme,
 * an empty HubSpot API address (HubSpot's one public API host). Every address ends as an https origin,
 * or http on this computer (the contract servers of the tests), through the webhook URL's one check.
 */
import { appError, type Result } from '../errors';
import { checkWebhookUrl } from './webhook-event';

/** HubSpot's public API host; another address only for a proxy or a test server the team runs. */
export const HUBSPOT_API_URL = 'https://api.hubapi.com';

/** Salesforce's shared login hosts: after logging in there, the org's API lives on its My Domain. */
const SHARED_LOGIN_HOSTS = new Set(['login.salesforce.com', 'test.salesforce.com']);
/** Where every org's My Domain (and a sandbox's, *.sandbox.my.salesforce.com) lives. */
export const MY_DOMAIN_PATTERN = 'https://*.my.salesforce.com/*';

const HOST_LABEL = /^[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?$/i;

/** A URL, or a host name written without its scheme, as an origin (no path, no trailing slash). */
function originOf(text: string): Result<string> {
  const trimmed = text.trim();
  const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  const checked = checkWebhookUrl(withScheme);
  return checked.ok ? { ok: true, value: new URL(checked.value).origin } : checked;
}

export function hubspotApiUrl(text: string): Result<string> {
  return text.trim() ? originOf(text) : { ok: true, value: HUBSPOT_API_URL };
}

/** "acme" is the company domain of https://acme.pipedrive.com, as Pipedrive's settings name it. */
export function pipedriveCompanyUrl(text: string): Result<string> {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, error: appError('crm-url-invalid') };
  return originOf(HOST_LABEL.test(trimmed) ? `${trimmed}.pipedrive.com` : trimmed);
}

export function salesforceLoginUrl(text: string): Result<string> {
  return text.trim() ? originOf(text) : { ok: false, error: appError('crm-url-invalid') };
}

/**
 * Whether the rep logs in through a shared login host, after which the org's API lives on its My
 * Domain, known only once the login is done: the sign-in then asks for every My Domain as well.
 */
export function isSharedLoginHost(loginOrigin: string): boolean {
  return SHARED_LOGIN_HOSTS.has(new URL(loginOrigin).hostname);
}

/**
 * A CRM API token as the CRM's settings page shows it (HubSpot "pat-eu1-…", a Pipedrive personal
 * token): one word, copied whole. Anything else is a copy that went wrong, told before a request is made.
 */
export function checkApiToken(text: string): Result<string> {
  const token = text.trim();
  return /^[\x21-\x7e]{16,500}$/.test(token) ? { ok: true, value: token } : { ok: false, error: appError('crm-token-invalid') };
}
