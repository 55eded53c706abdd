// The checks a challenge entry passes before it is stored: the spec builds (same rules as the
// app), it respects the session's caps, and the weights are exactly one float32 per parameter.
// A failure is a 422 naming the rule; nothing is stored.
import { CHALLENGE_MAX_PARAMS } from '../../classroom/limits';
import type { Activities, WriteData } from '../../classroom/schemas';
import { decodeWeightBytes } from '../../classroom/weights';
import { planModel } from '../../shared/plan';
import type { ModelSpec } from '../../shared/spec';
import { SpecError } from '../../shared/spec-error';
import { HttpProblem } from '../http/problem';

export interface CheckedChallenge {
  spec: ModelSpec;
  params: number;
  weightBytes: Uint8Array;
  claimedAccuracy: number;
  epochs: number;
}

export function checkChallengeEntry(entry: WriteData<'challenge'>, activities: Activities): CheckedChallenge {
  const caps = activities.challenge;
  if (!caps) throw new HttpProblem(409, 'challenge.off', 'this session has no sandbox challenge');
  const spec = entry.spec as unknown as ModelSpec;
  let params: number;
  try {
    params = planModel(spec).totalParams;
  } catch (error) {
    if (error instanceof SpecError) throw new HttpProblem(422, `spec.${error.code}`, `the network cannot be built: ${error.message}`);
    throw error;
  }
  const maxParams = Math.min(caps.maxParams, CHALLENGE_MAX_PARAMS);
  if (params > maxParams) {
    throw new HttpProblem(422, 'challenge.tooManyParams', `the network has ${params.toLocaleString('en')} parameters, the challenge allows ${maxParams.toLocaleString('en')}`);
  }
  if (entry.epochs > caps.maxEpochs) {
    throw new HttpProblem(422, 'challenge.tooManyEpochs', `${entry.epochs} epochs claimed, the challenge allows ${caps.maxEpochs}`);
  }
  const weightBytes = decodeWeightBytes(entry.weights);
  if (weightBytes.length !== params * 4) {
    throw new HttpProblem(422, 'challenge.weightCount', `${weightBytes.length / 4} weights sent, the network has ${params}`);
  }
  return { spec, params, weightBytes, claimedAccuracy: entry.claimedAccuracy, epochs: entry.epochs };
}
