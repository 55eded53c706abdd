// Request logs as JSON lines that by construction hold no secret: the method, the route PATTERN
// (`/api/classroom/sessions/:id/events`, never the query string), the status and the time. No
// header, body or query is ever logged; error text passes through `redact` first.

export type LogSink = (line: string) => void;

export interface Logger {
  request(fields: { method: string; route: string; status: number; ms: number }): void;
  info(message: string, fields?: Record<string, string | number>): void;
  error(message: string, error?: unknown): void;
}

/** Removes bearer credentials and long random-looking tokens from free text. */
export function redact(text: string): string {
  return text
    .replace(/(bearer\s+)\S+/gi, '$1[redacted]')
    // Whole words of exactly 22 (teacher secret) or 43 (student token) base64url characters with
    // mixed case; UUIDs (36, hex) and join codes (6, upper case) are left alone.
    .replace(/(?<![\w-])[\w-]{22}(?:[\w-]{21})?(?![\w-])/g, (match) => (/[a-z]/.test(match) && /[A-Z]/.test(match) ? '[redacted]' : match));
}

export function createLogger(sink: LogSink = (line) => process.stdout.write(`${line}\n`)): Logger {
  const write = (entry: Record<string, unknown>) => sink(JSON.stringify({ time: new Date().toISOString(), ...entry }));
  return {
    request: (fields) => write({ ...fields }),
    info: (message, fields) => write({ message: redact(message), ...fields }),
    error: (message, error) => write({ level: 'error', message: redact(message), detail: error === undefined ? undefined : redact(String((error as Error)?.stack ?? error)) }),
  };
}

export const silentLogger: Logger = { request: () => {}, info: () => {}, error: () => {} };
