// The fixed table: every layer shape the presets train, one test per case so a failure names it.
import { describe, it } from 'vitest';
import { APP_CASES, describeCase } from './cases';
import { checkCase } from './checks';
import { expectPass, nodeContext } from './test-support';

describe('app shapes vs tfjs', () => {
  for (const c of APP_CASES) {
    it(`${c.kind} ${describeCase(c)}`, async () => void expectPass(await checkCase(await nodeContext(), c)));
  }
});
