/**
 * What the rep's clicks ask the background, as plain functions over a `send`: each returns the tab
 * state with the lead view the background answered. The background decides everything; the only
 * sequencing here is which requests one click makes. Whatever stores from the page carries what the rep
 * saw of it (`state.seen`), so a page that changed meanwhile is refused instead of read again.
 */
import { stageRank } from '../core/lead/qualification';
import type { Channel, LeadField, Stage } from '../core/lead/types';
import type { LeadView, Request, Responses, TabState } from '../shared/messages';

export type Send = <T extends Request['type']>(request: Extract<Request, { type: T }>) => Promise<Responses[T]>;

export interface NextStepInput {
  date: string;
  channel: Channel;
  note: string;
}

const withView = (state: TabState, view: LeadView): TabState => ({ ...state, view });

export function leadActions(send: Send) {
  /** The lead to write to: the matched one, or one created from the page on the rep's first write. */
  async function ensureLead(state: TabState): Promise<LeadView> {
    return state.view ?? send({ type: 'lead.createFromTab', tabId: state.tabId, seen: state.seen });
  }

  /**
   * Sets the lead to `stage` when the background's view says the data supports it. Compared with the
   * stage the rep set, not the one shown: an unset stage shows as whatever the data supports.
   */
  async function stepUp(view: LeadView, stage: Stage): Promise<LeadView> {
    const set = view.lead.qualification?.stage;
    if ((set && stageRank(set) >= stageRank(stage)) || stageRank(view.supportedStage) < stageRank(stage)) return view;
    return send({ type: 'lead.setStage', leadId: view.lead.id, stage });
  }

  async function setNextStep(state: TabState, step: NextStepInput): Promise<TabState> {
    if (!state.view) return state;
    const note = step.note.trim();
    const request = { type: 'lead.setNextStep' as const, leadId: state.view.lead.id, date: step.date, channel: step.channel };
    return withView(state, await send(note ? { ...request, note } : request));
  }

  return {
    async createLead(state: TabState): Promise<TabState> {
      return withView(state, await ensureLead(state));
    },

    async fill(state: TabState, field: LeadField, value: string): Promise<TabState> {
      const view = await ensureLead(state);
      return withView(state, await send({ type: 'lead.fill', leadId: view.lead.id, field, value, tabId: state.tabId, seen: state.seen }));
    },

    async fillAll(state: TabState): Promise<TabState> {
      const view = await ensureLead(state);
      return withView(state, await send({ type: 'lead.fillAll', leadId: view.lead.id, tabId: state.tabId, seen: state.seen }));
    },

    async edit(state: TabState, field: LeadField, value: string): Promise<TabState> {
      const view = await ensureLead(state);
      const text = value.trim();
      return withView(state, await send({ type: 'lead.edit', leadId: view.lead.id, field, value: text || null }));
    },

    async resolveConflict(state: TabState, field: LeadField, action: 'keep' | 'replace', index?: number): Promise<TabState> {
      if (!state.view) return state;
      const request = { type: 'lead.resolveConflict' as const, leadId: state.view.lead.id, field, action };
      return withView(state, await send(index === undefined ? request : { ...request, index }));
    },

    async addSocial(state: TabState, url: string): Promise<TabState> {
      const view = await ensureLead(state);
      return withView(state, await send({ type: 'lead.addSocial', leadId: view.lead.id, tabId: state.tabId, seen: state.seen, url }));
    },

    async addPerson(state: TabState, name: string, asContact: boolean): Promise<TabState> {
      const view = await ensureLead(state);
      return withView(state, await send({ type: 'lead.addPerson', leadId: view.lead.id, tabId: state.tabId, seen: state.seen, name, asContact }));
    },

    /** Records the need; a lead whose contact data is complete thereby becomes pre-qualified. */
    async recordNeed(state: TabState, text: string): Promise<TabState> {
      if (!state.view) return state;
      const view = await send({ type: 'lead.recordNeed', leadId: state.view.lead.id, text });
      return withView(state, await stepUp(view, 'pre-qualified'));
    },

    setNextStep,

    /**
     * Saves the next step when the form holds a new one, then asks for "qualified"; when the data does
     * not support it the background refuses and its reason reaches the rep.
     */
    async qualify(state: TabState, step: NextStepInput | null): Promise<TabState> {
      let next = state;
      if (step) next = await setNextStep(next, step);
      if (!next.view) return next;
      return withView(next, await send({ type: 'lead.setStage', leadId: next.view.lead.id, stage: 'qualified' }));
    },

    async setStage(state: TabState, stage: Stage): Promise<TabState> {
      if (!state.view) return state;
      return withView(state, await send({ type: 'lead.setStage', leadId: state.view.lead.id, stage }));
    },

    async setSignal(state: TabState, signal: string, on: boolean): Promise<TabState> {
      if (!state.view) return state;
      return withView(state, await send({ type: 'lead.setSignal', leadId: state.view.lead.id, signal, on }));
    },
  };
}

export type LeadActions = ReturnType<typeof leadActions>;

/** Whether the next-step form holds something other than what is stored. */
export function stepChanged(view: LeadView, step: NextStepInput): boolean {
  const stored = view.lead.qualification?.nextStep;
  if (!step.date) return false;
  return !stored || stored.date !== step.date || stored.channel !== step.channel || (stored.note ?? '') !== step.note.trim();
}
