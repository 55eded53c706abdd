// "Meet the data", the plain logic: which images the class gallery shows, where they go, which
// five images the learner names, and the score. No DOM, no Pixi (tested in Node).
import { CLASS_COUNT } from '../../../../data/classes';
import { IMAGE_SIZE } from '../../../../data/idx';

/** For each class 0..9, the indices of its first `perClass` images (fewer if the set has fewer). */
export function firstOfEachClass(labels: Uint8Array, perClass: number): number[][] {
  const rows: number[][] = Array.from({ length: CLASS_COUNT }, () => []);
  let full = 0;
  for (let i = 0; i < labels.length && full < CLASS_COUNT; i++) {
    const row = rows[labels[i]];
    if (row.length < perClass) {
      row.push(i);
      if (row.length === perClass) full++;
    }
  }
  return rows;
}

export function classCounts(labels: Uint8Array): number[] {
  const counts = new Array<number>(CLASS_COUNT).fill(0);
  for (const label of labels) counts[label]++;
  return counts;
}

/**
 * The images to name: for each wanted class in turn, its first image in `labels`, in the order the
 * images appear (so the classes are not presented in a guessable order).
 */
export function pickImagesToName(labels: Uint8Array, wanted: readonly number[]): number[] {
  const picked = wanted.map((label) => labels.indexOf(label)).filter((index) => index >= 0);
  return picked.sort((a, b) => a - b);
}

/** The five classes of the naming task: two easy, one tricky (shirt), footwear twice. */
export const CLASSES_TO_NAME = [9, 1, 6, 5, 8] as const;

export const NAME_POINTS_EACH = 2;
export const DATA_STEP_POINTS = 10;

/** How many of `answers` (class per image, or null) match `labels`. */
export function namingScore(answers: readonly (number | null)[], labels: readonly number[]): number {
  return answers.reduce<number>((sum, answer, i) => sum + (answer === labels[i] ? 1 : 0), 0);
}

export interface ClassRowsLayout {
  /** Width of the label band at the left of each row (CSS px; the DOM labels go there). */
  labelWidth: number;
  tile: number;
  gap: number;
  /** Images shown per class row. */
  columns: number;
  rowHeight: number;
  height: number;
}

/**
 * Ten rows (one per class) of whole-pixel-multiple tiles beside a label band: 2× tiles as long as
 * at least 4 images fit, else 1×; at most `maxColumns` images per row.
 */
export function classRowsLayout(width: number, maxColumns: number): ClassRowsLayout {
  const gap = 6;
  const labelWidth = Math.min(150, Math.max(96, Math.round(width * 0.2)));
  const fit = (tile: number) => Math.floor((width - labelWidth + gap) / (tile + gap));
  const tile = fit(2 * IMAGE_SIZE) >= 4 ? 2 * IMAGE_SIZE : IMAGE_SIZE;
  const columns = Math.max(1, Math.min(maxColumns, fit(tile)));
  const rowHeight = tile + gap;
  return { labelWidth, tile, gap, columns, rowHeight, height: CLASS_COUNT * rowHeight - gap };
}
