import { useState } from 'preact/hooks';
import { appError, Failure } from '../../core/errors';
import { t } from '../../shared/i18n';
import { send } from '../../shared/send';
import type { Settings } from '../../shared/settings';
import { useAction } from '../use-action';
import { askForOrigin } from '../ask-for-origin';

/**
 * Connecting a signed webhook: URL and signing secret, tested before or after saving. The secret goes
 * to the background once and is never shown again (the field is cleared after connecting).
 */
export function WebhookForm({ onConnected }: { onConnected: (settings: Settings) => void }) {
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const [label, setLabel] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  const test = () => run(async () => {
    setNote(null);
    if (!(await askForOrigin(url))) throw new Failure(appError('crm-permission-denied'));
    const check = await send({ type: 'crm.testDraft', kind: 'webhook', url, secret });
    setNote(t('optCrmTestOk', check.account));
  });
  const connect = (e: Event) => {
    e.preventDefault();
    void run(async () => {
      setNote(null);
      if (!(await askForOrigin(url))) throw new Failure(appError('crm-permission-denied'));
      const { connection, settings } = await send({ type: 'crm.connect', kind: 'webhook', label, url, secret });
      setSecret('');
      setUrl('');
      setLabel('');
      setNote(t('optCrmConnected', connection.label));
      onConnected(settings);
    });
  };

  return (
    <form class="card" data-testid="webhook-form" onSubmit={connect}>
      <h3>{t('optWebhookTitle')}</h3>
      <p class="muted">{t('optWebhookIntro')}</p>
      <label>{t('optWebhookUrl')} <input type="url" name="webhook-url" value={url} required onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)} /></label>
      <label>{t('optWebhookSecret')} <input type="password" name="signing-secret" autocomplete="off" value={secret} required onInput={(e) => setSecret((e.currentTarget as HTMLInputElement).value)} /></label>
      <label>{t('optWebhookLabel')} <input type="text" name="label" value={label} maxLength={80} onInput={(e) => setLabel((e.currentTarget as HTMLInputElement).value)} /></label>
      <p>
        <button type="button" class="secondary" data-action="test-connection" disabled={busy} onClick={() => void test()}>{t('optCrmTest')}</button>{' '}
        <button type="submit" data-action="connect" disabled={busy}>{t('optCrmConnect')}</button>
      </p>
      {note && <p role="status" data-testid="webhook-note">{note}</p>}
      {error && <p class="error" role="alert">{error}</p>}
    </form>
  );
}
