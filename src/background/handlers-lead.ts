/** Requests that work one lead: typed edits, conflicts, qualification, signals, deletion. */
import { appError, Failure, orThrow } from '../core/errors';
import { clearField, fillField, keepCurrent, replaceWithConflict } from '../core/lead/fill';
import { isWebAddress } from '../core/lead/web-address';
import { qualify, recordNeed, setNextStep, setStage } from '../core/lead/qualification';
import { setSignal } from '../core/lead/scoring';
import type { Lead } from '../core/lead/types';
import { rulesOf, type HandlerContext } from './context';
import type { Handlers } from './handler-types';
import { toView } from './lead-view';

type LeadHandlers = Pick<
  Handlers,
  'lead.edit' | 'lead.resolveConflict' | 'lead.recordNeed' | 'lead.setNextStep' | 'lead.setStage' | 'lead.setSignal' | 'lead.get' | 'lead.delete' | 'lead.list'
>;

export function leadHandlers(ctx: HandlerContext): LeadHandlers {
  const change = async (leadId: string, fn: (lead: Lead, at: number) => Lead) => {
    const rules = rulesOf(await ctx.settings());
    const at = ctx.now();
    return toView(await ctx.leads.update(leadId, rules, (lead) => fn(lead, at)), rules);
  };

  return {
    async 'lead.edit'({ leadId, field, value }) {
      if (value && field === 'website' && !isWebAddress(value)) throw new Failure(appError('website-invalid'));
      return change(leadId, (lead, at) => (value ? fillField(lead, field, value, { kind: 'typed', at }).lead : clearField(lead, field, at)));
    },

    'lead.resolveConflict': ({ leadId, field, action, index }) =>
      change(leadId, (lead, at) => (action === 'keep' ? keepCurrent(lead, field, at) : replaceWithConflict(lead, field, at, index))),

    'lead.recordNeed': ({ leadId, text }) => change(leadId, (lead, at) => orThrow(recordNeed(lead, text, at))),

    'lead.setNextStep'({ leadId, date, channel, note }) {
      const today = new Date(ctx.now()).toISOString().slice(0, 10);
      const step = note ? { date, channel, note } : { date, channel };
      return change(leadId, (lead, at) => orThrow(setNextStep(lead, step, at, today)));
    },

    async 'lead.setStage'({ leadId, stage }) {
      const settings = await ctx.settings();
      return change(leadId, (lead, at) => orThrow(stage === 'qualified' && lead.qualification?.nextStep
        ? qualify(lead, lead.qualification.nextStep, at, { profile: settings.profile })
        : setStage(lead, stage, at, settings.profile)));
    },

    'lead.setSignal': ({ leadId, signal, on }) => change(leadId, (lead, at) => setSignal(lead, signal, on, at)),

    async 'lead.get'({ leadId }) {
      const lead = await ctx.leads.get(leadId);
      if (!lead) throw new Failure(appError('lead-not-found'));
      return toView(lead, rulesOf(await ctx.settings()));
    },

    async 'lead.delete'({ leadId }) {
      const existed = Boolean(await ctx.leads.get(leadId));
      await ctx.leads.delete(leadId);
      return { deleted: existed };
    },

    'lead.list': () => ctx.leads.list(),
  };
}
