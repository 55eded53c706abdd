// One server-sent-events stream per dashboard or student screen: the current state at once, then
// whatever the LiveHub pushes, a comment every 15 s to keep proxies from closing an idle stream.
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { LiveEvent, LiveHub, LiveSubscriber } from './live-hub';

const HEARTBEAT_MS = 15_000;

export function liveStream(c: Context, hub: LiveHub, sessionId: string, role: LiveSubscriber['role'], first: LiveEvent): Response {
  c.header('Cache-Control', 'no-store');
  c.header('X-Accel-Buffering', 'no'); // nginx: do not buffer the stream
  return streamSSE(c, async (stream) => {
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    let id = 0;
    const send = (event: LiveEvent) => {
      if (!stream.aborted && !stream.closed) void stream.writeSSE({ event: event.event, data: JSON.stringify(event.data), id: String(++id) }).catch(end);
    };
    const unsubscribe = hub.subscribe(sessionId, { role, send, close: end });
    stream.onAbort(end);
    send(first);
    const heartbeat = setInterval(() => void stream.write(': keep-alive\n\n').catch(end), HEARTBEAT_MS);
    try {
      await ended;
    } finally {
      clearInterval(heartbeat);
      unsubscribe();
    }
  });
}
