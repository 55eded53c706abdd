// Security headers on every response: the app's one header set (src/shared/security-headers.ts) —
// a strict CSP (same-origin scripts, wasm compilation, no inline script or style, no framing, no
// plugins), cross-origin isolation (COOP/COEP, which the trainer's SharedArrayBuffer needs), no
// MIME sniffing, no referrer leaks, no powerful features. The same set as the Vite servers, the
// static-host _headers file and the service worker send.
import type { MiddlewareHandler } from 'hono';
import { securityHeaders as appSecurityHeaders } from '../../shared/security-headers';

const HEADERS = Object.entries(appSecurityHeaders());

export const securityHeaders = (): MiddlewareHandler => async (c, next) => {
  await next();
  for (const [name, value] of HEADERS) c.res.headers.set(name, value);
};
