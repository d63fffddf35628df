import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET, validateRuleSet } from '../../../src/core/lead/scoring';
import { addTickedRule, issueKey, issuesByPath, parseWhole, removeRule, suggestSignalId, updateRule } from '../../../src/options/rules-model';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { checkSettings, issuesUnder } from '../../../src/options/settings-model';

describe('rule editing', () => {
  it('edits points and labels, removes and adds ticked signals', () => {
    let set = updateRule(DEFAULT_RULE_SET, 0, { points: 30, label: 'Kontakt vollständig' });
    expect(set.rules[0]).toMatchObject({ points: 30, label: 'Kontakt vollständig', signal: 'complete-contact' });
    expect(DEFAULT_RULE_SET.rules[0]?.points).toBe(20);
    set = addTickedRule(removeRule(set, 4), ' messe-kontakt ', ' Messekontakt ', 15);
    expect(set.rules.at(-1)).toEqual({ id: 'messe-kontakt', label: 'Messekontakt', points: 15, signal: 'ticked', flag: 'messe-kontakt' });
    expect(validateRuleSet(set).ok).toBe(true);
  });

  it('reports errors where they belong', () => {
    const bad = addTickedRule(updateRule(DEFAULT_RULE_SET, 1, { points: 500 }), 'visited-pricing', 'Again', 5);
    const v = validateRuleSet({ ...bad, threshold: Number.NaN });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const byPath = issuesByPath(v.errors);
    expect([...byPath.keys()].sort()).toEqual(['rules', 'rules.1.points', 'threshold']);
    expect(byPath.get('rules')).toEqual(['check']);
    expect(issueKey('rules.1.points', 'max_value')).toBe('optErrPoints');
    expect(issueKey('threshold', 'number')).toBe('optErrThreshold');
    expect(issueKey('rules', 'check')).toBe('optErrRuleIdsUnique');
    expect(issueKey('rules', 'non_empty')).toBe('optErrRulesEmpty');
    expect(issueKey('rules', 'max_length')).toBe('optErrRulesTooMany');
    expect(issueKey('rules.5.flag', 'regex')).toBe('optErrSignalId');
    // A check without its own message still reads in the rep's language.
    expect(issueKey('somewhere', 'x')).toBe('optErrInvalid');
  });

  it('proposes signal ids from labels', () => {
    expect(suggestSignalId('Messekontakt 2025!')).toBe('messekontakt-2025');
    expect(suggestSignalId('Größe über 50 Mitarbeiter')).toBe('groesse-ueber-50-mitarbeiter');
    expect(suggestSignalId('  Café-Besuch ')).toBe('cafe-besuch');
    expect(suggestSignalId('x'.repeat(39) + ' y')).toBe('x'.repeat(39));
    expect(suggestSignalId('!!!')).toBe('');
  });

  it('parses whole numbers only', () => {
    expect(parseWhole('12')).toBe(12);
    expect(parseWhole(' -3 ')).toBe(-3);
    expect(parseWhole('1.5')).toBeNaN();
    expect(parseWhole('')).toBeNaN();
  });
});

describe('settings checks', () => {
  it('accepts the defaults and places retention errors by path', () => {
    expect(checkSettings(DEFAULT_SETTINGS).ok).toBe(true);
    const r = checkSettings({ ...DEFAULT_SETTINGS, retention: { staleAfterMonths: 0, graceDays: Number.NaN }, profile: [] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(issuesUnder(r.issues, 'retention').map((i) => i.path).sort()).toEqual(['graceDays', 'staleAfterMonths']);
    const profile = issuesUnder(r.issues, 'profile');
    expect(profile.map((i) => i.path)).toEqual(['profile']);
    expect(issueKey('profile', profile[0]?.rule ?? '')).toBe('optErrProfileEmpty');
  });
});
