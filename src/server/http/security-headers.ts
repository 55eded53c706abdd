// Security headers on every response: a strict CSP (same-origin scripts, wasm compilation, no
// inline script or stylesheet, no framing, no plugins), cross-origin isolation (COOP/COEP, which
// the trainer's SharedArrayBuffer needs), no MIME sniffing, no referrer leaks, no powerful features.
import { secureHeaders } from 'hono/secure-headers';

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
  workerSrc: ["'self'", 'blob:'],
  // Stylesheets only from our origin (no injected <style>); style ATTRIBUTES are allowed because
  // the lesson's views set bar widths and heat colours with them. An attribute cannot run script,
  // and no student text ever becomes markup (textContent everywhere), so nothing can inject one.
  styleSrc: ["'self'"],
  styleSrcElem: ["'self'"],
  styleSrcAttr: ["'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    crossOriginEmbedderPolicy: 'require-corp',
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    strictTransportSecurity: false, // plain http on a school LAN; a TLS proxy in front adds its own
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
  });
