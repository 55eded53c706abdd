// DOM helpers shared by the training steps (5, 6, 10): texts bound to message keys so
// translate() rewrites them all, and number formats for percentages and seconds.
import { formatNumber } from '../../i18n/i18n';

export { BoundTexts } from '../../i18n/bound-texts';

/** 0.8812 → "88.1 %" / "88.1%" per language (fixed decimals). */
export const formatPercent = (fraction: number, digits = 1): string =>
  formatNumber(fraction, undefined, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });

export const formatFixed = (value: number, digits: number): string =>
  formatNumber(value, undefined, { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Seconds with one decimal. */
export const formatSeconds = (ms: number): string => formatFixed(ms / 1000, 1);
