// Types for scripts/make-first-names.mjs (imported by test/unit/names/first-names.test.ts).
export function firstNames(locales?: Record<string, unknown>): string[];
export function hangulFamilyNames(locales?: Record<string, unknown>): string[];
export function render(names: string[], version: string, family?: string[]): string;
export function fakerVersion(): Promise<string>;
export const OUT: URL;
