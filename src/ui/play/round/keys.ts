// The answer keys of a round (pure): options 1 … 9 are keys 1 … 9, the tenth is 0.

/** The key that picks option `i`. */
export const optionKey = (i: number): string => String((i + 1) % 10);

/** The option a key picks, or -1. */
export const optionOfKey = (key: string): number => (/^[0-9]$/.test(key) ? (Number(key) + 9) % 10 : -1);
