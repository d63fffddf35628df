/**
 * Duplicate groups: leads that share an e-mail, phone, company domain, VAT id or register number.
 * Names never join leads (too many "Müller GmbH"s) and free-mail domains never become keys at all.
 */
import { computeKeys } from './keys';
import { joinKey, parseJoinKey, type JoinKey } from './lookup-keys';
import { normalisePersonName } from './normalise';
import type { Lead } from './types';

export interface DuplicateGroup {
  /** Lead ids, oldest lead first (the natural merge target). */
  ids: string[];
  /** Keys shared by at least two leads of the group. */
  sharedKeys: JoinKey[];
  /** Same person (same e-mail, or same name at the same company) or only the same company. */
  kind: 'same-lead' | 'same-company';
}

function personName(lead: Lead): string {
  return normalisePersonName(`${lead.fields.firstName?.value ?? ''} ${lead.fields.lastName?.value ?? ''}`);
}

export function findDuplicates(leads: readonly Lead[]): DuplicateGroup[] {
  const parent = leads.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const firstByKey = new Map<string, number>();
  const countByKey = new Map<string, number>();
  const keysOf = leads.map((lead) => [...new Set(computeKeys(lead).map(joinKey).filter((k): k is JoinKey => k !== null))]);
  keysOf.forEach((keys, i) => {
    for (const k of keys) {
      countByKey.set(k, (countByKey.get(k) ?? 0) + 1);
      const first = firstByKey.get(k);
      if (first === undefined) firstByKey.set(k, i);
      else parent[find(i)] = find(first);
    }
  });
  const groups = new Map<number, number[]>();
  leads.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  const result: DuplicateGroup[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const group = members.map((i) => leads[i] as Lead).sort((a, b) => a.createdAt - b.createdAt);
    const shared = [...new Set(members.flatMap((i) => keysOf[i] ?? []))].filter((k) => (countByKey.get(k) ?? 0) > 1).sort();
    const names = group.map(personName).filter(Boolean);
    const samePerson = shared.some((k) => parseJoinKey(k).kind === 'email') || (names.length === group.length && new Set(names).size === 1);
    result.push({ ids: group.map((l) => l.id), sharedKeys: shared, kind: samePerson ? 'same-lead' : 'same-company' });
  }
  return result;
}
