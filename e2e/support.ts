// Shared by the browser tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';

const AXE_PATH = resolve(import.meta.dirname, '..', 'node_modules', 'axe-core', 'axe.min.js');

/** Collects console errors and uncaught page errors for the whole test. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

/**
 * Records every Content Security Policy violation the page's documents report, from before any
 * script runs (an init script), plus those the training worker records (its debug hook). Call
 * before page.goto; read with cspViolations(page).
 */
export async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
  });
}

/** The violations recorded so far on this page: the document's and the training worker's. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const page = (globalThis as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['(the CSP listener was not installed)'];
    const hook = (globalThis as unknown as { filterfitDebug?: { workerCspViolations?(): Promise<string[]> } }).filterfitDebug?.workerCspViolations;
    const worker = hook ? await hook().catch(() => []) : [];
    return [...page, ...worker.map((v) => `worker: ${v}`)];
  });
}

/**
 * Puts axe-core into the page. Not with page.addScriptTag: that adds an inline <script>, which the
 * app's Content Security Policy refuses; evaluating the source through DevTools is not subject to it.
 */
export async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
}
