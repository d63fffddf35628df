import { useEffect, useState } from 'preact/hooks';
import type { Connection } from '../../core/crm/connector';
import { PUSH_RULES, type PushRule } from '../../core/crm/push-rule';
import type { ConnectionHold } from '../../core/crm/connection-hold';
import { failureText, messages, t } from '../../shared/i18n';
import { holdText } from '../../shared/push-state-text';
import { send } from '../../shared/send';
import type { Settings } from '../../shared/settings';
import { CrmTokenForm } from './CrmTokenForm';
import { SalesforceForm } from './SalesforceForm';
import { TeamSetup } from './TeamSetup';
import { WebhookForm } from './WebhookForm';
import { askForOrigin } from '../ask-for-origin';

const RULE_KEYS = {
  'on-demand': 'optPushRuleOnDemand',
  complete: 'optPushRuleComplete',
  'pre-qualified': 'optPushRulePreQualified',
  qualified: 'optPushRuleQualified',
  handover: 'optPushRuleHandover',
} as const satisfies Record<PushRule, string>;

/** Whether the CRM holds the connection (its rate limit, its day budget) and until when. */
function ConnectionState({ hold }: { hold: ConnectionHold | undefined }) {
  if (!hold) return null;
  return <p class="muted" data-testid="connection-state" data-state="held">{holdText(hold, Date.now(), messages)}</p>;
}

/** Connections to the team's CRM, the push rule and the team setup file. */
export function CrmSection({ hidden }: { hidden: boolean }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [holds, setHolds] = useState<ConnectionHold[]>([]);

  useEffect(() => {
    if (hidden) return;
    send({ type: 'settings.get' }).then((r) => setSettings(r.settings)).catch((err: unknown) => setError(failureText(err)));
    // A hold ends by itself: looked at again while the section is open.
    const look = () => void send({ type: 'crm.holds' }).then(setHolds).catch(() => {});
    look();
    const timer = setInterval(look, 5_000);
    return () => clearInterval(timer);
  }, [hidden]);

  const guard = (id: string, work: () => Promise<string | void>) => async () => {
    setNotes((n) => ({ ...n, [id]: '' }));
    try {
      const note = await work();
      if (note) setNotes((n) => ({ ...n, [id]: note }));
    } catch (err) {
      setNotes((n) => ({ ...n, [id]: failureText(err) }));
    }
  };

  const test = (c: Connection) => guard(c.id, async () => {
    // The permission may have been removed in the browser's settings since: ask again in this click.
    await askForOrigin(c.url);
    const check = await send({ type: 'crm.test', connectionId: c.id });
    return c.kind === 'webhook' ? t('optCrmTestOk', check.account) : t('optCrmCheckOk', check.account);
  });
  const disconnect = (c: Connection) => guard(c.id, async () => {
    setSettings(await send({ type: 'crm.disconnect', connectionId: c.id }));
  });
  const setRule = async (pushRule: PushRule) => {
    try {
      setSettings(await send({ type: 'settings.update', patch: { crm: { pushRule } } }));
      setError(null);
    } catch (err) {
      setError(failureText(err));
    }
  };

  return (
    <section hidden={hidden} data-section="crm">
      <h2>{t('optNavCrm')}</h2>
      <p class="muted">{t('optCrmIntro')}</p>
      {error && <p class="error" role="alert">{error}</p>}
      {settings && (
        <>
          <section class="card" data-testid="crm-connections">
            <h3>{t('optCrmConnections')}</h3>
            {settings.crm.connections.length === 0 && <p class="muted">{t('optCrmNone')}</p>}
            <ul class="connections">
              {settings.crm.connections.map((c) => (
                <li key={c.id} data-connection={c.id}>
                  <strong>{c.label}</strong> <code>{c.url}</code>{' '}
                  <button type="button" class="secondary" data-action="test-connection" onClick={test(c)}>{t('optCrmTest')}</button>{' '}
                  <button type="button" class="secondary" data-action="disconnect" onClick={disconnect(c)}>{t('optCrmDisconnect')}</button>
                  <ConnectionState hold={holds.find((h) => h.connectionId === c.id)} />
                  {notes[c.id] && <p role="status" data-testid="connection-note">{notes[c.id]}</p>}
                </li>
              ))}
            </ul>
          </section>
          <WebhookForm onConnected={setSettings} />
          <CrmTokenForm kind="hubspot" onConnected={setSettings} />
          <CrmTokenForm kind="pipedrive" onConnected={setSettings} />
          <SalesforceForm onConnected={setSettings} />
          <section class="card" data-testid="push-rule">
            <h3>{t('optPushRuleTitle')}</h3>
            <label>
              {t('optPushRuleLabel')}{' '}
              <select name="push-rule" value={settings.crm.pushRule} onChange={(e) => void setRule((e.currentTarget as HTMLSelectElement).value as PushRule)}>
                {PUSH_RULES.map((r) => <option key={r} value={r}>{t(RULE_KEYS[r])}</option>)}
              </select>
            </label>
          </section>
          <TeamSetup onImported={setSettings} />
        </>
      )}
    </section>
  );
}
