// The network a lesson round plays on: the learner's own trained preset (from the lesson's store,
// held by the app's training worker through context.useModel), or, when the learner has not
// trained it (a teacher opened the step), the house network on play mode's worker — said so on
// screen by the `source`.
import { loadHouseNetwork } from '../../play/network/house-network';
import { houseChoice, playerNetworkOf, weightsHash } from '../../play/network/network-choices';
import { once, workerPlayerNetwork, type PlayerNetwork } from '../../play/network/player-network';
import { specOf } from '../../training/trained-model';
import type { LessonContext } from '../step';

export interface LessonNetwork {
  network: PlayerNetwork;
  source: 'learner' | 'house';
  /** On the 10,000 test images, when known. */
  testAccuracy?: number;
}

export class NetworkLostError extends Error {
  override readonly name = 'NetworkLostError';
}

export async function lessonNetwork(context: LessonContext, presetName: string): Promise<LessonNetwork> {
  const trained = context.trained(presetName);
  if (trained) {
    const network = workerPlayerNetwork({
      id: `lesson:${presetName}:${weightsHash(trained.weights)}`,
      spec: specOf(trained),
      bridge: context.trainer,
      // The step holds its network in the worker for its life: loaded once (again after a failure).
      load: once(async () => {
        if (!(await context.useModel(presetName))) throw new NetworkLostError(`the trained ${presetName} did not load`);
      }),
    });
    return { network, source: 'learner', testAccuracy: trained.testAccuracy };
  }
  const house = houseChoice(await loadHouseNetwork());
  return { network: playerNetworkOf(house, context.data.test), source: 'house', testAccuracy: house.testAccuracy };
}
