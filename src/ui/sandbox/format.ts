// How the sandbox writes its numbers, in the current language: shapes as Keras prints them
// without the batch axis (13 × 13 × 8), counts in compact form (24.3K / 2.4万), bytes in binary
// units (1 MiB = 2²⁰ bytes), seconds with a sensible number of digits.
import { formatNumber, type Language } from '../i18n/i18n';

export function formatShape(shape: readonly number[]): string {
  return shape.map((d) => formatNumber(d, 'en', { useGrouping: false })).join(' × ');
}

/** 1234 → "1.2K" (en) / "1234" (zh); below 10,000 the plain number. */
export function formatCount(value: number, language?: Language): string {
  if (!Number.isFinite(value)) return '–';
  if (Math.abs(value) < 10_000) return formatNumber(Math.round(value), language);
  return formatNumber(value, language, { notation: 'compact', maximumFractionDigits: 1 });
}

const UNITS = ['B', 'KiB', 'MiB', 'GiB'] as const;

export function formatBytes(bytes: number, language?: Language): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '–';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${formatNumber(value, language, { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${UNITS[unit]}`;
}

/** Seconds: milliseconds under 1 s, one decimal under 10 s, whole seconds under 10 minutes, then minutes. */
export function formatDuration(seconds: number, language?: Language): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '–';
  if (seconds < 1) return `${formatNumber(Math.round(seconds * 1000), language)} ms`;
  if (seconds < 10) return `${formatNumber(seconds, language, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;
  if (seconds < 600) return `${formatNumber(Math.round(seconds), language)} s`;
  return `${formatNumber(Math.round(seconds / 60), language)} min`;
}
