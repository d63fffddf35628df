/**
 * The lead part of the bench (issues 9 and 11): with a database of `rows` leads in headless Chromium,
 * the CSV import beside its IndexedDB floors, the lead list (first search from a stopped worker beside
 * a bare wake), the export beside its read floor, the popup's opening in phases, the quality report
 * beside reading the same leads, the re-scoring job beside a plain read+write pass, and the import's
 * parsing in Node beside papaparse. All from one browser session, so each figure has its floor beside it.
 */
import { median } from './stats';
import { timeImportParse } from './import-parse';
import { timeLeadsInChromium } from './lead-timing';

export async function leadFigures(leadRows: number, runs: number, put: (name: string, value: number) => void): Promise<void> {
  const leads = await timeLeadsInChromium(leadRows, runs);
  console.log(`lead bench: ${leads.leadsStored} leads stored; popup opens ${leads.popupOpenMs.map((ms) => Math.round(ms)).join(', ')} ms`);
  const suffix = leadRows === 100_000 ? '100k' : `${leadRows}`;
  put(`csv_import_s_${suffix}`, leads.csvImportSeconds);
  put(`idb_floor_s_${suffix}`, leads.idbFloorSeconds);
  put(`idb_floor_noindex_s_${suffix}`, leads.idbFloorNoIndexSeconds);
  put(`csv_import_to_idb_floor_${suffix}`, leads.csvImportSeconds / leads.idbFloorSeconds);
  put(`idb_floor_index_cost_${suffix}`, leads.idbFloorSeconds / leads.idbFloorNoIndexSeconds);
  put(`csv_preview_s_${suffix}`, leads.csvPreviewSeconds);
  put(`export_s_${suffix}`, leads.export.exportSeconds);
  put(`export_read_floor_s_${suffix}`, leads.export.readFloorSeconds);
  put(`export_to_read_floor_${suffix}`, leads.export.exportSeconds / leads.export.readFloorSeconds);
  put(`export_mb_${suffix}`, leads.export.bytes / 1_000_000);
  put(`popup_open_ms_${suffix}`, median(leads.popupOpenMs));
  put(`popup_open_ms_max_${suffix}`, Math.max(...leads.popupOpenMs));
  // The opening split into its phases (medians of each): page load until the popup asks, the page's
  // reading in the background (inject, snapshot, transfer, detection), the lead lookup, the messaging
  // around them, and the first paint after the answer.
  for (const phase of ['pageLoad', 'inject', 'snapshot', 'transfer', 'check', 'detection', 'digest', 'research', 'lookup', 'messaging', 'firstPaint'] as const) {
    const name = phase.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    if (leads.popupPhases.length) put(`popup_phase_${name}_ms_${suffix}`, median(leads.popupPhases.map((p) => p[phase])));
  }
  put(`lead_list_page_ms_${suffix}`, median(leads.listPageMs));
  // The issue's figure: the first search in a fresh options page with the worker stopped (the page
  // reads the stored rows itself); beside it the same search asked of a stopped worker, and whether
  // the search was the page's first list query (1) and answered by the page (1).
  const first = leads.listFirstSearch;
  put(`lead_list_first_search_ms_${suffix}`, first.ms);
  put(`lead_list_first_search_first_query_${suffix}`, first.firstQuery ? 1 : 0);
  put(`lead_list_first_query_ms_${suffix}`, first.firstQueryMs);
  put(`lead_list_first_search_by_page_${suffix}`, first.byPage ? 1 : 0);
  // Where it went: the database's read of the rows, making segments of them, the search; and how
  // long after the page's navigation started it was asked (the page's own start, beside it).
  put(`lead_list_first_search_read_ms_${suffix}`, first.readMs);
  put(`lead_list_first_search_decode_ms_${suffix}`, first.decodeMs);
  put(`lead_list_first_search_scan_ms_${suffix}`, first.searchMs);
  put(`lead_list_first_search_asked_at_ms_${suffix}`, first.askedAt);
  put(`lead_list_first_search_worker_ms_${suffix}`, leads.listFirstSearchWorkerMs);
  put(`lead_list_rows_read_ms_${suffix}`, leads.listRowsReadMs);
  put(`lead_list_first_search_unfolded_ms_${suffix}`, leads.listFirstSearchUnfoldedMs);
  put(`worker_wake_ms_${suffix}`, leads.workerWakeMs);
  // The browser's part of a wake (an empty extension's worker, same session): the rest of worker_wake_ms is Leadfill's.
  put(`worker_wake_floor_ms_${suffix}`, leads.workerWakeFloorMs);
  put(`lead_list_search_ms_${suffix}`, median(leads.listSearchMs));
  // The quality report over every stored lead (report_s_100k: the issue's figure), beside its floor:
  // reading what it reads (the leads' report inputs) alone, in the same page, right after; and beside
  // reading the whole leads, the floor of a report that reads them (as it did before it kept inputs).
  console.log(`report bench: ${leads.report.leadsRead} leads; report ${leads.report.reportMs.map((ms) => Math.round(ms)).join(', ')} ms; reading its inputs alone ${leads.report.readInputsMs.map((ms) => Math.round(ms)).join(', ')} ms; reading the leads ${leads.report.readAllMs.map((ms) => Math.round(ms)).join(', ')} ms`);
  put(`report_s_${suffix}`, median(leads.report.reportMs) / 1000);
  put(`report_read_floor_s_${suffix}`, median(leads.report.readInputsMs) / 1000);
  put(`report_to_floor_ratio_${suffix}`, median(leads.report.reportMs) / Math.max(1e-3, median(leads.report.readInputsMs)));
  put(`report_read_leads_floor_s_${suffix}`, median(leads.report.readAllMs) / 1000);
  // The page stays responsive meanwhile: the longest time it went without a frame while the worker counted.
  put(`report_max_frame_gap_ms_${suffix}`, Math.max(...leads.report.maxFrameGapMs));
  // Where the report's worker spent the time: starting, waiting for the database, counting, finishing.
  for (const phase of ['setupMs', 'readWaitMs', 'countMs', 'finishMs'] as const) {
    put(`report_phase_${phase.replace(/Ms$/, '').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}_s_${suffix}`, median(leads.report.phases.map((p) => p[phase] ?? 0)) / 1000);
  }
  // Re-scoring after a rules change (a background job) beside a plain read+write pass over the same leads.
  put(`rescore_s_${suffix}`, leads.rescore.rescoreSeconds);
  put(`rescore_floor_s_${suffix}`, leads.rescore.floorSeconds);
  put(`rescore_to_floor_ratio_${suffix}`, leads.rescore.rescoreSeconds / Math.max(1e-3, leads.rescore.floorSeconds));
  put(`lead_list_page_ms_during_rescore_${suffix}`, leads.rescore.listPageDuringMs);
  put(`lead_list_page_ms_before_rescore_${suffix}`, leads.rescore.listPageIdleMs);

  // The import's parsing and mapping alone, in Node, beside papaparse splitting the same file (its floor).
  const parse = timeImportParse(leadRows, runs);
  put(`csv_parse_rows_per_s_${suffix}`, Math.round(parse.importRowsPerSecond));
  put(`csv_papaparse_rows_per_s_${suffix}`, Math.round(parse.papaRowsPerSecond));
}
