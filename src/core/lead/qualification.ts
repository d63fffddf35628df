/**
 * The sales stages and what each needs. The stage a rep sets can never be higher than the lead's data
 * supports: incomplete contact data is "needs research" however promising the lead is.
 */
import { appError, fail, type AppError, type Result } from '../errors';
import { completeness, type Profile, DEFAULT_PROFILE } from './completeness';
import { CHANNELS, STAGES, type Channel, type Lead, type NextStep, type Stage } from './types';

export function stageRank(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/** Whether `day` is a real calendar day written YYYY-MM-DD. */
export function isIsoDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

/** Why the lead cannot reach `stage`, or null when its data supports it. */
function blocker(lead: Lead, stage: Stage, profile: Profile): AppError | null {
  if (stage === 'needs-research') return null;
  const c = completeness(lead, profile);
  if (!c.complete) return appError('incomplete', { missing: c.missing });
  if (stage === 'unqualified') return null;
  if (!lead.qualification?.need?.text.trim()) return appError('no-need');
  if (stage === 'pre-qualified') return null;
  if (!lead.qualification.nextStep) return appError('no-next-step');
  return null;
}

/** The highest stage the lead's data supports. */
export function supportedStage(lead: Lead, profile: Profile = DEFAULT_PROFILE): Stage {
  let best: Stage = 'needs-research';
  for (const stage of STAGES) if (!blocker(lead, stage, profile)) best = stage;
  return best;
}

/**
 * The stage to show: the one the rep set, capped at what the data supports (a deleted phone number
 * pulls a lead back), and the supported stage when the rep set none.
 */
export function currentStage(lead: Lead, profile: Profile = DEFAULT_PROFILE): Stage {
  const supported = supportedStage(lead, profile);
  const set = lead.qualification?.stage;
  return set && stageRank(set) < stageRank(supported) ? set : supported;
}

/** Sets the stage if the data supports it; a rep may always step down. */
export function setStage(lead: Lead, stage: Stage, at: number, profile: Profile = DEFAULT_PROFILE): Result<Lead> {
  if (!STAGES.includes(stage)) return fail(appError('unknown-stage', { stage: String(stage) }));
  const error = blocker(lead, stage, profile);
  if (error) return fail(error);
  return { ok: true, value: { ...lead, qualification: { ...lead.qualification, stage }, updatedAt: Math.max(lead.updatedAt, at) } };
}

/** Records the customer's need in the rep's words (replacing an earlier one). */
export function recordNeed(lead: Lead, text: string, at: number): Result<Lead> {
  const need = text.trim();
  if (!need) return fail(appError('empty-need'));
  return { ok: true, value: { ...lead, qualification: { ...lead.qualification, need: { text: need, at } }, updatedAt: Math.max(lead.updatedAt, at) } };
}

/** Validates a next step; `today` (YYYY-MM-DD) rejects dates in the past when given. */
export function validateNextStep(step: NextStep, today?: string): AppError | null {
  if (!isIsoDay(step.date)) return appError('invalid-date', { date: step.date });
  if (today && step.date < today) return appError('past-date', { date: step.date });
  if (!CHANNELS.includes(step.channel as Channel)) return appError('invalid-channel', { channel: String(step.channel) });
  return null;
}

/** Records the next step without changing the stage. */
export function setNextStep(lead: Lead, step: NextStep, at: number, today?: string): Result<Lead> {
  const error = validateNextStep(step, today);
  if (error) return fail(error);
  const nextStep: NextStep = step.note?.trim() ? { date: step.date, channel: step.channel, note: step.note.trim() } : { date: step.date, channel: step.channel };
  return { ok: true, value: { ...lead, qualification: { ...lead.qualification, nextStep }, updatedAt: Math.max(lead.updatedAt, at) } };
}

/** Records the next step and moves the lead to "qualified", if its data and need support it. */
export function qualify(lead: Lead, step: NextStep, at: number, options: { today?: string; profile?: Profile } = {}): Result<Lead> {
  const withStep = setNextStep(lead, step, at, options.today);
  if (!withStep.ok) return withStep;
  return setStage(withStep.value, 'qualified', at, options.profile);
}
