/** Requests about many leads: the list, import, export, duplicates and merging. */
import { appError, Failure, orThrow } from '../core/errors';
import { findDuplicates } from '../core/lead/duplicates';
import { mergeLeads } from '../core/lead/merge';
import { isBlocking } from '../core/import/file-issues';
import { importDecoded } from '../core/import/import-file';
import type { ImportProgress } from '../shared/messages';
import { rulesOf, type HandlerContext } from './context';
import type { Handlers } from './handler-types';
import { toView } from './lead-view';

type LeadsHandlers = Pick<Handlers, 'leads.query' | 'leads.importCsv' | 'leads.duplicates' | 'leads.merge'>;

/** Where an import reports its progress; the real one writes session storage for the options page. */
export type ImportProgressSink = (progress: ImportProgress) => void;

export function leadsHandlers(ctx: HandlerContext, progress: ImportProgressSink = () => {}): LeadsHandlers {
  return {
    'leads.query': ({ type: _type, ...query }) => ctx.leads.query(query),

    async 'leads.importCsv'({ text, encoding, mapping, batch, defaultCountry }) {
      const rules = rulesOf(await ctx.settings());
      const result = importDecoded({ text, encoding }, { at: ctx.now(), batch, mapping, newId: ctx.newId, defaultCountry });
      const blocking = result.issues.find(isBlocking);
      if (blocking) throw new Failure(blocking);
      const total = result.leads.length;
      progress({ batch, done: 0, total });
      const stored = await ctx.leads.addImported(result.leads, rules, (done) => progress({ batch, done, total }));
      if (stored.error) console.error(`Import ${batch}: ${stored.failed} leads not stored: ${stored.error}`);
      return { dataRows: result.dataRows, added: stored.added, failed: stored.failed, total: await ctx.leads.count(), rejected: result.rejected };
    },

    async 'leads.duplicates'() {
      return findDuplicates(await ctx.leads.all());
    },

    async 'leads.merge'({ leftId, rightId, choices }) {
      if (leftId === rightId) throw new Failure(appError('merge-same-lead'));
      const [left, right] = await Promise.all([ctx.leads.get(leftId), ctx.leads.get(rightId)]);
      if (!left || !right) throw new Failure(appError('merge-lead-gone'));
      const merged = orThrow(mergeLeads(left, right, choices, ctx.now()));
      const rules = rulesOf(await ctx.settings());
      const stored = await ctx.leads.put(merged, rules);
      await ctx.leads.delete(stored.id === leftId ? rightId : leftId);
      return toView(stored, rules);
    },
  };
}
