import { afterEach, describe, expect, it } from 'vitest';
import { privacyHandlers } from '../../../src/background/handlers-privacy';
import { rulesOf } from '../../../src/background/context';
import type { LeadsChange } from '../../../src/background/repos/lead-events';
import { createLead } from '../../../src/core/lead/lead';
import { summarise } from '../../../src/core/lead/summary';
import type { Lead } from '../../../src/core/lead/types';
import { fakeContext } from '../background/fake-context';

const LEADS = 4_500;
const typed = (value: string) => ({ value, source: { kind: 'typed' as const, at: 1 } });

function leads(): Lead[] {
  return Array.from({ length: LEADS }, (_, i) => ({
    ...createLead(`lead-${String(i).padStart(5, '0')}`, 1),
    fields: { companyName: typed(`Firma ${i} GmbH`), ...(i % 3 === 0 ? { phone: typed('+49 30 1234567') } : {}) },
  }));
}

let f: ReturnType<typeof fakeContext>;
afterEach(async () => {
  await f.db.delete();
});

describe('re-scoring as a job', () => {
  it('answers the settings change at once and re-derives every summary in the background', async () => {
    f = fakeContext();
    const { ctx } = f;
    await ctx.leads.addMany(leads(), rulesOf(await ctx.settings()));
    const changes: LeadsChange[] = [];
    ctx.leads.subscribe((c) => changes.push(c));
    const privacy = privacyHandlers(ctx, async () => []);
    const profile = [{ id: 'companyName', anyOf: [['companyName' as const]] }, { id: 'phone', anyOf: [['phone' as const]] }];
    await privacy['settings.update']({ type: 'settings.update', patch: { profile } });
    const [job] = await ctx.jobs.list();
    expect(job).toMatchObject({ kind: 'rescore', state: 'running' });
    // The list answers while the job runs.
    expect((await ctx.leads.query({ text: 'firma 42 ' })).total).toBeGreaterThan(0);
    await ctx.jobs.whenIdle();
    expect(await ctx.jobs.get(job!.id)).toMatchObject({ state: 'done', progress: { done: LEADS, total: LEADS, failed: 0 } });
    const rules = rulesOf(await ctx.settings());
    for (const lead of await ctx.leads.all()) expect(lead.summary).toEqual(summarise(lead, rules));
    expect((await ctx.leads.query({ incomplete: false })).total).toBe(LEADS / 3);
    // Every changed lead was announced once, in chunks, not as one "everything changed".
    const announced = changes.flatMap((c) => (c.kind === 'updated' ? c.leads.map((l) => l.id) : []));
    expect(new Set(announced).size).toBe(announced.length);
    expect(announced.length).toBe(LEADS);
  });

  it('starts over when the rules change again while it runs, and ends under the newest rules', async () => {
    f = fakeContext();
    const { ctx } = f;
    await ctx.leads.addMany(leads(), rulesOf(await ctx.settings()));
    const privacy = privacyHandlers(ctx, async () => []);
    await privacy['settings.update']({ type: 'settings.update', patch: { profile: [{ id: 'phone', anyOf: [['phone']] }] } });
    await privacy['settings.update']({ type: 'settings.update', patch: { profile: [{ id: 'companyName', anyOf: [['companyName']] }] } });
    await ctx.jobs.whenIdle();
    const [first, second] = (await ctx.jobs.list()).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(first?.state).toBe('cancelled');
    expect(second).toMatchObject({ state: 'done', progress: { done: LEADS } });
    expect((await ctx.leads.query({ incomplete: false })).total).toBe(LEADS);
  });

  it('does not start when only the retention changed', async () => {
    f = fakeContext();
    const privacy = privacyHandlers(f.ctx, async () => []);
    await privacy['settings.update']({ type: 'settings.update', patch: { retention: { staleAfterMonths: 6, graceDays: 10 } } });
    expect(await f.ctx.jobs.list()).toEqual([]);
  });
});
