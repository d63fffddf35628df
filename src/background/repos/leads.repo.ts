/** All reads and writes of leads go through here: the background is the only writer. */
import type { LeadfillDb } from '../../shared/db/schema';
import { siteDomain } from '../../core/lead/site-domain';
import type { FieldValue, Lead, LeadField } from '../../core/lead/types';

export function leadKeys(lead: Pick<Lead, 'fields'>, extra: string[] = []): string[] {
  const keys = new Set(extra);
  const website = lead.fields.website?.value;
  if (website) {
    const d = siteDomain(/^[a-z]+:\/\//i.test(website) ? website : `https://${website}`);
    if (d) keys.add(`domain:${d}`);
  }
  for (const f of ['email', 'personEmail'] as const) {
    const e = lead.fields[f]?.value.toLowerCase();
    if (e) keys.add(`email:${e}`);
  }
  for (const f of ['phone', 'directPhone', 'mobile'] as const) {
    const p = lead.fields[f]?.value;
    if (p) keys.add(`phone:${p.replace(/[^\d+]/g, '')}`);
  }
  return [...keys];
}

export function createLeadsRepo(db: LeadfillDb) {
  return {
    get: (id: string) => db.leads.get(id),
    list: () => db.leads.orderBy('updatedAt').reverse().toArray(),
    async findByDomain(domain: string): Promise<Lead | undefined> {
      if (!domain) return undefined;
      const matches = await db.leads.where('keys').equals(`domain:${domain}`).toArray();
      return matches.sort((a, b) => b.updatedAt - a.updatedAt)[0];
    },
    async create(domain: string, fields: Lead['fields'], now = Date.now()): Promise<Lead> {
      const lead: Lead = {
        id: crypto.randomUUID(),
        createdAt: now,
        updatedAt: now,
        fields,
        socials: [],
        people: [],
        keys: [],
      };
      lead.keys = leadKeys(lead, domain ? [`domain:${domain}`] : []);
      await db.leads.add(lead);
      return lead;
    },
    /** Sets one field, in a transaction so two quick clicks cannot lose each other's write. */
    async setField(id: string, field: LeadField, value: FieldValue, now = Date.now()): Promise<Lead> {
      return db.transaction('rw', db.leads, async () => {
        const lead = await db.leads.get(id);
        if (!lead) throw new Error(`No lead with id ${id}.`);
        const domainKeys = lead.keys.filter((k) => k.startsWith('domain:'));
        const next: Lead = { ...lead, fields: { ...lead.fields, [field]: value }, updatedAt: now };
        next.keys = leadKeys(next, domainKeys);
        await db.leads.put(next);
        return next;
      });
    },
  };
}

export type LeadsRepo = ReturnType<typeof createLeadsRepo>;
