import { useEffect, useState } from 'preact/hooks';
import type { PushStateView } from '../../core/crm/outbox-rules';
import { failureText, messages, t } from '../../shared/i18n';
import { pushStateText } from '../../shared/push-state-text';
import { send } from '../../shared/send';

/** How often the popup looks again while a push is on its way (the outbox runs in the background). */
const REFRESH_MS = 1_000;

function StateLine({ s }: { s: PushStateView }) {
  const text = pushStateText(s, messages);
  return <>{text.full}{text.recordUrl && <> · <a href={text.recordUrl} target="_blank" rel="noopener noreferrer">{t('popPushOpen')}</a></>}</>;
}

/** The lead's push state per CRM connection, and "push now". Shown only when a CRM is connected. */
export function PushSection({ leadId }: { leadId: string }) {
  const [states, setStates] = useState<PushStateView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => send({ type: 'crm.states', leadIds: [leadId] })
      .then((r) => {
        if (stop) return;
        const mine = r[leadId] ?? [];
        setStates(mine);
        if (mine.some((s) => s.state === 'pending' || s.state === 'retrying')) timer = setTimeout(load, REFRESH_MS);
      })
      .catch((err: unknown) => { if (!stop) setError(failureText(err)); });
    void load();
    return () => { stop = true; clearTimeout(timer); };
  }, [leadId, busy]);

  if (!states || states.length === 0) return null;
  const push = async () => {
    setBusy(true);
    setError(null);
    try {
      setStates(await send({ type: 'crm.push', leadId }));
    } catch (err) {
      setError(failureText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="push" data-testid="push-section">
      <ul>
        {states.map((s) => (
          <li key={s.connectionId} data-testid="push-state" data-state={s.state} data-connection={s.connectionId}><StateLine s={s} /></li>
        ))}
      </ul>
      <button type="button" data-action="push" disabled={busy} onClick={() => void push()}>{t('popPush')}</button>
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
