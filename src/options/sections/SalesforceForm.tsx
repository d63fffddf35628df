import { useState } from 'preact/hooks';
import { isSharedLoginHost, MY_DOMAIN_PATTERN, salesforceLoginUrl } from '../../core/crm/connection-address';
import { DEFAULT_EXTERNAL_ID_FIELD } from '../../core/crm/salesforce-mapping';
import { codeFromRedirect, salesforceLogin } from '../../core/crm/salesforce-oauth';
import { appError, Failure, orThrow } from '../../core/errors';
import { browser, type Manifest } from '../../shared/browser';
import { t } from '../../shared/i18n';
import { send } from '../../shared/send';
import { originPattern } from '../../shared/site-access';
import type { Settings } from '../../shared/settings';
import { useAction } from '../use-action';

/**
 * The address Salesforce sends the login back to. Chrome's is fixed by the extension id, so the admin
 * can be shown it before `identity` is granted (Chrome makes the API appear only then); Firefox grants
 * `identity` at install.
 */
function redirectUrl(): string {
  return browser.identity?.getRedirectURL() ?? `https://${browser.runtime.id}.chromiumapp.org/`;
}

/**
 * Asks, in the rep's click, for the login host (and every My Domain after a shared login host) and for
 * `identity` where the browser lets it be optional (Chrome; Firefox cannot make it optional and grants
 * it at install without a prompt).
 */
async function askForSignIn(loginUrl: string): Promise<void> {
  const login = orThrow(salesforceLoginUrl(loginUrl));
  const origins = [originPattern(login), ...(isSharedLoginHost(login) ? [MY_DOMAIN_PATTERN] : [])];
  const identityIsOptional = (browser.runtime.getManifest().optional_permissions as string[] | undefined)?.includes('identity') ?? false;
  // The polyfill's types list Firefox's optional permissions, which lack identity; Chrome's include it.
  const identity = ['identity'] as unknown as Manifest.OptionalPermission[];
  const granted = await browser.permissions.request({ origins, ...(identityIsOptional ? { permissions: identity } : {}) });
  if (!granted || !browser.identity) throw new Failure(appError('crm-permission-denied'));
}

/**
 * Connecting Salesforce: login URL (My Domain), the External Client App's consumer key, and the Lead
 * field leads are upserted through; "Sign in with Salesforce" opens the org's login window
 * (OAuth web-server flow with PKCE). The page keeps only the verifier of its one login; the code is
 * exchanged for tokens in the background, so no page ever holds a token.
 */
export function SalesforceForm({ onConnected }: { onConnected: (settings: Settings) => void }) {
  const [loginUrl, setLoginUrl] = useState('');
  const [clientId, setClientId] = useState('');
  const [externalIdField, setExternalIdField] = useState(DEFAULT_EXTERNAL_ID_FIELD);
  const [label, setLabel] = useState('');
  const [connectionId, setConnectionId] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  const test = (id: string) => run(async () => {
    setNote(null);
    const check = await send({ type: 'crm.test', connectionId: id });
    setNote(t('optCrmCheckOk', check.account));
  });
  const signIn = (e: Event) => {
    e.preventDefault();
    void run(async () => {
      setNote(null);
      await askForSignIn(loginUrl);
      const redirectUri = browser.identity.getRedirectURL();
      const login = await salesforceLogin({ loginUrl: orThrow(salesforceLoginUrl(loginUrl)), clientId: clientId.trim(), redirectUri });
      let redirect: string;
      try {
        redirect = await browser.identity.launchWebAuthFlow({ url: login.url, interactive: true });
      } catch {
        // The rep closed the window, or the login page could not be reached.
        throw new Failure(appError('crm-unauthorized'));
      }
      const code = orThrow(codeFromRedirect(redirect, login.state));
      const { connection, settings } = await send({ type: 'crm.connect', kind: 'salesforce', label, url: loginUrl, clientId, externalIdField, code, verifier: login.verifier, redirectUri });
      onConnected(settings);
      setConnectionId(connection.id);
      setNote(t('optSalesforceConnected', connection.label));
      // The sign-in proves the login; describing Lead proves the API access and the external-id field.
      const check = await send({ type: 'crm.test', connectionId: connection.id });
      setNote(t('optCrmCheckOk', check.account));
    });
  };
  const input = (set: (v: string) => void) => (e: Event) => set((e.currentTarget as HTMLInputElement).value);

  return (
    <form class="card" data-testid="salesforce-form" onSubmit={signIn}>
      <h3>{t('optSalesforceTitle')}</h3>
      <p class="muted">{t('optSalesforceIntro', redirectUrl())}</p>
      <label>{t('optSalesforceLoginUrl')} <input type="text" name="salesforce-login-url" inputMode="url" placeholder="acme.my.salesforce.com" value={loginUrl} required onInput={input(setLoginUrl)} /></label>
      <p class="muted">{t('optSalesforceLoginHint')}</p>
      <label>{t('optSalesforceClientId')} <input type="text" name="salesforce-client-id" autocomplete="off" value={clientId} required onInput={input(setClientId)} /></label>
      <label>{t('optSalesforceExternalId')} <input type="text" name="salesforce-external-id" value={externalIdField} required maxLength={40} onInput={input(setExternalIdField)} /></label>
      <label>{t('optWebhookLabel')} <input type="text" name="label" value={label} maxLength={80} onInput={input(setLabel)} /></label>
      <p>
        <button type="submit" data-action="sign-in" disabled={busy}>{t('optSalesforceSignIn')}</button>{' '}
        <button type="button" class="secondary" data-action="test-connection" disabled={busy || !connectionId} onClick={() => connectionId && void test(connectionId)}>{t('optCrmTest')}</button>
      </p>
      {note && <p role="status" data-testid="salesforce-note">{note}</p>}
      {error && <p class="error" role="alert">{error}</p>}
    </form>
  );
}
