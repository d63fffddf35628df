// Types for scripts/make-transliteration.mjs (imported by test/unit/core/transliterate.test.ts).
export function defaultReplacements(): Promise<Map<string, string>>;
export function packageVersion(): string;
export function patternSource(replacements: Map<string, string>): string;
export function render(replacements: Map<string, string>, version: string): string;
export const OUT: URL;
