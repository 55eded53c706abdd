// Unit tests only: the training worker in this process. The real TrainerService on the real Node
// engine answers the real TrainerBridge through real comlink, over a MessageChannel instead of a
// Worker. `crash()` makes it die as a worker does: training ends and the 'error' event fires.
import * as Comlink from 'comlink';
import { readFashionMnist } from '../../data/read-node';
import { createModel } from '../../engine/node';
import { TrainerBridge } from '../../worker/bridge';
import { TrainerService } from '../../worker/trainer-service';

export class InProcessWorker {
  readonly service = new TrainerService(createModel);
  private readonly channel = new MessageChannel();
  private readonly failures = new EventTarget();

  constructor() {
    Comlink.expose(this.service, this.channel.port1);
    this.channel.port2.start();
  }

  postMessage(message: unknown, transfer: Transferable[] = []): void {
    this.channel.port2.postMessage(message, transfer);
  }

  addEventListener(type: string, listener: EventListener): void {
    (type === 'message' ? this.channel.port2 : this.failures).addEventListener(type, listener);
  }

  removeEventListener(type: string, listener: EventListener): void {
    (type === 'message' ? this.channel.port2 : this.failures).removeEventListener(type, listener);
  }

  terminate(): void {
    this.service.stop();
    this.channel.port1.close();
    this.channel.port2.close();
  }

  /** Dies with an uncaught error, as a crashed worker does. */
  crash(message = 'simulated worker crash'): void {
    this.service.stop();
    this.failures.dispatchEvent(Object.assign(new Event('error'), { message }));
  }

  /** As the bridge's worker factory wants it. */
  asWorker(): Worker {
    return this as unknown as Worker;
  }
}

/**
 * The app's TrainerBridge over in-process workers, holding the real Fashion-MNIST. `workers` are
 * the ones it started, the live one last (a restart after a crash adds one).
 */
export async function inProcessBridge(): Promise<{ bridge: TrainerBridge; workers: InProcessWorker[] }> {
  const data = readFashionMnist();
  const workers: InProcessWorker[] = [];
  const bridge = new TrainerBridge(() => {
    workers.push(new InProcessWorker());
    return workers.at(-1)!.asWorker();
  });
  await bridge.setDataset({ trainImages: data.train.images, trainLabels: data.train.labels, testImages: data.test.images, testLabels: data.test.labels });
  return { bridge, workers };
}
