import { useEffect, useState } from 'preact/hooks';
import { reportHref } from '../report/report-link';
import { t } from '../shared/i18n';
import type { MessageKey } from '../shared/message-keys';
import { SECTIONS, sectionFromHash, type Section } from './sections';
import { CrmSection } from './sections/CrmSection';
import { DuplicatesSection } from './sections/DuplicatesSection';
import { ImportSection } from './sections/ImportSection';
import { JobsPanel } from './sections/JobsPanel';
import { LeadsSection } from './sections/LeadsSection';
import { PrivacySection } from './sections/PrivacySection';
import { SettingsSection } from './sections/SettingsSection';

const TITLE_KEYS: Record<Section, MessageKey> = {
  leads: 'optNavLeads',
  import: 'optNavImport',
  duplicates: 'optNavDuplicates',
  settings: 'optNavSettings',
  crm: 'optNavCrm',
  privacy: 'optNavPrivacy',
};

export function App() {
  const [section, setSection] = useState<Section>(() => sectionFromHash(location.hash));
  // Bumped whenever leads change in bulk (import, merge, delete all), so every list reloads.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((n) => n + 1);

  useEffect(() => {
    const onHash = () => setSection(sectionFromHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  // Sections stay mounted while hidden: an import keeps running when the rep looks at the list.
  return (
    <div class="layout">
      <nav aria-label={t('optNavLabel')}>
        <h1>Leadfill</h1>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s}>
              <a href={`#${s}`} aria-current={s === section ? 'page' : undefined} data-section={s}>{t(TITLE_KEYS[s])}</a>
            </li>
          ))}
        </ul>
        <a class="report-link" href={reportHref()} target="_blank" rel="noopener" data-action="open-report">{t('reportOpen')}</a>
      </nav>
      <main>
        <JobsPanel onDone={changed} />
        <LeadsSection hidden={section !== 'leads'} version={version} onChanged={changed} />
        <ImportSection hidden={section !== 'import'} onImported={changed} />
        <DuplicatesSection hidden={section !== 'duplicates'} version={version} onMerged={changed} />
        <SettingsSection hidden={section !== 'settings'} />
        <CrmSection hidden={section !== 'crm'} />
        <PrivacySection hidden={section !== 'privacy'} onDeleted={changed} />
      </main>
    </div>
  );
}
