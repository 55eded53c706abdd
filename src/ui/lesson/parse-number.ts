// What learners type into the lesson's number fields, read leniently (separators, full-width digits).
/** A whole number typed by a learner: "36430", "36,430", "36 430", "３６４３０" → 36430; else null. */
export function parseWholeNumber(text: string): number | null {
  const normalized = text
    .normalize('NFKC')
    .trim()
    .replace(/[\s,_'’、]/g, '');
  return /^\d{1,12}$/.test(normalized) ? Number(normalized) : null;
}
