/** Requests about many leads: the list, import, export, duplicates and merging. */
import { findDuplicates } from '../core/lead/duplicates';
import { mergeLeads } from '../core/lead/merge';
import type { Lead } from '../core/lead/types';
import { rulesOf, type HandlerContext } from './context';
import type { Handlers } from './handler-types';
import { toView } from './lead-view';

type LeadsHandlers = Pick<Handlers, 'leads.query' | 'leads.import' | 'leads.export' | 'leads.duplicates' | 'leads.merge'>;

export function leadsHandlers(ctx: HandlerContext): LeadsHandlers {
  return {
    'leads.query': ({ type: _type, ...query }) => ctx.leads.query(query),

    async 'leads.import'({ leads }) {
      const rules = rulesOf(await ctx.settings());
      // Ids come from the page that parsed the file; a clash must not overwrite an existing lead.
      const added = await ctx.leads.addMany(leads as Lead[], rules);
      return { added, total: await ctx.leads.count() };
    },

    async 'leads.export'({ ids }) {
      if (!ids) return ctx.leads.all();
      const wanted = new Set(ids);
      return (await ctx.leads.all()).filter((l) => wanted.has(l.id));
    },

    async 'leads.duplicates'() {
      return findDuplicates(await ctx.leads.all());
    },

    async 'leads.merge'({ leftId, rightId, choices }) {
      if (leftId === rightId) throw new Error('A lead cannot be merged with itself.');
      const [left, right] = await Promise.all([ctx.leads.get(leftId), ctx.leads.get(rightId)]);
      if (!left || !right) throw new Error('One of the two leads no longer exists.');
      const merged = mergeLeads(left, right, choices, ctx.now());
      if (!merged.ok) throw new Error(`Choose a value for: ${merged.unresolved.join(', ')}.`);
      const rules = rulesOf(await ctx.settings());
      const stored = await ctx.leads.put(merged.lead, rules);
      await ctx.leads.delete(stored.id === leftId ? rightId : leftId);
      return toView(stored, rules);
    },
  };
}
