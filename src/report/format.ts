/** A report cell's figure in the rep's language (Intl), and its raw value for exports and tests. */
import { formatNumber, formatPercent } from '../shared/format';
import type { GroupFigures } from '../core/report/figures';
import type { Measure } from './measures';

export const NO_FIGURE = '–';

export function formatDays(days: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 }).format(days);
}

export function formatMoney(amount: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
}

/** The share a count is of its base, in whole percent; null without a base. */
export function shareOf(measure: Measure, g: GroupFigures): number | null {
  const value = measure.value(g);
  const base = measure.of?.(g);
  return value === null || !base ? null : (value / base) * 100;
}

export function cellText(measure: Measure, g: GroupFigures, locale: string, currency: string): string {
  const value = measure.value(g);
  if (value === null) return NO_FIGURE;
  switch (measure.kind) {
    case 'count': {
      const share = shareOf(measure, g);
      return share === null || measure.name === 'leads' ? formatNumber(value, locale) : `${formatNumber(value, locale)} (${formatPercent(share, locale)})`;
    }
    case 'percent': return formatPercent(value, locale);
    case 'rate': return formatPercent(value * 100, locale);
    case 'days': return formatDays(value, locale);
    case 'money': return formatMoney(value, currency, locale);
  }
}
