/** An amount as the rep types it, in either decimal style. */

/** "12,50" and "12.50" alike; "" removes the cost; anything else is refused. */
export function parseAmount(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/\s/g, '');
  if (!trimmed) return null;
  const normal = /,\d{1,2}$/.test(trimmed) ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed.replace(/,/g, '');
  const n = Number(normal);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}
