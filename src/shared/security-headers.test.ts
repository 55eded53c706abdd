import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, cspHeaderValue, securityHeaders, staticHostHeadersFile } from './security-headers';

describe('security headers', () => {
  it('the production policy is strict: no inline scripts, no eval, no plugins, no framing', () => {
    const csp = cspHeaderValue();
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(Object.keys(CSP_DIRECTIVES)[0]).toBe('default-src');
  });

  it('the dev server loosens only styles (Vite injects <style>) and its web socket', () => {
    const dev = securityHeaders({ dev: true })['Content-Security-Policy'];
    expect(dev).toContain("style-src 'self' 'unsafe-inline'");
    expect(dev).toContain("connect-src 'self' ws: wss:");
    expect(dev).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });

  it('keeps cross-origin isolation on, and writes the same set for static hosts', () => {
    const headers = securityHeaders();
    expect(headers).toMatchObject({ 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' });
    const file = staticHostHeadersFile().split('\n');
    expect(file[1]).toBe('/*');
    for (const [name, value] of Object.entries(headers)) expect(file).toContain(`  ${name}: ${value}`);
  });
});
