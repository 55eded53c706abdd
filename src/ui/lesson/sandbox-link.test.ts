import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { preset } from '../../shared/presets';
import { DEFAULT_SANDBOX_SETTINGS } from '../../shared/sandbox-settings';
import { decodeShare, sharePayloadOf } from '../../shared/share-link';
import { readStart } from '../sandbox/start-link';
import { sandboxHref, STEP_NETWORKS } from './sandbox-link';

describe('“Open in the sandbox” from the lesson', () => {
  it('links each network a step uses, and the sandbox opens exactly that network', () => {
    const stepList = readFileSync(new URL('./steps.ts', import.meta.url), 'utf8'); // the steps themselves load Pixi
    for (const [step, networks] of Object.entries(STEP_NETWORKS)) {
      expect(stepList, step).toContain(`id: '${step}'`);
      for (const name of networks) {
        const href = sandboxHref(name, false);
        expect(decodeShare(sharePayloadOf(href))).toEqual({ spec: preset(name), settings: DEFAULT_SANDBOX_SETTINGS });
        expect(readStart(href).weightsKey).toBeNull();
      }
    }
  });

  it('names the learner’s trained weights by their storage key, never puts them in the address', () => {
    const href = sandboxHref('seed-a', true);
    expect(href).toMatch(/&w=lesson%3Aseed-a$/);
    expect(readStart(href)).toMatchObject({ spec: preset('seed-a'), weightsKey: 'lesson:seed-a', error: null });
  });
});
