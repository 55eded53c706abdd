// CSV text for spreadsheets: RFC 4180 quoting, and formula injection defused — a text cell that
// starts with = + - @ or a tab/CR would run as a formula in Excel/LibreOffice, so it gets a
// leading apostrophe (OWASP's advice). Numbers and booleans are written as they are.

export type Cell = string | number | boolean | null | undefined;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const plainNumber = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(value); // '-3' from the database is data, not a formula
  const safe = !plainNumber && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
