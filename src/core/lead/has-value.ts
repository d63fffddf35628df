import type { Lead } from './types';

/**
 * A value is present when it has non-blank text. On its own so that completeness and scoring, which
 * the popup uses, do not pull the phone and domain libraries into the popup.
 */
export function hasValue(lead: Pick<Lead, 'fields'>, field: keyof Lead['fields']): boolean {
  const v = lead.fields[field]?.value;
  return v !== undefined && v.trim() !== '';
}
