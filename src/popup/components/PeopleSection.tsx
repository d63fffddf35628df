import { t } from '../../shared/i18n';
import type { PersonRow } from '../people-view';
import { Section } from './Section';
import { SourceNote } from './SourceNote';

interface Props {
  people: PersonRow[];
  pageUrl: string;
  busy: boolean;
  onAdd: (name: string, asContact: boolean) => void;
}

/** The people the page names with their roles: add them to the lead, or make one the contact person. */
export function PeopleSection({ people, pageUrl, busy, onAdd }: Props) {
  if (!people.length) return null;
  return (
    <Section id="people" title={t('peopleFound')} summary={String(people.length)} open>
      <ul class="people" data-testid="people">
        {people.map((p) => (
          <li key={p.name} data-person={p.name} data-added={p.added ? 'true' : 'false'} data-contact={p.contact ? 'true' : 'false'}>
            <div class="person">
              <strong>{p.name}</strong>
              {p.role && <span class="role">{p.role}</span>}
              {p.decisionMaker && <span class="badge ok">{t('decisionMaker')}</span>}
              <SourceNote method={p.method} snippet={p.snippet} url={p.url ?? pageUrl} />
            </div>
            <div class="person-actions">
              {p.added ? (
                <span class="person-done">{t('personAdded')}</span>
              ) : (
                <button type="button" class="secondary" data-action="add-person" disabled={busy} aria-label={t('addPersonNamed', p.name)} onClick={() => onAdd(p.name, false)}>
                  {t('addPerson')}
                </button>
              )}
              {p.contact ? (
                <span class="person-done">{t('isContact')}</span>
              ) : (
                <button type="button" class="secondary" data-action="make-contact" disabled={busy} aria-label={t('makeContactNamed', p.name)} onClick={() => onAdd(p.name, true)}>
                  {t('makeContact')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </Section>
  );
}
