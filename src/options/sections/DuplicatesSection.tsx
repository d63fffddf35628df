import { useEffect, useState } from 'preact/hooks';
import type { DuplicateGroup } from '../../core/lead/duplicates';
import type { Lead } from '../../core/lead/types';
import { failureText, t, uiLocale } from '../../shared/i18n';
import { db } from '../../shared/db/db';
import { leadsByIds } from '../../shared/db/lead-pages';
import { send } from '../../shared/send';
import { parseJoinKey } from '../../core/lead/lookup-keys';
import { leadName } from '../duplicates-view';
import { formatDate, formatNumber } from '../../shared/format';
import { MergePanel } from './MergePanel';

const GROUPS_SHOWN = 50;

interface Props {
  hidden: boolean;
  version: number;
  onMerged: () => void;
}

export function DuplicatesSection({ hidden, version, onMerged }: Props) {
  const [groups, setGroups] = useState<DuplicateGroup[] | null>(null);
  const [leads, setLeads] = useState<Map<string, Lead>>(new Map());
  const [picked, setPicked] = useState<string[]>([]);
  const [merging, setMerging] = useState<[Lead, Lead] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const locale = uiLocale();

  useEffect(() => {
    // Finding duplicates reads every lead: only when the rep opens this section.
    if (hidden) return;
    let current = true;
    setError(null);
    (async () => {
      const found = await send({ type: 'leads.duplicates' });
      const ids = found.slice(0, GROUPS_SHOWN).flatMap((g) => g.ids);
      const list = ids.length ? await leadsByIds(db, ids) : [];
      if (!current) return;
      setGroups(found);
      setLeads(new Map(list.map((l) => [l.id, l])));
      setPicked([]);
      setMerging(null);
    })().catch((err: unknown) => current && setError(failureText(err)));
    return () => { current = false; };
  }, [hidden, version]);

  const pick = (id: string, on: boolean) => {
    // Two at a time: picking a third drops the oldest pick.
    setPicked(on ? [...picked.filter((p) => p !== id), id].slice(-2) : picked.filter((p) => p !== id));
  };

  const compare = () => {
    const pair = picked.map((id) => leads.get(id)).filter((l): l is Lead => l !== undefined).sort((a, b) => a.createdAt - b.createdAt);
    const [left, right] = pair;
    if (left && right) setMerging([left, right]);
  };

  return (
    <section hidden={hidden} data-section="duplicates">
      <h2>{t('optNavDuplicates')}</h2>
      <p class="muted">{t('optDuplicatesIntro')}</p>
      {error && <p class="error" role="alert">{error}</p>}
      {groups && groups.length === 0 && <p data-testid="no-duplicates">{t('optNoDuplicates')}</p>}
      {groups && groups.length > GROUPS_SHOWN && <p class="muted">{t('optDuplicatesMore', [formatNumber(GROUPS_SHOWN, locale), formatNumber(groups.length, locale)])}</p>}
      {merging && (
        <MergePanel left={merging[0]} right={merging[1]} onCancel={() => setMerging(null)}
          onMerged={() => { setMerging(null); onMerged(); }} />
      )}
      {!merging && groups && groups.length > 0 && (
        <>
          <ul class="groups" data-testid="duplicate-groups">
            {groups.slice(0, GROUPS_SHOWN).map((g) => (
              <li key={g.ids.join()} class="group">
                <p>
                  <strong>{g.kind === 'same-lead' ? t('optDupSameLead') : t('optDupSameCompany')}</strong>{' '}
                  <span class="muted">{t('optDupShared', g.sharedKeys.map((k) => {
                    const { kind, value } = parseJoinKey(k);
                    return kind === 'other' ? value : `${t(`optKey_${kind}`)} ${value}`;
                  }).join(', '))}</span>
                </p>
                <ul>
                  {g.ids.map((id) => {
                    const lead = leads.get(id);
                    return (
                      <li key={id}>
                        <label class="check">
                          <input type="checkbox" data-lead-id={id} checked={picked.includes(id)} onChange={(e) => pick(id, e.currentTarget.checked)} />
                          {leadName(lead, id)}
                          {lead && <span class="muted"> · {[lead.fields.city?.value, lead.fields.email?.value, t('optCreated', formatDate(lead.createdAt, locale))].filter(Boolean).join(' · ')}</span>}
                        </label>
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ul>
          <div class="row sticky">
            <span>{t('optPickTwo', String(picked.length))}</span>
            <button type="button" data-action="compare" disabled={picked.length !== 2} onClick={compare}>{t('optCompareMerge')}</button>
          </div>
        </>
      )}
    </section>
  );
}
