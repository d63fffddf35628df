/**
 * The report over stored report inputs equals the report over the whole leads: on a mixed batch (every
 * kind of import state, stage history, validity and fake-data signal, texts holding the column
 * separator), for every grouping and selection, and under a profile other than the one the inputs were
 * derived under (inputs keep no profile-dependent figure).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, type Profile } from '../../../src/core/lead/completeness';
import { withKeys } from '../../../src/core/lead/lead';
import { DEFAULT_RULE_SET } from '../../../src/core/lead/scoring';
import { summarise } from '../../../src/core/lead/summary';
import type { Lead, LeadField, Provenance, Stage, StageChange } from '../../../src/core/lead/types';
import { createReport, type ReportOptions } from '../../../src/core/report/report';
import { FLAGS, hasBit, reportInputOf } from '../../../src/core/report/report-input';
import type { Selection } from '../../../src/core/report/selection';
import { fromColumns, toColumns } from '../../../src/shared/db/report-rows';
import { lead, T0 } from '../lead/helpers';

const DAY = 86_400_000;
const fromBatch = (batch: string, at = T0): Provenance => ({ kind: 'imported', at, batch });
const staged = (stage: Stage) => ({ completeness: 0, score: 0, ready: false, stage, search: '', company: '' });
const history = (...changes: [Stage, number][]): StageChange[] => changes.map(([stage, day]) => ({ stage, at: T0 + day * DAY }));
const snapshot = (complete: boolean, batch: string) => ({ at: T0, batch, completeness: complete ? 100 : 25, complete, missing: complete ? [] : ['phone'] });

const FULL: Partial<Record<LeadField, string>> = {
  companyName: 'Acme GmbH', website: 'https://www.acme.de', phone: '+49 89 1234567', email: 'info@acme.de',
  street: 'Hauptstraße 1', postalCode: '80331', city: 'München', firstName: 'Anna', lastName: 'Schäfer',
};

/**
 * A lead as the repository stores it: keys derived, and a summary (under the default rules) unless
 * it has one: the stage the report counts is the summary's, written again by the rescore job when the rules change.
 */
function keyed(values: Partial<Record<LeadField, string>>, extra: Partial<Lead>, source?: Provenance): Lead {
  const l = withKeys(lead(values, extra, source));
  return { ...l, summary: l.summary ?? summarise(l, { profile: DEFAULT_PROFILE, scoring: DEFAULT_RULE_SET }) };
}

/** A batch mixing what the report tells apart; `i` varies ids, numbers and dates. */
function mixedBatch(): Lead[] {
  const out: Lead[] = [];
  for (let i = 0; i < 12; i++) {
    const day = i % 5;
    const campaign = ['Spring fair', 'Web form', 'Cold call\u0000list'][i % 3]!;
    const common = { id: `m${String(i).padStart(2, '0')}`, createdAt: T0 + day * DAY };
    out.push(
      keyed({ ...FULL, source: 'Fair', campaign, personEmail: `anna${i}@acme.de` }, {
        ...common, atImport: snapshot(true, 'fair'), summary: staged('qualified'),
        stageHistory: history(['needs-research', 0], ['unqualified', 1], ['pre-qualified', 3], ['qualified', 4]),
      }, fromBatch('fair')),
      keyed({ companyName: `Beta ${i} AG`, website: 'beta', phone: '+41 44 668 18 00', country: 'DE', email: 'broken@', source: 'Web form', campaign }, {
        id: `b${i}`, createdAt: T0 + (day + 1) * DAY, atImport: snapshot(false, 'web'), summary: staged('unqualified'),
        stageHistory: history(['needs-research', 0], ['unqualified', 2], ['needs-research', 3], ['unqualified', 4]),
      }, fromBatch('web')),
      // Imported before snapshots were kept.
      keyed({ firstName: 'Max', lastName: 'Mustermann', companyName: 'privat', phone: '0123456789', email: `max${i % 2}@mailinator.com`, source: 'Fair' }, { id: `c${i}`, createdAt: T0 }, fromBatch('old')),
      // Typed by the rep: free mail on a company, a duplicate phone of the fair's leads.
      keyed({ companyName: 'Gamma KG', email: 'gamma.sales@gmail.com', phone: '+49 89 1234567', mobile: '+49 151 23456789', source: 'Rep\u0000typed' }, { id: `d${i}`, createdAt: T0 + day * DAY }),
      keyed({ companyName: 'test', email: 'asdf@asdf.de', website: 'https://192.168.0.1', phone: '+49 000 123456' }, { id: `e${i}`, createdAt: T0 + 2 * DAY }),
      // Arrived complete before snapshots were kept; the rep typed over its first name since.
      keyed({ ...FULL, source: 'Fair' }, { id: `f${i}`, createdAt: T0 + day * DAY }, fromBatch('old')),
      // Nothing but a number, which every third of them shares.
      keyed({ lastName: `Solo${i}`, phone: `+49 30 ${5_550_000 + (i % 3 ? i : 0)}`, campaign }, { id: `g${i}`, createdAt: T0 + day * DAY }, fromBatch('web')),
    );
    out[out.length - 2] = { ...out[out.length - 2]!, fields: { ...out[out.length - 2]!.fields, firstName: { value: 'Anne', source: { kind: 'typed', at: T0 } } } };
  }
  return out;
}

/** Each lead's input as the database gives it back: derived, stored as columns, read again. */
const storedInputs = (leads: readonly Lead[]) => fromColumns(structuredClone(toColumns(leads.map((l) => reportInputOf(l)))))!;

const PROFILES: Record<string, Profile> = {
  default: DEFAULT_PROFILE,
  // The rep asks for a mobile and a role too, and no longer for the street.
  strict: [...DEFAULT_PROFILE.filter((r) => r.id !== 'street'), { id: 'mobile', anyOf: [['mobile']] }, { id: 'role', anyOf: [['role'], ['firstName', 'lastName']] }],
};

const SELECTIONS: Record<string, Selection> = {
  all: {},
  batch: { batch: 'fair' },
  campaign: { campaign: 'Cold call\u0000list' },
  dates: { from: T0 + DAY, to: T0 + 3 * DAY },
  ids: { ids: new Set(['m00', 'b1', 'c2', 'd3', 'e4', 'nowhere']) },
};

describe('the report over stored inputs', () => {
  const leads = mixedBatch();
  const inputs = storedInputs(leads);

  it.each(Object.keys(PROFILES).flatMap((p) => (['source', 'campaign', 'batch'] as const).flatMap((by) => Object.keys(SELECTIONS).map((s) => [p, by, s] as const))))(
    'equals the report over the leads (profile %s, by %s, selection %s)', (profile, by, selection) => {
      const options: ReportOptions = {
        by, selection: SELECTIONS[selection]!, profile: PROFILES[profile]!, now: T0 + 10 * DAY,
        isDisposableDomain: (d) => d === 'mailinator.com', costs: { 'source:Fair': 300, 'campaign:Web form': 50, 'batch:web': 20 },
      };
      const fromLeads = createReport(options);
      for (const l of leads) fromLeads.add(l);
      const fromInputs = createReport(options);
      for (const input of inputs) fromInputs.addInput(input);
      const report = fromInputs.result();
      expect(report).toEqual(fromLeads.result());
      // Not an empty comparison: the batch shows what it mixes.
      if (selection === 'all') {
        expect(report.total.leads).toBe(84);
        expect(report.total.duplicates).toBeGreaterThan(0);
        expect(report.total.looksInvented).toBeGreaterThan(0);
        expect(report.total.invalid).toBeGreaterThan(0);
      }
      // Hand-counted: the old batch's 12 complete arrivals (f) and 12 placeholders (c), by their imported values.
      if (by === 'batch' && selection === 'all' && profile === 'default') {
        expect(report.groups.find((g) => g.group === 'old')).toMatchObject({ leads: 24, imported: 24, completeAtImport: 12 });
      }
    },
  );

  it('keeps which fields have a value, not how complete that is', () => {
    const input = reportInputOf(leads[0]!);
    expect(hasBit(input.present, 'mobile')).toBe(false);
    expect(hasBit(input.present, 'personEmail')).toBe(true);
    expect(hasBit(input.present, 'campaign')).toBe(true);
    expect(input.imported).toBe('complete');
    const old = reportInputOf(leads[2]!);
    expect(old.imported).toBe('by-provenance');
    expect(hasBit(old.importedPresent, 'lastName')).toBe(true);
    expect(old.flags & FLAGS.placeholderName).toBeTruthy();
    expect(old.mailDomains).toEqual(['mailinator.com']);
    expect(reportInputOf(leads[1]!).flags & (FLAGS.phoneOtherCountry | FLAGS.invalidEmail | FLAGS.invalidWebsite)).toBe(FLAGS.phoneOtherCountry | FLAGS.invalidEmail | FLAGS.invalidWebsite);
  });
});
