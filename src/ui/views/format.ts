// Number formats the views and steps share, in the current language (fixed decimals, so columns of
// numbers line up and a value does not jump in width while it changes).
import { formatNumber } from '../i18n/i18n';

/** 0.8812 → "88.1 %" / "88.1%" per language. */
export const formatPercent = (fraction: number, digits = 1): string =>
  formatNumber(fraction, undefined, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });

export const formatFixed = (value: number, digits: number): string =>
  formatNumber(value, undefined, { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Milliseconds as seconds with one decimal. */
export const formatSeconds = (ms: number): string => formatFixed(ms / 1000, 1);
