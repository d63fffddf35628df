import { afterEach, describe, expect, it } from 'vitest';
import { leadHandlers } from '../../../src/background/handlers-lead';
import { leadsHandlers } from '../../../src/background/handlers-leads';
import { privacyHandlers } from '../../../src/background/handlers-privacy';
import { createLead } from '../../../src/core/lead/lead';
import type { Lead } from '../../../src/core/lead/types';
import type { Settings } from '../../../src/shared/settings';
import { fakeContext } from './fake-context';

const made: { db: { delete(): Promise<void> } }[] = [];
afterEach(async () => {
  for (const m of made.splice(0)) await m.db.delete();
});

function setup() {
  const f = fakeContext();
  made.push(f);
  return { ...f, lead: leadHandlers(f.ctx), leads: leadsHandlers(f.ctx), privacy: privacyHandlers(f.ctx, async () => []) };
}

const rules = (s: Settings) => ({ profile: s.profile, scoring: s.scoring });
const typed = (value: string) => ({ value, source: { kind: 'typed' as const, at: 1 } });
const COMPLETE: Lead['fields'] = {
  companyName: typed('Musterwerk GmbH'), website: typed('https://musterwerk.de'), phone: typed('+49 89 4711280'),
  email: typed('info@musterwerk.de'), street: typed('Zahnradstraße 17'), postalCode: typed('81249'), city: typed('München'), lastName: typed('Vogelsang'),
};

describe('lead handlers', () => {
  it('moves a complete lead from unqualified to qualified with a recorded need and a dated next step', async () => {
    const { ctx, lead } = setup();
    await ctx.leads.put({ ...createLead('a', 1), fields: COMPLETE }, { profile: (await ctx.settings()).profile, scoring: (await ctx.settings()).scoring });
    expect((await lead['lead.get']({ type: 'lead.get', leadId: 'a' })).stage).toBe('unqualified');
    await expect(lead['lead.setStage']({ type: 'lead.setStage', leadId: 'a', stage: 'pre-qualified' })).rejects.toMatchObject({ error: { code: 'no-need' } });
    const pre = await lead['lead.recordNeed']({ type: 'lead.recordNeed', leadId: 'a', text: 'Sucht Ersatz für die alte Fräsanlage' });
    expect(pre.supportedStage).toBe('pre-qualified');
    await expect(lead['lead.setNextStep']({ type: 'lead.setNextStep', leadId: 'a', date: '2026-01-05', channel: 'meeting' })).rejects.toMatchObject({ error: { code: 'past-date', params: { date: '2026-01-05' } } });
    await lead['lead.setNextStep']({ type: 'lead.setNextStep', leadId: 'a', date: '2027-03-05', channel: 'meeting', note: 'Vor Ort' });
    const qualified = await lead['lead.setStage']({ type: 'lead.setStage', leadId: 'a', stage: 'qualified' });
    expect(qualified.stage).toBe('qualified');
    expect(qualified.lead.qualification?.nextStep).toEqual({ date: '2027-03-05', channel: 'meeting', note: 'Vor Ort' });
    expect(qualified.score.breakdown.find((l) => l.ruleId === 'meeting-booked')?.met).toBe(true);
  });

  it('refuses to qualify a lead whose contact data is incomplete', async () => {
    const { ctx, lead } = setup();
    await ctx.leads.put({ ...createLead('a', 1), fields: { companyName: typed('Musterwerk GmbH') } }, { profile: (await ctx.settings()).profile, scoring: (await ctx.settings()).scoring });
    await expect(lead['lead.setStage']({ type: 'lead.setStage', leadId: 'a', stage: 'unqualified' })).rejects.toMatchObject({ error: { code: 'incomplete' } });
  });

  it('edits, clears and resolves conflicts', async () => {
    const { ctx, lead } = setup();
    await ctx.leads.put({ ...createLead('a', 1), fields: { phone: typed('+49 89 1') } }, { profile: (await ctx.settings()).profile, scoring: (await ctx.settings()).scoring });
    await ctx.leads.update('a', { profile: (await ctx.settings()).profile, scoring: (await ctx.settings()).scoring }, (l) => ({ ...l, conflicts: [{ field: 'phone', value: { value: '+49 89 4711280', source: { kind: 'detected', at: 2, url: 'https://musterwerk.de', method: 'tel-link' } } }] }));
    const replaced = await lead['lead.resolveConflict']({ type: 'lead.resolveConflict', leadId: 'a', field: 'phone', action: 'replace' });
    expect(replaced.lead.fields.phone?.value).toBe('+49 89 4711280');
    expect(replaced.lead.conflicts ?? []).toEqual([]);
    const cleared = await lead['lead.edit']({ type: 'lead.edit', leadId: 'a', field: 'phone', value: null });
    expect(cleared.lead.fields.phone).toBeUndefined();
    const typedValue = await lead['lead.edit']({ type: 'lead.edit', leadId: 'a', field: 'city', value: 'München' });
    expect(typedValue.lead.fields.city?.source.kind).toBe('typed');
  });

  it('refuses a typed website that is no web address, with a code, and keeps the stored one', async () => {
    const { ctx, lead } = setup();
    await ctx.leads.put({ ...createLead('a', 1), fields: { website: typed('https://musterwerk.de') } }, rules(await ctx.settings()));
    for (const value of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'www.muster werk.de']) {
      await expect(lead['lead.edit']({ type: 'lead.edit', leadId: 'a', field: 'website', value })).rejects.toMatchObject({ error: { code: 'website-invalid' } });
    }
    expect((await ctx.leads.get('a'))?.fields.website?.value).toBe('https://musterwerk.de');
    const bare = await lead['lead.edit']({ type: 'lead.edit', leadId: 'a', field: 'website', value: 'www.musterwerk-bau.de' });
    expect(bare.lead.fields.website?.value).toBe('www.musterwerk-bau.de');
  });

  it('deletes a lead completely', async () => {
    const { ctx, lead } = setup();
    await ctx.leads.put(createLead('a', 1), { profile: (await ctx.settings()).profile, scoring: (await ctx.settings()).scoring });
    expect(await lead['lead.delete']({ type: 'lead.delete', leadId: 'a' })).toEqual({ deleted: true });
    expect(await ctx.leads.get('a')).toBeUndefined();
    await expect(lead['lead.get']({ type: 'lead.get', leadId: 'a' })).rejects.toMatchObject({ error: { code: 'lead-not-found' } });
  });
});

describe('leads and privacy handlers', () => {
  it('finds duplicates, merges field by field and exports', async () => {
    const { leads, ctx } = setup();
    const a = { ...createLead('a', 1), fields: { companyName: typed('Musterwerk GmbH'), email: typed('info@musterwerk.de'), city: typed('München') } };
    const b = { ...createLead('b', 2), fields: { companyName: typed('Musterwerk Maschinenbau GmbH'), email: typed('vertrieb@musterwerk.de'), phone: typed('+49 89 4711280') } };
    await ctx.leads.addMany([a, b], rules(await ctx.settings()));
    const groups = await leads['leads.duplicates']({ type: 'leads.duplicates' });
    expect(groups[0]?.ids.sort()).toEqual(['a', 'b']);
    await expect(leads['leads.merge']({ type: 'leads.merge', leftId: 'a', rightId: 'b', choices: {} })).rejects.toMatchObject({ error: { code: 'merge-unresolved', params: { fields: ['companyName', 'email'] } } });
    const merged = await leads['leads.merge']({ type: 'leads.merge', leftId: 'a', rightId: 'b', choices: { companyName: 'right', email: 'left' } });
    expect(merged.lead.fields).toMatchObject({ companyName: { value: 'Musterwerk Maschinenbau GmbH' }, email: { value: 'info@musterwerk.de' }, phone: { value: '+49 89 4711280' }, city: { value: 'München' } });
    expect(await ctx.leads.count()).toBe(1);
    expect((await ctx.leads.all()).map((l) => l.id)).toEqual([merged.lead.id]);
  });

  it('re-scores the list when the rules change, and deletes everything on request', async () => {
    const { privacy, ctx } = setup();
    await ctx.leads.addMany([{ ...createLead('a', 1), fields: { companyName: typed('Musterwerk GmbH') } }], rules(await ctx.settings()));
    await privacy['settings.update']({ type: 'settings.update', patch: { profile: [{ id: 'companyName', anyOf: [['companyName']] }] } });
    // Re-scoring is a background job: the answer comes first, the summaries follow.
    await ctx.jobs.whenIdle();
    expect((await ctx.jobs.list())[0]).toMatchObject({ kind: 'rescore', state: 'done', progress: { done: 1, total: 1 } });
    expect((await ctx.leads.get('a'))?.summary?.completeness).toBe(100);
    expect(await privacy['data.deleteAll']({ type: 'data.deleteAll' })).toEqual({ deleted: 1 });
  });

  it('flags a lead untouched for a year and deletes it after the grace period', async () => {
    const { privacy, ctx, clock } = setup();
    const yearAgo = clock.now - 400 * 86_400_000;
    await ctx.leads.addMany([{ ...createLead('old', yearAgo), fields: { companyName: typed('Alt GmbH') } }, { ...createLead('new', clock.now), fields: { companyName: typed('Neu GmbH') } }], rules(await ctx.settings()));
    expect(await privacy['retention.review']({ type: 'retention.review' })).toMatchObject({ flagged: 1, deleted: 0 });
    clock.now += 31 * 86_400_000;
    expect(await privacy['retention.review']({ type: 'retention.review' })).toMatchObject({ deleted: 1 });
    expect((await ctx.leads.all()).map((l) => l.id)).toEqual(['new']);
  });
});
