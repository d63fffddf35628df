/** Which leads are selected for export or delete: single rows, or every lead matching the filters. */

export type Selection = { kind: 'ids'; ids: ReadonlySet<string> } | { kind: 'matching' };

export const NONE: Selection = { kind: 'ids', ids: new Set() };

export function isSelected(selection: Selection, id: string): boolean {
  return selection.kind === 'matching' || selection.ids.has(id);
}

export function toggle(selection: Selection, id: string, pageIds: readonly string[]): Selection {
  // Unticking one row of "all matching" leaves the rest of the page selected, as the rep sees it.
  const ids = new Set(selection.kind === 'matching' ? pageIds : selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { kind: 'ids', ids };
}

/** The header checkbox: selects the page, or clears it when the whole page is selected already. */
export function togglePage(selection: Selection, pageIds: readonly string[]): Selection {
  if (selection.kind === 'matching') return NONE;
  const ids = new Set(selection.ids);
  const all = pageIds.length > 0 && pageIds.every((id) => ids.has(id));
  for (const id of pageIds) {
    if (all) ids.delete(id);
    else ids.add(id);
  }
  return { kind: 'ids', ids };
}

export function pageState(selection: Selection, pageIds: readonly string[]): 'all' | 'some' | 'none' {
  if (selection.kind === 'matching') return pageIds.length ? 'all' : 'none';
  const n = pageIds.filter((id) => selection.ids.has(id)).length;
  return n === 0 ? 'none' : n === pageIds.length ? 'all' : 'some';
}

export function selectedCount(selection: Selection, total: number): number {
  return selection.kind === 'matching' ? total : selection.ids.size;
}

/** The selection after leads were deleted: they drop out, the rest stays selected. */
export function without(selection: Selection, deleted: readonly string[]): Selection {
  if (selection.kind === 'matching') return selection;
  const ids = new Set(selection.ids);
  for (const id of deleted) ids.delete(id);
  return { kind: 'ids', ids };
}
