/**
 * Issue 13, item 8: a detection answer shaped by a hostile page (a 3 MB company name, a javascript:
 * profile or website) is cut to the capped record shape the automatic reports use, wherever the
 * background takes a record: automatic reports whole or not at all, the engine's answers for the tab,
 * research and the badge value by value.
 */
import { describe, expect, it, vi } from 'vitest';
import type { DetectionRecord } from '../../../src/core/detect/types';
import { cand, record } from '../lead/helpers';

const forged = { current: null as DetectionRecord | null };
// The engine's answer as a hostile page could shape it: what the background does with any answer.
vi.mock('../../../src/core/detect', () => ({ detectSnapshot: () => ({ url: 'https://acme.example/', record: forged.current, candidates: [], elapsedMs: 1 }) }));
const { detectPage } = await import('../../../src/background/engine');
const { acceptAnswer } = await import('../../../src/background/auto-detect');
const { capRecord } = await import('../../../src/background/report-shape');
const { WARMUP_SNAPSHOT } = await import('../../../src/background/engine-warmup');

const PHONE = cand('phone', { e164: '+4930123456', kind: 'voice', raw: '030 123456' });
const GOOD_SOCIAL = cand('social', { network: 'linkedin', url: 'https://www.linkedin.com/company/acme' });

function hostile(): DetectionRecord {
  return record({
    company: cand('company', { name: `${'A'.repeat(3_000_000)} GmbH` }),
    website: cand('website', 'javascript:alert(document.domain)'),
    socials: [cand('social', { network: 'linkedin', url: 'javascript:alert(1)//www.linkedin.com/company/x' }), cand('social', { network: 'xing', url: 'data:text/html,<script>alert(1)</script>' }), GOOD_SOCIAL],
    phones: [PHONE],
    emails: Array.from({ length: 300 }, (_, i) => cand('email', `a${i}@acme.example`)),
  });
}

describe('the capped record shape', () => {
  it('leaves out what does not fit and keeps the rest as it was', () => {
    const capped = capRecord(hostile());
    expect(capped.company).toBeNull();
    expect(capped.website).toBeNull();
    expect(capped.socials).toEqual([GOOD_SOCIAL]);
    expect(capped.phones).toEqual([PHONE]);
    expect(capped.emails).toHaveLength(100);
    const fine = record({ company: cand('company', { name: 'Acme GmbH', legalForm: 'GmbH' }), website: cand('website', 'https://acme.example'), socials: [GOOD_SOCIAL] });
    expect(capRecord(fine)).toEqual(fine);
    // Values that fit are the same objects: what research added to their source stays.
    const withPage = record({ phones: [{ ...PHONE, source: { ...PHONE.source, url: 'https://acme.example/impressum', alsoOn: ['https://acme.example/kontakt'] } }] });
    expect(capRecord(withPage).phones[0]).toBe(withPage.phones[0]);
  });

  it('cuts every answer of the engine in the background to it', () => {
    forged.current = hostile();
    const { record: r } = detectPage(WARMUP_SNAPSHOT);
    expect(r.company).toBeNull();
    expect(r.website).toBeNull();
    expect(r.socials.map((s) => s.value.url)).toEqual(['https://www.linkedin.com/company/acme']);
    expect(r.emails).toHaveLength(100);
  });

  it('refuses an automatic report with a javascript: profile or website whole', () => {
    const page = { url: 'https://acme.example/kontakt' };
    const report = (rec: DetectionRecord) => ({ url: page.url, record: rec });
    expect(acceptAnswer(report(record({ socials: [GOOD_SOCIAL], phones: [PHONE] })), page)).not.toBeNull();
    expect(acceptAnswer(report(record({ socials: [cand('social', { network: 'linkedin', url: 'javascript:alert(1)//linkedin.com/company/x' })] })), page)).toBeNull();
    expect(acceptAnswer(report(record({ website: cand('website', 'data:text/html,x') })), page)).toBeNull();
    expect(acceptAnswer(report(record({ company: cand('company', { name: 'A'.repeat(3_000_000) }) })), page)).toBeNull();
  });
});
