// The networks that can play: the house network (default) and the ones the learner trained and
// kept. Each becomes a PlayerNetwork on play mode's own worker, so a game never stops a training
// run of the lesson or the training lab (they use the app's training worker).
import type { TestImages } from './play-worker';
import type { NetworkFile } from '../../../shared/network-file';
import type { ModelSpec } from '../../../shared/spec';
import { debugEnabled } from '../../framework/debug';
import { appLessonStorage } from '../../lesson/lesson-state';
import { pageRunStore } from '../../sandbox/history/page-run-store';
import { runKey, type SandboxRun } from '../../sandbox/history/run-record';
import { loadTrainedModel, specOf, type TrainedModel } from '../../training/trained-model';
import { workerPlayerNetwork, type PlayerNetwork } from './player-network';
import { playWorker } from './play-worker';

export interface NetworkChoice {
  /** 'house', 'lesson:<preset>:<weights hash>' or 'sandbox:<run id>'; goes into the address (`net=`). */
  id: string;
  source: 'house' | 'lesson' | 'sandbox';
  /** The preset or spec name. */
  name: string;
  spec: ModelSpec;
  /** On the 10,000 test images, when known. */
  testAccuracy?: number;
  seed: number;
  weights: Float32Array;
}

/** FNV-1a over the weight bytes: tells two trainings of the same preset apart (8 hex digits). */
export function weightsHash(weights: Float32Array): string {
  const bytes = new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength);
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function houseChoice(file: NetworkFile): NetworkChoice {
  const { header, weights } = file;
  return { id: 'house', source: 'house', name: header.spec.name, spec: header.spec, testAccuracy: header.testAccuracy, seed: header.training.seed, weights };
}

export function learnerChoice(model: TrainedModel): NetworkChoice {
  const spec = specOf(model);
  const name = model.preset ?? spec.name;
  return { id: `lesson:${name}:${weightsHash(model.weights)}`, source: 'lesson', name, spec, testAccuracy: model.testAccuracy, seed: model.seed, weights: model.weights };
}

/** A sandbox run from the history (its network name, its test score), newest first in the list. */
export function sandboxChoice(run: SandboxRun): NetworkChoice {
  return { id: runKey(run.id), source: 'sandbox', name: run.spec.name, spec: run.spec, testAccuracy: run.testAccuracy, seed: run.seed, weights: run.weights };
}

/** Where the learner's networks come from: each reader lists its networks (unreadable storage: none). */
const LEARNER_SOURCES: (() => Promise<NetworkChoice[]>)[] = [
  // The networks the learner kept in the lesson (IndexedDB).
  async () => {
    const { models } = await appLessonStorage().load();
    return models.flatMap((raw: unknown) => {
      const model = loadTrainedModel(raw);
      return model ? [learnerChoice(model)] : [];
    });
  },
  // The sandbox's saved runs (its history), newest first.
  async () => (await pageRunStore().list()).sort((a, b) => b.createdAt - a.createdAt).map(sandboxChoice),
];

/** The learner's networks from every source; a source that cannot be read adds none, not an error. */
export async function learnerChoices(sources = LEARNER_SOURCES): Promise<NetworkChoice[]> {
  const lists = await Promise.all(sources.map((read) => read().catch(() => [])));
  return lists.flat();
}

/** A choice as a PlayerNetwork on play mode's worker (built and given its weights on first use). */
export function playerNetworkOf(choice: NetworkChoice, test: TestImages): PlayerNetwork {
  const worker = playWorker(test, debugEnabled());
  return workerPlayerNetwork({
    id: choice.id,
    spec: choice.spec,
    bridge: worker.bridge,
    load: () => worker.hold(choice.id, choice.spec, choice.seed, choice.weights),
  });
}
