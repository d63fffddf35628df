export const PHONE_COUNTRIES: string[];
export function filterMetadata(full: unknown, countries: readonly string[]): unknown;
export const TARGET: URL;
