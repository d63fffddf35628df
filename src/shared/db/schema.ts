/**
 * The local database. Only the background writes it; extension pages may read.
 * Versions are append-only: a shipped version(n) is never edited, changes go into version(n+1).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Lead } from '../../core/lead/types';

export class LeadfillDb extends Dexie {
  leads!: EntityTable<Lead, 'id'>;

  constructor(name = 'leadfill') {
    super(name);
    this.version(1).stores({
      // keys: "domain:…", "email:…", "phone:…" lookups for matching a page and finding duplicates;
      // summary.*: what the lead list sorts and filters 100,000 leads by without scoring each.
      leads: 'id, updatedAt, *keys, summary.score, summary.completeness, summary.stage, summary.company',
    });
  }
}
