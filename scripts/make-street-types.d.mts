// Types for scripts/make-street-types.mjs (imported by test/unit/names/street-types.test.ts).
export function streetTypes(groupsByLanguage?: Record<string, { tokens: string[]; type?: string; regex?: boolean }[]>): string[];
export function render(words: string[], version: string): string;
export function packageVersion(): string;
export const OUT: URL;
