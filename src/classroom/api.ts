// Thin typed fetch calls to the classroom API, shared by the student client, the teacher page,
// the tests and the load test. Errors become ClassroomApiError with the server's code.
import { API_PREFIX, type ApiError, type HealthResponse } from './api-types';
import { readSse, type SseMessage } from './sse-reader';

export class ClassroomApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds the server asked us to wait (429/503). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ClassroomApiError';
  }
}

export interface ApiOptions {
  /** Origin of the classroom server, '' for the page's own origin. */
  baseUrl: string;
  fetch?: typeof fetch;
}

export async function apiCall<T>(options: ApiOptions, method: string, path: string, init: { credential?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const headers: Record<string, string> = {};
  if (init.credential) headers.authorization = `Bearer ${init.credential}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await (options.fetch ?? fetch)(`${options.baseUrl}${API_PREFIX}${path}`, {
    method,
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: init.signal,
  });
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok) {
    const problem = type.includes('json') ? ((await response.json().catch(() => null)) as ApiError | null) : null;
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new ClassroomApiError(response.status, problem?.error ?? `http.${response.status}`, problem?.message ?? response.statusText, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined);
  }
  return (type.includes('json') ? await response.json() : await response.text()) as T;
}

/** True when `baseUrl` is a classroom server (the static app hides classroom features otherwise). */
export async function detectClassroom(options: ApiOptions, timeoutMs = 3_000): Promise<boolean> {
  try {
    const health = await apiCall<HealthResponse>(options, 'GET', '/health', { signal: AbortSignal.timeout(timeoutMs) });
    return health?.classroom === true;
  } catch {
    return false;
  }
}

/** Opens an SSE stream with a bearer credential; yields messages until the stream or `signal` ends. */
export async function* apiEvents(options: ApiOptions, path: string, credential: string, signal?: AbortSignal): AsyncGenerator<SseMessage> {
  const response = await (options.fetch ?? fetch)(`${options.baseUrl}${API_PREFIX}${path}`, {
    headers: { authorization: `Bearer ${credential}`, accept: 'text/event-stream' },
    signal,
  });
  if (!response.ok || !response.body) {
    const problem = (await response.json().catch(() => null)) as ApiError | null;
    throw new ClassroomApiError(response.status, problem?.error ?? `http.${response.status}`, problem?.message ?? response.statusText);
  }
  yield* readSse(response.body);
}
