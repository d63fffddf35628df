/**
 * Export files written page by page (issue 13 item 3): each page of leads becomes a piece of a Blob,
 * which the browser may keep on disk, so 1,000,000 leads export as 10 do. The options page passes
 * the database's pages (shared/db/lead-pages.ts); nothing travels in a runtime message.
 */
import { csvExporter, type CsvExportOptions } from './csv-export';
import { dataExporter } from './retention';
import type { Lead } from './types';
import { exportVcards } from './vcard-export';

export type LeadPages = AsyncIterable<readonly Lead[]> | Iterable<readonly Lead[]>;

export interface ExportFile {
  blob: Blob;
  /** Leads written. */
  count: number;
}

export interface ExportWriting {
  /** The Blob's MIME type. */
  type?: string;
  /** Leads written so far, after each page. */
  onProgress?: (written: number) => void;
}

interface Parts {
  head: string;
  page(leads: readonly Lead[]): string;
  /** Before every page but the first. */
  between: string;
  tail: string;
}

async function writeFile(pages: LeadPages, parts: Parts, writing: ExportWriting): Promise<ExportFile> {
  const pieces: BlobPart[] = [parts.head];
  let count = 0;
  for await (const leads of pages) {
    if (!leads.length) continue;
    pieces.push(new Blob([count ? parts.between : '', parts.page(leads)]));
    count += leads.length;
    writing.onProgress?.(count);
  }
  pieces.push(parts.tail);
  return { blob: new Blob(pieces, { type: writing.type ?? '' }), count };
}

export function csvFile(pages: LeadPages, options: CsvExportOptions = {}, writing: ExportWriting = {}): Promise<ExportFile> {
  const { head, rows } = csvExporter(options);
  return writeFile(pages, { head, page: rows, between: '\r\n', tail: '' }, writing);
}

export function vcardFile(pages: LeadPages, writing: ExportWriting = {}): Promise<ExportFile> {
  return writeFile(pages, { head: '', page: exportVcards, between: '', tail: '' }, writing);
}

/** Everything stored, as JSON (`extra`: the settings): for a data-subject request or a full backup. */
export function dataFile(pages: LeadPages, now: number, extra: Record<string, unknown> = {}, writing: ExportWriting = {}): Promise<ExportFile> {
  const { head, leads, between, tail } = dataExporter(now, extra);
  return writeFile(pages, { head, page: leads, between, tail }, writing);
}
