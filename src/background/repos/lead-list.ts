/**
 * The lead list's filter-and-sort view, kept in the worker's memory: a search over 100,000 leads
 * would otherwise read every stored lead (seconds); here it scans small rows (milliseconds). Built on
 * the first filtered query after the worker starts and kept in step by every write in the repo.
 */
import { contactName } from '../../core/lead/summary';
import type { Lead } from '../../core/lead/types';
import type { LeadRow, Request } from '../../shared/messages';
import type { LeadsChange } from './lead-events';

export type LeadQuery = Omit<Extract<Request, { type: 'leads.query' }>, 'type'>;

interface Entry {
  row: LeadRow;
  search: string;
  company: string;
  source: string;
}

export function toRow(lead: Lead): LeadRow {
  const s = lead.summary;
  return {
    id: lead.id,
    companyName: lead.fields.companyName?.value ?? '',
    city: lead.fields.city?.value ?? '',
    contact: contactName(lead),
    completeness: s?.completeness ?? 0,
    score: s?.score ?? 0,
    ready: s?.ready ?? false,
    stage: s?.stage ?? 'needs-research',
    source: lead.fields.source?.value ?? '',
    updatedAt: lead.updatedAt,
  };
}

function entryOf(lead: Lead): Entry {
  return {
    row: toRow(lead),
    search: lead.summary?.search ?? '',
    company: lead.summary?.company ?? '',
    source: (lead.fields.source?.value ?? '').toLowerCase(),
  };
}

const ORDER: Record<NonNullable<LeadQuery['sort']>, (a: Entry, b: Entry) => number> = {
  updated: (a, b) => a.row.updatedAt - b.row.updatedAt,
  score: (a, b) => a.row.score - b.row.score,
  completeness: (a, b) => a.row.completeness - b.row.completeness,
  company: (a, b) => (a.company < b.company ? -1 : a.company > b.company ? 1 : 0),
};

export class LeadList {
  private entries: Map<string, Entry> | null = null;
  /** Bumped by every write while no index exists, so a read that raced a write is not trusted. */
  private generation = 0;
  private building: { generation: number; done: Promise<Map<string, Entry> | null> } | null = null;

  constructor(private readonly readAll: (visit: (lead: Lead) => void) => Promise<void>) {}

  private async ready(): Promise<Map<string, Entry>> {
    for (;;) {
      if (this.entries) return this.entries;
      if (!this.building || this.building.generation !== this.generation) {
        const generation = this.generation;
        const done = (async () => {
          const map = new Map<string, Entry>();
          await this.readAll((lead) => map.set(lead.id, entryOf(lead)));
          return generation === this.generation ? map : null;
        })();
        this.building = { generation, done };
      }
      const map = await this.building.done;
      if (map && !this.entries) this.entries = map;
    }
  }

  /** After a write: an existing index is kept in step; a read in progress is read again. */
  upsert(leads: readonly Lead[]): void {
    if (!this.entries) this.generation++;
    else for (const lead of leads) this.entries.set(lead.id, entryOf(lead));
  }

  remove(ids: readonly string[]): void {
    if (!this.entries) this.generation++;
    else for (const id of ids) this.entries.delete(id);
  }

  /** Everything changed (rules, deletion of all): read again on the next query. */
  reset(): void {
    this.entries = null;
    this.generation++;
  }

  /** Keeps in step with the repository's announced changes. */
  apply(change: LeadsChange): void {
    if (change.kind === 'created' || change.kind === 'updated') this.upsert(change.leads);
    else if (change.kind === 'deleted') this.remove(change.ids);
    else this.reset();
  }

  async query(q: LeadQuery): Promise<{ total: number; rows: LeadRow[] }> {
    const text = q.text?.toLowerCase();
    const source = q.source?.toLowerCase();
    const matches = [...(await this.ready()).values()].filter((e) => {
      if (text && !e.search.includes(text)) return false;
      if (source && e.source !== source) return false;
      if (q.incomplete !== undefined && (e.row.completeness < 100) !== q.incomplete) return false;
      if (q.stage && e.row.stage !== q.stage) return false;
      if (q.minScore !== undefined && e.row.score < q.minScore) return false;
      return true;
    });
    const order = ORDER[q.sort ?? 'updated'];
    const descending = q.descending ?? q.sort !== 'company';
    matches.sort(descending ? (a, b) => order(b, a) || (a.row.id < b.row.id ? -1 : 1) : (a, b) => order(a, b) || (a.row.id < b.row.id ? -1 : 1));
    const offset = q.offset ?? 0;
    return { total: matches.length, rows: matches.slice(offset, offset + (q.limit ?? 50)).map((e) => e.row) };
  }
}
