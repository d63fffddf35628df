/** Which leads a report covers, and the group (source, campaign or import batch) each lead counts in. */
import { importBatch } from '../lead/import-snapshot';
import type { Lead } from '../lead/types';

export const GROUP_BY = ['source', 'campaign', 'batch'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export interface Selection {
  batch?: string;
  source?: string;
  campaign?: string;
  /** Created at or after (ms). */
  from?: number;
  /** Created before (ms). */
  to?: number;
  /** Exactly these leads (the lead list's current filter). */
  ids?: ReadonlySet<string>;
}

/** The group of leads without a value: shown as "none". */
export const NO_GROUP = '';

export function groupOf(lead: Pick<Lead, 'fields' | 'atImport'>, by: GroupBy): string {
  if (by === 'batch') return importBatch(lead) ?? NO_GROUP;
  return lead.fields[by]?.value.trim() ?? NO_GROUP;
}

/** Whether a lead (its report input: core/report/report-input.ts) is in the selection. */
export function inSelection(lead: { id: string; createdAt: number } & Record<GroupBy, string>, selection: Selection): boolean {
  if (selection.ids && !selection.ids.has(lead.id)) return false;
  if (selection.from !== undefined && lead.createdAt < selection.from) return false;
  if (selection.to !== undefined && lead.createdAt >= selection.to) return false;
  if (selection.batch !== undefined && lead.batch !== selection.batch) return false;
  if (selection.source !== undefined && lead.source !== selection.source) return false;
  if (selection.campaign !== undefined && lead.campaign !== selection.campaign) return false;
  return true;
}

/** Where a group's cost is stored: "campaign:Spring fair". */
export const costKey = (by: GroupBy, group: string): string => `${by}:${group}`;
