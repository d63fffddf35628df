/**
 * Merging two leads into one. Where both have different values the rep chooses per field; nothing is
 * guessed. Lists are united, every value keeps its provenance, and the dropped values' keys survive
 * as alias keys so the merged lead is still found by them.
 */
import { appError, fail, type Result } from '../errors';
import { addPeople, addSocials } from './apply-detection';
import { computeKeys, leadCountry } from './keys';
import { withKeys } from './lead';
import { sameValue } from './normalise';
import { stageRank } from './qualification';
import { LEAD_FIELDS, type Lead, type LeadField, type Qualification } from './types';

export type Side = 'left' | 'right';
export type MergeChoices = Partial<Record<LeadField, Side>>;

/** Fields where both leads have a value and the values differ: the rep must choose. */
export function mergeConflicts(left: Lead, right: Lead): LeadField[] {
  const country = leadCountry(left);
  return LEAD_FIELDS.filter((f) => {
    const l = left.fields[f]?.value.trim();
    const r = right.fields[f]?.value.trim();
    return Boolean(l) && Boolean(r) && !sameValue(f, l as string, r as string, country);
  });
}

function mergeQualification(l: Qualification | undefined, r: Qualification | undefined): Qualification | undefined {
  if (!l || !r) return l ?? r;
  const q: Qualification = { ...r, ...l };
  // The later statement of need and the later-dated next step are the current ones.
  if (l.need && r.need) q.need = l.need.at >= r.need.at ? l.need : r.need;
  if (l.nextStep && r.nextStep) q.nextStep = l.nextStep.date >= r.nextStep.date ? l.nextStep : r.nextStep;
  if (l.stage && r.stage) q.stage = stageRank(l.stage) >= stageRank(r.stage) ? l.stage : r.stage;
  return q;
}

/**
 * Merges `right` into `left` (the merged lead keeps left's id). Every field in mergeConflicts needs a
 * choice; fields only one side has are taken from it; a choice may also pick an empty side's absence.
 */
export function mergeLeads(left: Lead, right: Lead, choices: MergeChoices, at: number): Result<Lead> {
  const unresolved = mergeConflicts(left, right).filter((f) => !choices[f]);
  if (unresolved.length) return fail(appError('merge-unresolved', { fields: unresolved }));
  const fields: Lead['fields'] = {};
  for (const f of LEAD_FIELDS) {
    const chosen = choices[f] === 'right' ? right.fields[f] : choices[f] === 'left' ? left.fields[f] : (left.fields[f]?.value.trim() ? left.fields[f] : right.fields[f]);
    if (chosen) fields[f] = chosen;
  }
  const aliasKeys = [...new Set([...computeKeys(left), ...computeKeys(right), ...(left.aliasKeys ?? []), ...(right.aliasKeys ?? [])])];
  const conflicts = [...(left.conflicts ?? []), ...(right.conflicts ?? [])];
  const signals = [...new Set([...(left.signals ?? []), ...(right.signals ?? [])])];
  const qualification = mergeQualification(left.qualification, right.qualification);
  let merged: Lead = {
    id: left.id,
    createdAt: Math.min(left.createdAt, right.createdAt),
    updatedAt: Math.max(left.updatedAt, right.updatedAt, at),
    fields,
    socials: left.socials,
    people: left.people,
    keys: [],
  };
  merged = addPeople(addSocials(merged, right.socials), right.people);
  const own = new Set(computeKeys({ fields }));
  const aliases = aliasKeys.filter((k) => !own.has(k));
  if (aliases.length) merged.aliasKeys = aliases;
  if (conflicts.length) merged.conflicts = conflicts;
  if (signals.length) merged.signals = signals;
  if (qualification) merged.qualification = qualification;
  return { ok: true, value: withKeys(merged) };
}
