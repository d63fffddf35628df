import { useState } from 'preact/hooks';
import { hubspotApiUrl, pipedriveCompanyUrl } from '../../core/crm/connection-address';
import { appError, Failure, orThrow } from '../../core/errors';
import type { MessageKey } from '../../shared/message-keys';
import { t } from '../../shared/i18n';
import { send } from '../../shared/send';
import type { Settings } from '../../shared/settings';
import { useAction } from '../use-action';
import { askForOrigin } from '../ask-for-origin';

interface TokenFormText {
  title: MessageKey;
  intro: MessageKey;
  address: MessageKey;
  token: MessageKey;
}

const FORMS = {
  hubspot: { text: { title: 'optHubspotTitle', intro: 'optHubspotIntro', address: 'optHubspotApiUrl', token: 'optHubspotToken' }, address: hubspotApiUrl, addressRequired: false },
  pipedrive: { text: { title: 'optPipedriveTitle', intro: 'optPipedriveIntro', address: 'optPipedriveDomain', token: 'optPipedriveToken' }, address: pipedriveCompanyUrl, addressRequired: true },
} as const satisfies Record<string, { text: TokenFormText; address: unknown; addressRequired: boolean }>;

/**
 * Connecting a CRM that takes an API token the rep pastes (HubSpot's private app token, Pipedrive's
 * personal token): tested before or after saving; the CRM's origin is asked for in the click. The
 * token goes to the background once and is never shown again.
 */
export function CrmTokenForm({ kind, onConnected }: { kind: keyof typeof FORMS; onConnected: (settings: Settings) => void }) {
  const form = FORMS[kind];
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const [label, setLabel] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  /** Reads the address the CRM's way ("acme" → https://acme.pipedrive.com) and asks for its origin, before any other await. */
  const askForAddress = async () => {
    if (!(await askForOrigin(orThrow(form.address(url))))) throw new Failure(appError('crm-permission-denied'));
  };
  const test = () => run(async () => {
    setNote(null);
    await askForAddress();
    const check = await send({ type: 'crm.testDraft', kind, url, secret });
    setNote(t('optCrmCheckOk', check.account));
  });
  const connect = (e: Event) => {
    e.preventDefault();
    void run(async () => {
      setNote(null);
      await askForAddress();
      const { connection, settings } = await send({ type: 'crm.connect', kind, label, url, secret });
      setSecret('');
      setUrl('');
      setLabel('');
      setNote(t('optCrmTokenConnected', connection.label));
      onConnected(settings);
    });
  };
  const input = (set: (v: string) => void) => (e: Event) => set((e.currentTarget as HTMLInputElement).value);

  return (
    <form class="card" data-testid={`${kind}-form`} onSubmit={connect}>
      <h3>{t(form.text.title)}</h3>
      <p class="muted">{t(form.text.intro)}</p>
      <label>{t(form.text.token)} <input type="password" name={`${kind}-token`} autocomplete="off" value={secret} required onInput={input(setSecret)} /></label>
      <label>{t(form.text.address)} <input type="text" name={`${kind}-address`} inputMode="url" value={url} required={form.addressRequired} onInput={input(setUrl)} /></label>
      <label>{t('optWebhookLabel')} <input type="text" name="label" value={label} maxLength={80} onInput={input(setLabel)} /></label>
      <p>
        <button type="button" class="secondary" data-action="test-connection" disabled={busy} onClick={() => void test()}>{t('optCrmTest')}</button>{' '}
        <button type="submit" data-action="connect" disabled={busy}>{t('optCrmConnect')}</button>
      </p>
      {note && <p role="status" data-testid={`${kind}-note`}>{note}</p>}
      {error && <p class="error" role="alert">{error}</p>}
    </form>
  );
}
