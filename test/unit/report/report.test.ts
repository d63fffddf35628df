/**
 * Two small batches of different quality, every figure computed by hand (see the comments) and
 * compared with what the report counts.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../../src/core/lead/completeness';
import type { Lead, LeadField, Provenance, Stage, StageChange } from '../../../src/core/lead/types';
import { findings } from '../../../src/core/report/findings';
import { createReport, type Report, type ReportOptions } from '../../../src/core/report/report';
import { lead, T0 } from '../lead/helpers';

const DAY = 86_400_000;

/** The whole report over leads in memory, as the page builds it chunk by chunk. */
function buildReport(leads: readonly Lead[], options: ReportOptions): Report {
  const report = createReport(options);
  for (const l of leads) report.add(l);
  return report.result();
}
const NOW = T0 + 10 * DAY;
const fromBatch = (batch: string): Provenance => ({ kind: 'imported', at: T0, batch });
const staged = (stage: Stage) => ({ completeness: 0, score: 0, ready: false, stage, search: '', company: '' });
const history = (...changes: [Stage, number][]): StageChange[] => changes.map(([stage, day]) => ({ stage, at: T0 + day * DAY }));
const snapshot = (complete: boolean, batch: string) => ({ at: T0, batch, completeness: complete ? 100 : 25, complete, missing: complete ? [] : ['phone'] });

const ACME: Partial<Record<LeadField, string>> = {
  companyName: 'Acme GmbH', website: 'https://www.acme.de', phone: '+49 89 1234567', email: 'info@acme.de',
  street: 'Hauptstraße 1', postalCode: '80331', city: 'München', firstName: 'Anna', lastName: 'Schäfer', source: 'Fair',
};

function fair(id: string, values: Partial<Record<LeadField, string>>, extra: Partial<Lead> = {}): Lead {
  return lead({ source: 'Fair', ...values }, { id, ...extra }, fromBatch('fair'));
}
function web(id: string, values: Partial<Record<LeadField, string>>, extra: Partial<Lead> = {}): Lead {
  return lead({ source: 'Web form', ...values }, { id, ...extra }, fromBatch('web'));
}

const LEADS: Lead[] = [
  // Complete at import, reached qualified; a personal address makes it directly reachable.
  fair('a1', { ...ACME, personEmail: 'anna.schaefer@acme.de' }, {
    atImport: snapshot(true, 'fair'), summary: staged('qualified'),
    stageHistory: history(['needs-research', 0], ['unqualified', 1], ['pre-qualified', 3], ['qualified', 4]),
  }),
  // Incomplete at import, complete now; switchboard only.
  fair('a2', { ...ACME, companyName: 'Beta GmbH', website: 'https://beta.de', phone: '+49 30 22508000', email: 'info@beta.de', lastName: 'Brandt' }, {
    atImport: snapshot(false, 'fair'), summary: staged('unqualified'), stageHistory: history(['needs-research', 0], ['unqualified', 2]),
  }),
  // Acme again (same website as a1), a free-mail address; 3 of 8 requirements.
  fair('a3', { companyName: 'Acme GmbH', website: 'https://acme.de', email: 'acme.sales@gmail.com' }, {
    atImport: snapshot(false, 'fair'), summary: staged('needs-research'), stageHistory: history(['needs-research', 0]),
  }),
  // Invented: placeholder name and number, a disposable address, no company; imported before snapshots were
  // kept (its imported values say it arrived with 4 of 8), no history.
  fair('a4', { firstName: 'Max', lastName: 'Mustermann', companyName: 'privat', phone: '0123456789', email: 'max@mailinator.com' }),
  // Complete, but a Swiss number on a German address.
  web('b1', { ...ACME, companyName: 'Gamma AG', website: 'https://gamma.ch', phone: '+41 44 668 18 00', email: 'info@gamma.ch', lastName: 'Meier', country: 'DE', source: 'Web form' }, {
    atImport: snapshot(true, 'web'), summary: staged('unqualified'), stageHistory: history(['unqualified', 0]),
  }),
  // Acme's info@ address again (a duplicate of the fair's leads), a website without a domain; 3 of 8.
  web('b2', { companyName: 'Acme', email: 'info@acme.de', website: 'acme' }, { atImport: snapshot(false, 'web') }),
];

const OPTIONS: ReportOptions = {
  by: 'source', selection: {}, profile: DEFAULT_PROFILE, now: NOW,
  isDisposableDomain: (d) => d === 'mailinator.com',
  costs: { 'source:Fair': 400, 'source:Web form': 100 },
};

describe('the quality report over two batches', () => {
  const report = buildReport(LEADS, OPTIONS);
  const [fairFigures, webFigures] = report.groups;

  it('puts the groups side by side, largest first, with the total', () => {
    expect(report.groups.map((g) => [g.group, g.leads])).toEqual([['Fair', 4], ['Web form', 2]]);
    expect(report.total).toMatchObject({ group: null, leads: 6, complete: 3 });
    expect(report.storedLeads).toBe(6);
  });

  it('counts completeness now and at import', () => {
    // (100 + 100 + 37 + 50) / 4 = 71.75; (100 + 37) / 2 = 68.5
    expect(fairFigures).toMatchObject({ complete: 2, completeness: 72, imported: 4, completeAtImport: 1, becameComplete: 1 });
    expect(webFigures).toMatchObject({ complete: 1, completeness: 69, imported: 2, completeAtImport: 1, becameComplete: 0 });
    expect(fairFigures?.missing).toEqual([
      { requirement: 'city', leads: 2 }, { requirement: 'postalCode', leads: 2 }, { requirement: 'street', leads: 2 },
      { requirement: 'contactName', leads: 1 }, { requirement: 'phone', leads: 1 }, { requirement: 'website', leads: 1 },
    ]);
  });

  it('counts validity problems', () => {
    expect(fairFigures).toMatchObject({ invalidPhone: 1, phoneOtherCountry: 0, invalidEmail: 0, invalidWebsite: 0, invalid: 1 });
    expect(webFigures).toMatchObject({ invalidPhone: 0, phoneOtherCountry: 1, invalidEmail: 0, invalidWebsite: 1, invalid: 2 });
  });

  it('counts fake-data signals, free-mail and reachability', () => {
    expect(fairFigures?.fake).toEqual({ 'placeholder-name': 1, 'placeholder-phone': 1, 'placeholder-email': 0, 'disposable-email': 1, 'not-a-company': 1 });
    expect(fairFigures).toMatchObject({ looksInvented: 1, freeMail: 1, reach: { direct: 1, switchboard: 3, none: 0 } });
    expect(webFigures).toMatchObject({ looksInvented: 0, freeMail: 0, reach: { direct: 0, switchboard: 2, none: 0 } });
  });

  it('counts duplicates within the group and against the other stored leads', () => {
    // a1 and a3 share acme.de; b2 shares acme.de and info@acme.de with them.
    expect(fairFigures).toMatchObject({ duplicatesWithin: 2, duplicatesStored: 2, duplicates: 2 });
    expect(webFigures).toMatchObject({ duplicatesWithin: 0, duplicatesStored: 1, duplicates: 1 });
    expect(report.total).toMatchObject({ duplicatesWithin: 3, duplicatesStored: 0, duplicates: 3 });
  });

  it('draws the funnel with conversions and days per stage', () => {
    expect(fairFigures?.funnel.reached).toEqual({ 'needs-research': 4, unqualified: 2, 'pre-qualified': 1, qualified: 1 });
    expect(fairFigures?.funnel.conversion.map((c) => c.rate)).toEqual([0.5, 0.5, 1]);
    // Needs research: a1 1 day, a2 2, a3 10 (still there); unqualified: a1 2, a2 8; a4 has no history.
    expect(fairFigures?.funnel.meanDays['needs-research']).toBeCloseTo(13 / 3, 6);
    expect(fairFigures?.funnel.meanDays).toMatchObject({ unqualified: 5, 'pre-qualified': 1, qualified: 6 });
    expect(webFigures?.funnel.reached).toEqual({ 'needs-research': 2, unqualified: 1, 'pre-qualified': 0, qualified: 0 });
    expect(webFigures?.funnel.conversion.map((c) => c.rate)).toEqual([0.5, 0, null]);
    expect(webFigures?.funnel.meanDays).toEqual({ 'needs-research': null, unqualified: 10, 'pre-qualified': null, qualified: null });
  });

  it('divides the entered cost', () => {
    expect(fairFigures).toMatchObject({ cost: 400, costPerLead: 100, costPerComplete: 200, costPerQualified: 400 });
    expect(webFigures).toMatchObject({ cost: 100, costPerLead: 50, costPerComplete: 100, costPerQualified: null });
    expect(report.total.cost).toBe(500);
    expect(report.total.costPerComplete).toBeCloseTo(500 / 3, 6);
  });

  it('leaves the total without cost when a group has none', () => {
    const partial = buildReport(LEADS, { ...OPTIONS, costs: { 'source:Fair': 400 } });
    expect(partial.groups[1]?.cost).toBeNull();
    expect(partial.total).toMatchObject({ cost: null, costPerLead: null });
  });

  it('says what marketing should hear', () => {
    expect(findings(report, 'none')).toEqual([
      { id: 'missing', group: 'Fair', percent: 50, requirement: 'city' },
      { id: 'missing', group: 'Fair', percent: 50, requirement: 'postalCode' },
      { id: 'missing', group: 'Fair', percent: 50, requirement: 'street' },
      { id: 'free-mail', group: 'Fair', percent: 25 },
      { id: 'invented', group: 'Fair', percent: 25 },
      { id: 'invalid', group: 'Fair', percent: 25 },
      { id: 'duplicates', group: 'Fair', percent: 50 },
      { id: 'switchboard-only', group: 'Fair', percent: 75 },
      { id: 'became-complete', group: 'Fair', percent: 33 },
      { id: 'qualified', group: 'Fair', percent: 25 },
      { id: 'missing', group: 'Web form', percent: 50, requirement: 'city' },
      { id: 'missing', group: 'Web form', percent: 50, requirement: 'contactName' },
      { id: 'missing', group: 'Web form', percent: 50, requirement: 'phone' },
      { id: 'invalid', group: 'Web form', percent: 100 },
      { id: 'duplicates', group: 'Web form', percent: 50 },
      { id: 'switchboard-only', group: 'Web form', percent: 100 },
      { id: 'qualified', group: 'Web form', percent: 0 },
    ]);
  });

  it('names the source with the cheapest qualified lead when several have one', () => {
    const qualifiedWeb = LEADS.map((l) => (l.id === 'b1' ? { ...l, summary: staged('qualified') } : l));
    const cheaper = buildReport(qualifiedWeb, OPTIONS);
    expect(findings(cheaper, 'none').at(-1)).toEqual({ id: 'cheapest-qualified', group: 'Web form', amount: 100 });
  });
});

describe('the report over a selection', () => {
  it('counts only the selected leads, and the others as already stored', () => {
    const report = buildReport(LEADS, { ...OPTIONS, selection: { source: 'Web form' } });
    expect(report.groups.map((g) => g.group)).toEqual(['Web form']);
    expect(report.total).toMatchObject({ leads: 2, duplicatesWithin: 0, duplicatesStored: 1 });
    expect(report.storedLeads).toBe(6);
  });

  it('groups by import batch or campaign, leads without one in the unnamed group', () => {
    expect(buildReport(LEADS, { ...OPTIONS, by: 'batch' }).groups.map((g) => [g.group, g.leads])).toEqual([['fair', 4], ['web', 2]]);
    expect(buildReport(LEADS, { ...OPTIONS, by: 'campaign' }).groups.map((g) => [g.group, g.leads])).toEqual([['', 6]]);
  });

  it('selects by batch, date range and ids', () => {
    const late = { ...LEADS[0]!, id: 'late', createdAt: T0 + 5 * DAY };
    const all = [...LEADS, late];
    expect(buildReport(all, { ...OPTIONS, selection: { batch: 'web' } }).total.leads).toBe(2);
    expect(buildReport(all, { ...OPTIONS, selection: { from: T0 + DAY } }).total.leads).toBe(1);
    expect(buildReport(all, { ...OPTIONS, selection: { to: T0 + DAY } }).total.leads).toBe(6);
    expect(buildReport(all, { ...OPTIONS, selection: { ids: new Set(['a1', 'b2']) } }).total.leads).toBe(2);
  });
});
