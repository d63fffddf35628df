/** Requests about many leads: the list, import, export, duplicates and merging. */
import { appError, Failure, orThrow } from '../core/errors';
import { findDuplicates } from '../core/lead/duplicates';
import { mergeLeads } from '../core/lead/merge';
import { isBlocking } from '../core/import/file-issues';
import { previewDecoded } from '../core/import/import-file';
import type { ImportParams } from '../shared/db/schema';
import { IMPORT } from './jobs/import';
import { rulesOf, type HandlerContext } from './context';
import type { Handlers } from './handler-types';
import { toView } from './lead-view';

type LeadsHandlers = Pick<Handlers, 'leads.query' | 'leads.importPiece' | 'leads.importStart' | 'leads.importResult' | 'leads.duplicates' | 'leads.merge'>;

export function leadsHandlers(ctx: HandlerContext): LeadsHandlers {
  return {
    'leads.query': ({ type: _type, ...query }) => ctx.leads.query(query),

    async 'leads.importPiece'({ upload, index, text }) {
      await ctx.imports.putPiece(upload, index, text);
      return { index };
    },

    /** Checks the stored file as the preview did (a file that cannot be imported is refused now, not in the job), then starts the job. */
    async 'leads.importStart'({ upload, pieces, encoding, mapping, batch, defaultCountry }) {
      const text = await ctx.imports.text(upload, pieces);
      if (text === null) throw new Failure(appError('import-file-gone'));
      const blocking = previewDecoded({ text, encoding }, { rows: 10, mapping, defaultCountry }).issues.find(isBlocking);
      if (blocking) throw new Failure(blocking);
      const params: ImportParams = { upload, pieces, encoding, mapping, batch, defaultCountry, at: ctx.now() };
      return ctx.jobs.start(IMPORT, params);
    },

    async 'leads.importResult'({ job }) {
      const r = await ctx.imports.result(job);
      if (!r) return null;
      return { batch: r.batch, dataRows: r.dataRows, added: r.added, known: r.known, rejected: r.rejected, total: await ctx.leads.count() };
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
