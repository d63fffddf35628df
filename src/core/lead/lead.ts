/** Creating leads and keeping their derived keys in step with their fields. */
import { computeKeys } from './keys';
import type { Lead } from './types';

export function createLead(id: string, at: number): Lead {
  return { id, createdAt: at, updatedAt: at, fields: {}, socials: [], people: [], keys: [] };
}

/** The lead with keys recomputed: call after every change to fields or aliasKeys. */
export function withKeys(lead: Lead): Lead {
  return { ...lead, keys: computeKeys(lead) };
}

export { hasValue } from './has-value';
