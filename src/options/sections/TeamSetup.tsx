import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { send } from '../../shared/send';
import type { Settings } from '../../shared/settings';
import { saveText } from '../../shared/download';
import { useAction } from '../use-action';

/** The team setup file: connections (without secrets), push rule, profile and scoring rules. */
export function TeamSetup({ onImported }: { onImported: (settings: Settings) => void }) {
  const { busy, error, run } = useAction();
  const [note, setNote] = useState<string | null>(null);

  const exportFile = () => run(async () => {
    saveText(await send({ type: 'team.export' }), 'leadfill-team-setup.json', 'json');
  });
  const importFile = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    void run(async () => {
      setNote(null);
      const settings = await send({ type: 'team.import', json: await file.text() });
      input.value = '';
      setNote(t('optTeamImported', String(settings.crm.connections.length)));
      onImported(settings);
    });
  };

  return (
    <section class="card" data-testid="team-setup">
      <h3>{t('optTeamTitle')}</h3>
      <p class="muted">{t('optTeamIntro')}</p>
      <button type="button" class="secondary" data-action="team-export" disabled={busy} onClick={() => void exportFile()}>{t('optTeamExport')}</button>{' '}
      <label>{t('optTeamImport')} <input type="file" accept=".json,application/json" name="team-setup" disabled={busy} onChange={importFile} /></label>
      {note && <p role="status">{note}</p>}
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
