/**
 * CSV cells a spreadsheet would run as a formula get a leading apostrophe on export (CSV injection).
 * A plain phone number such as "+49 89 4711280" or "-20" cannot run anything, so it stays as it is;
 * and an apostrophe that such escaping added is removed again on import.
 */
export const FORMULA_CELL = /^[=@\t\r]|^[+-](?![\d\s()./-]*$)/u;

const ESCAPED = /^'[=+\-@\t\r]/u;

export function unescapeFormula(cell: string): string {
  return ESCAPED.test(cell) ? cell.slice(1) : cell;
}
