/** The figures of one group of leads (a source, campaign or batch, or all of them) and how they are counted. */
import { completenessBy, type Completeness, type Profile } from '../lead/completeness';
import type { Stage } from '../lead/types';
import { createFunnelCounter, leadStints, type Funnel, type LeadStints } from './funnel';
import { FAKE_SIGNALS, type FakeSignal } from './placeholders';
import { REACH, type Reach } from './reachability';
import { FLAGS, hasBit, SIGNAL_FLAGS, type ReportInput } from './report-input';
import type { Validity } from './validity';

export interface GroupFigures {
  /** The source, campaign or batch; "" for leads without one; null for the total over all groups. */
  group: string | null;
  leads: number;
  complete: number;
  /** Mean completeness in percent, whole. */
  completeness: number;
  /** Imported leads, of them complete at import, and of those incomplete at import complete now. */
  imported: number;
  completeAtImport: number;
  becameComplete: number;
  /** Requirement id → leads missing it now, most often missing first. */
  missing: { requirement: string; leads: number }[];
  invalidPhone: number;
  phoneOtherCountry: number;
  invalidEmail: number;
  invalidWebsite: number;
  /** Leads with at least one validity problem. */
  invalid: number;
  fake: Record<FakeSignal, number>;
  /** Leads with at least one fake-data signal. */
  looksInvented: number;
  freeMail: number;
  reach: Record<Reach, number>;
  /** Leads sharing an e-mail, phone, company domain, VAT id or register with another lead of the group. */
  duplicatesWithin: number;
  /** Leads sharing one with a stored lead outside the group. */
  duplicatesStored: number;
  /** Leads with either kind of duplicate. */
  duplicates: number;
  funnel: Funnel;
  /** What the rep entered for the group; null when nothing (for the total: unless every group has one). */
  cost: number | null;
  costPerLead: number | null;
  costPerComplete: number | null;
  costPerQualified: number | null;
}

/** What the report reads off one lead, once, whatever groups it counts in. */
export interface LeadFacts {
  stints: LeadStints;
  completeness: Completeness;
  /** Whether the lead arrived complete; null for a lead not imported. */
  atImport: { complete: boolean } | null;
  validity: Validity;
  signals: readonly FakeSignal[];
  freeMail: boolean;
  reach: Reach;
  stage: Stage;
}

const AT_IMPORT = { complete: { complete: true }, incomplete: { complete: false } } as const;

/**
 * Reads the facts of report inputs under the rep's profile. A report sees few distinct sets of
 * filled fields, so each set's completeness is worked out once.
 */
export function createFactsReader(profile: Profile, isDisposableDomain: (domain: string) => boolean, now: number): (input: ReportInput) => LeadFacts {
  const byPresent = new Map<number, Completeness>();
  const completenessOf = (present: number) => {
    let c = byPresent.get(present);
    if (!c) byPresent.set(present, (c = completenessBy((f) => hasBit(present, f), profile)));
    return c;
  };
  const atImportOf = (input: ReportInput) => {
    if (input.imported === 'none') return null;
    if (input.imported === 'by-provenance') return { complete: completenessOf(input.importedPresent).complete };
    return AT_IMPORT[input.imported];
  };
  return (input) => {
    const f = input.flags;
    const disposable = input.mailDomains.length > 0 && input.mailDomains.some(isDisposableDomain);
    return {
      stints: leadStints(input.stageHistory, input.stage, now),
      completeness: completenessOf(input.present),
      atImport: atImportOf(input),
      validity: VALIDITY[f & VALIDITY_BITS]!,
      signals: SIGNALS[(disposable ? SIGNAL_COMBINATIONS : 0) + ((f & SIGNAL_BITS) >>> SIGNAL_SHIFT)]!,
      freeMail: (f & FLAGS.freeMail) !== 0,
      reach: input.reach,
      stage: input.stage,
    };
  };
}

/** The validity of each combination of the four validity flags (bits 0–3), made once, shared by the leads. */
const VALIDITY_BITS = FLAGS.invalidPhone | FLAGS.phoneOtherCountry | FLAGS.invalidEmail | FLAGS.invalidWebsite;
const VALIDITY: readonly Validity[] = Array.from({ length: VALIDITY_BITS + 1 }, (_, f) => ({
  invalidPhone: (f & FLAGS.invalidPhone) !== 0,
  phoneOtherCountry: (f & FLAGS.phoneOtherCountry) !== 0,
  invalidEmail: (f & FLAGS.invalidEmail) !== 0,
  invalidWebsite: (f & FLAGS.invalidWebsite) !== 0,
}));

/** The signals of each combination of the four signal flags (bits 4–7), without and with a disposable domain, in FAKE_SIGNALS order. */
const SIGNAL_SHIFT = 4;
const SIGNAL_BITS = Object.values(SIGNAL_FLAGS).reduce((a, b) => a | b, 0);
const SIGNAL_COMBINATIONS = (SIGNAL_BITS >>> SIGNAL_SHIFT) + 1;
const SIGNALS: readonly (readonly FakeSignal[])[] = Array.from({ length: 2 * SIGNAL_COMBINATIONS }, (_, i) => {
  const f = (i % SIGNAL_COMBINATIONS) << SIGNAL_SHIFT;
  const disposable = i >= SIGNAL_COMBINATIONS;
  return FAKE_SIGNALS.filter((signal) => (signal === 'disposable-email' ? disposable : (f & SIGNAL_FLAGS[signal]) !== 0));
});

/** Counts one group lead by lead; duplicates and cost are filled in by the report once all leads are read. */
export function createGroupCounter(group: string | null) {
  let leads = 0, imported = 0, completeAtImport = 0, becameComplete = 0;
  let invalidPhone = 0, phoneOtherCountry = 0, invalidEmail = 0, invalidWebsite = 0, invalid = 0, looksInvented = 0, freeMail = 0;
  const byCompleteness = new Map<Completeness, number>();
  const fake = Object.fromEntries(FAKE_SIGNALS.map((s) => [s, 0])) as Record<FakeSignal, number>;
  const reach = Object.fromEntries(REACH.map((r) => [r, 0])) as Record<Reach, number>;
  const funnel = createFunnelCounter();

  return {
    add(facts: LeadFacts): void {
      leads += 1;
      const c = facts.completeness;
      // Few distinct completenesses (one per set of filled fields): their requirements are added up once each, at the end.
      byCompleteness.set(c, (byCompleteness.get(c) ?? 0) + 1);
      if (facts.atImport) {
        imported += 1;
        if (facts.atImport.complete) completeAtImport += 1;
        else if (c.complete) becameComplete += 1;
      }
      const v = facts.validity;
      invalidPhone += Number(v.invalidPhone);
      phoneOtherCountry += Number(v.phoneOtherCountry);
      invalidEmail += Number(v.invalidEmail);
      invalidWebsite += Number(v.invalidWebsite);
      invalid += Number(v.invalidPhone || v.phoneOtherCountry || v.invalidEmail || v.invalidWebsite);
      for (const s of facts.signals) fake[s] += 1;
      looksInvented += Number(facts.signals.length > 0);
      freeMail += Number(facts.freeMail);
      reach[facts.reach] += 1;
      funnel.add(facts.stints);
    },
    result(): GroupFigures {
      let complete = 0, percentSum = 0;
      const missing = new Map<string, number>();
      for (const [c, n] of byCompleteness) {
        percentSum += c.percent * n;
        if (c.complete) complete += n;
        for (const id of c.missing) missing.set(id, (missing.get(id) ?? 0) + n);
      }
      return {
        group, leads, complete, completeness: leads ? Math.round(percentSum / leads) : 0,
        imported, completeAtImport, becameComplete,
        missing: [...missing].map(([requirement, n]) => ({ requirement, leads: n })).sort((a, b) => b.leads - a.leads || a.requirement.localeCompare(b.requirement)),
        invalidPhone, phoneOtherCountry, invalidEmail, invalidWebsite, invalid,
        fake, looksInvented, freeMail, reach,
        duplicatesWithin: 0, duplicatesStored: 0, duplicates: 0,
        funnel: funnel.result(),
        cost: null, costPerLead: null, costPerComplete: null, costPerQualified: null,
      };
    },
  };
}

/** Cost per lead, per complete lead and per qualified lead; null where there is no cost or nothing to divide by. */
export function withCost(figures: GroupFigures, cost: number | null): GroupFigures {
  const per = (n: number) => (cost !== null && n > 0 ? cost / n : null);
  return { ...figures, cost, costPerLead: per(figures.leads), costPerComplete: per(figures.complete), costPerQualified: per(figures.funnel.reached.qualified) };
}
