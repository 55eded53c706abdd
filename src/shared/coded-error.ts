// The shape of an error a learner reads (share links, imported files): a code that picks the
// translated message, the params that fill it, an English text for logs and tests, and — when the
// cause is a model that breaks a rule — the SpecError saying which (translated with its own code).
import type { SpecError } from './spec-error';

export class CodedError<C extends string> extends Error {
  constructor(
    readonly code: C,
    readonly params: Record<string, string | number>,
    readonly specError?: SpecError,
  ) {
    super(`${code}: ${JSON.stringify(params)}`);
  }
}
