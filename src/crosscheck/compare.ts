// One cross-check result row and the comparison that makes it (llm.c habit: a failure shows the
// largest gap and the first values, so the report alone says where to look).

export interface CheckRow {
  /** Kernel (or kernel output) under test, e.g. "conv2dBackwardFilter". */
  op: string;
  /** Human-readable case, e.g. "x 2×28×28×1 w 1×3×5 s1 valid". */
  shape: string;
  maxAbsError: number;
  /** maxAbsError / max|ref|: normwise, so near-zero reference entries don't blow it up. */
  maxRelError: number;
  /** Pass iff maxAbsError ≤ tolerance (and no NaN, no write outside the output). */
  tolerance: number;
  pass: boolean;
  /** Where the largest gap is and the first values of both sides. */
  firstValues?: { worstIndex: number; worstOurs: number; worstRef: number; ours: number[]; ref: number[] };
  /** Why a row failed besides the numbers (a guard overwritten, a length mismatch, an exception). */
  note?: string;
}

const FIRST = 6;

/** Compares our kernel's output with the reference; NaN anywhere in ours fails the row. */
export function compare(
  op: string,
  shape: string,
  ours: ArrayLike<number>,
  ref: ArrayLike<number>,
  tolerance: number,
  note?: string,
): CheckRow {
  let maxAbs = 0;
  let worst = 0;
  let refScale = 0;
  let bad = ours.length !== ref.length;
  for (let i = 0; i < Math.min(ours.length, ref.length); i++) {
    const gap = Math.abs(ours[i] - ref[i]);
    refScale = Math.max(refScale, Math.abs(ref[i]));
    if (!(gap <= maxAbs)) {
      // NaN gaps land here too (comparison is false): remember the first one as the worst.
      if (Number.isNaN(gap)) {
        if (!bad) worst = i;
        bad = true;
        maxAbs = Number.POSITIVE_INFINITY;
      } else {
        maxAbs = gap;
        worst = i;
      }
    }
  }
  const pass = !bad && note === undefined && maxAbs <= tolerance;
  const row: CheckRow = {
    op,
    shape,
    maxAbsError: maxAbs,
    maxRelError: refScale > 0 ? maxAbs / refScale : maxAbs,
    tolerance,
    pass,
  };
  if (note !== undefined) row.note = note;
  else if (ours.length !== ref.length) row.note = `length ${ours.length} ≠ reference ${ref.length}`;
  if (!pass) {
    row.firstValues = {
      worstIndex: worst,
      worstOurs: ours[worst],
      worstRef: ref[worst],
      ours: Array.from({ length: Math.min(FIRST, ours.length) }, (_, i) => ours[i]),
      ref: Array.from({ length: Math.min(FIRST, ref.length) }, (_, i) => ref[i]),
    };
  }
  return row;
}

/** A row for a case that threw before it could compare anything. */
export function errorRow(op: string, shape: string, error: unknown): CheckRow {
  const message = error instanceof Error ? error.message : String(error);
  return { op, shape, maxAbsError: Infinity, maxRelError: Infinity, tolerance: 0, pass: false, note: message };
}

const fmt = (v: number) => (Number.isFinite(v) ? v.toPrecision(4) : String(v));

/** One line per row; failing rows add the worst index and the first values. */
export function formatRow(row: CheckRow): string {
  let line = `${row.pass ? 'ok  ' : 'FAIL'} ${row.op} [${row.shape}] max|Δ| ${fmt(row.maxAbsError)} (rel ${fmt(row.maxRelError)}) tol ${fmt(row.tolerance)}`;
  if (row.note) line += ` — ${row.note}`;
  const f = row.firstValues;
  if (f) {
    line += `\n     largest gap at [${f.worstIndex}]: ours ${fmt(f.worstOurs)} ref ${fmt(f.worstRef)}`;
    line += `\n     first ours ${f.ours.map(fmt).join(', ')}\n     first ref  ${f.ref.map(fmt).join(', ')}`;
  }
  return line;
}
