/** Numbers and dates in the rep's UI language. */

export function formatNumber(n: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(n);
}

export function formatPercent(percent: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

export function formatDate(at: number, locale: string, style: 'short' | 'medium' = 'medium'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: style }).format(at);
}

export function formatDateTime(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** The CSV export's default language and delimiter: German Excel reads only ";" files as columns. */
export function exportDefaults(locale: string): { language: 'de' | 'en'; delimiter: ';' | ',' } {
  return locale.toLowerCase().startsWith('de') ? { language: 'de', delimiter: ';' } : { language: 'en', delimiter: ',' };
}
