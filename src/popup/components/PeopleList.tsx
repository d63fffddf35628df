import type { Candidate } from '../../core/detect/types';
import { t } from '../../shared/i18n';
import { SourceNote } from './SourceNote';

/** The people the page names with their roles: the decision makers a rep asks for. */
export function PeopleList({ people }: { people: Candidate<'person'>[] }) {
  if (!people.length) return null;
  return (
    <section class="people" data-testid="people">
      <h2>{t('peopleFound')}</h2>
      <ul>
        {people.map((p) => (
          <li key={p.value.name}>
            <strong>{p.value.name}</strong> <span class="role">{p.value.role}</span> <SourceNote source={p.source} />
          </li>
        ))}
      </ul>
    </section>
  );
}
