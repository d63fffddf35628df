import { describe, expect, it } from 'vitest';
import { fakeSignals, isNotACompany, isPlaceholderEmail, isPlaceholderName, isPlaceholderPhone, usesFreeMail } from '../../../src/core/report/placeholders';
import { lead } from '../lead/helpers';

const disposable = new Set(['mailinator.com', 'trashmail.de']);
const isDisposable = (d: string) => disposable.has(d);

describe('placeholder names', () => {
  it.each(['test', 'Test', 'asdf', 'Max Mustermann', 'Erika Mustermann', 'John Doe', 'xxx', 'aaaa', 'n/a', '---', 'Test Test'])('%s is a placeholder', (name) => {
    expect(isPlaceholderName(name)).toBe(true);
  });
  it.each(['Anna Schäfer', 'Müller', 'Testa', 'Max Müller', 'Li', 'Bär'])('%s is a name', (name) => {
    expect(isPlaceholderName(name)).toBe(false);
  });
});

describe('placeholder phones', () => {
  it.each(['0123456789', '+49 000 123456', '0 98765432', '0000000', '+1 847 555 5555', '089 1111111', '123'])('%s is a placeholder', (raw) => {
    expect(isPlaceholderPhone(raw)).toBe(true);
  });
  it.each(['+49 89 3000000', '089 1234 0', '+41 44 668 18 00', '030 2250 8000', '0171 4455667', '+49 89 1234567'])('%s is a number', (raw) => {
    expect(isPlaceholderPhone(raw)).toBe(false);
  });
});

describe('placeholder e-mails and non-companies', () => {
  it('knows made-up mailboxes and reserved domains', () => {
    expect(isPlaceholderEmail('test@acme.de')).toBe(true);
    expect(isPlaceholderEmail('anna@example.com')).toBe(true);
    expect(isPlaceholderEmail('anna@acme.test')).toBe(true);
    expect(isPlaceholderEmail('asdf@asdf.de')).toBe(true);
    expect(isPlaceholderEmail('anna.schaefer@acme.de')).toBe(false);
    expect(isPlaceholderEmail('not an address')).toBe(false);
  });

  it('knows company names that name no company', () => {
    expect(isNotACompany('privat')).toBe(true);
    expect(isNotACompany('Privatperson')).toBe(true);
    expect(isNotACompany('n/a')).toBe(true);
    expect(isNotACompany('12345')).toBe(true);
    expect(isNotACompany('anna@gmail.com')).toBe(true);
    expect(isNotACompany('gmail.com')).toBe(true);
    expect(isNotACompany('Acme GmbH')).toBe(false);
    expect(isNotACompany('Privatbrauerei Schmid KG')).toBe(false);
    expect(isNotACompany('acme.de')).toBe(false);
  });
});

describe('fake-data signals of a lead', () => {
  it('lists each signal once', () => {
    const l = lead({ firstName: 'Max', lastName: 'Mustermann', companyName: 'privat', phone: '0123456789', email: 'x@mailinator.com' });
    expect(fakeSignals(l, isDisposable)).toEqual(['placeholder-name', 'placeholder-phone', 'disposable-email', 'not-a-company']);
  });

  it('finds nothing on a plausible lead', () => {
    expect(fakeSignals(lead({ firstName: 'Anna', lastName: 'Schäfer', companyName: 'Acme GmbH', phone: '+49 89 1234567', email: 'anna@acme.de' }), isDisposable)).toEqual([]);
  });

  it('counts free-mail only on leads with a company', () => {
    expect(usesFreeMail(lead({ companyName: 'Acme GmbH', email: 'acme.info@gmail.com' }))).toBe(true);
    expect(usesFreeMail(lead({ companyName: 'Acme GmbH', personEmail: 'anna@outlook.de' }))).toBe(true);
    expect(usesFreeMail(lead({ email: 'anna@gmail.com' }))).toBe(false);
    expect(usesFreeMail(lead({ companyName: 'Acme GmbH', email: 'anna@acme.de' }))).toBe(false);
  });
});
