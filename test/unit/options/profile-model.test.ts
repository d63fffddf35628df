import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../../src/core/lead/completeness';
import { describeRequirement, profileChoices, toggleRequirement } from '../../../src/options/profile-model';

describe('profile choices', () => {
  it('offers the defaults, checked, and single fields the defaults do not cover', () => {
    const choices = profileChoices(DEFAULT_PROFILE);
    const defaults = choices.filter((c) => c.kind === 'default');
    expect(defaults.map((c) => c.requirement.id)).toEqual(DEFAULT_PROFILE.map((r) => r.id));
    expect(defaults.every((c) => c.checked)).toBe(true);
    const fields = choices.filter((c) => c.kind === 'field').map((c) => c.requirement.id);
    expect(fields).toContain('vatId');
    expect(fields).toContain('firstName');
    // Covered by a default requirement already (same id, or the same single field).
    expect(fields).not.toContain('phone');
    expect(fields).not.toContain('companyName');
    expect(fields).not.toContain('lastName');
    expect(choices.every((c) => c.kind !== 'field' || !c.checked)).toBe(true);
  });

  it('keeps a stored requirement it does not know, as custom', () => {
    const custom = { id: 'fullContact', anyOf: [['firstName', 'lastName'] as const].map((a) => [...a]) };
    const choices = profileChoices([...DEFAULT_PROFILE, custom]);
    expect(choices.filter((c) => c.kind === 'custom')).toEqual([{ requirement: custom, kind: 'custom', checked: true }]);
  });

  it('a requirement with a default id but other fields is custom', () => {
    const choices = profileChoices([{ id: 'phone', anyOf: [['phone']] }]);
    expect(choices.find((c) => c.kind === 'default' && c.requirement.id === 'phone')?.checked).toBe(false);
    expect(choices.find((c) => c.kind === 'custom')?.requirement).toEqual({ id: 'phone', anyOf: [['phone']] });
  });

  it('adds at the end and removes by id', () => {
    const withVat = toggleRequirement(DEFAULT_PROFILE, { id: 'vatId', anyOf: [['vatId']] }, true);
    expect(withVat.at(-1)).toEqual({ id: 'vatId', anyOf: [['vatId']] });
    expect(profileChoices(withVat).find((c) => c.requirement.id === 'vatId')?.checked).toBe(true);
    const without = toggleRequirement(withVat, { id: 'website', anyOf: [['website']] }, false);
    expect(without.map((r) => r.id)).not.toContain('website');
    expect(without).toHaveLength(DEFAULT_PROFILE.length);
  });

  it('describes a requirement by its fields', () => {
    const label = (f: string) => f.toUpperCase();
    expect(describeRequirement({ id: 'phone', anyOf: [['phone'], ['directPhone'], ['mobile']] }, label)).toBe('PHONE / DIRECTPHONE / MOBILE');
    expect(describeRequirement({ id: 'x', anyOf: [['firstName', 'lastName']] }, label)).toBe('FIRSTNAME + LASTNAME');
  });
});
