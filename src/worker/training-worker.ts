// The training worker's entry: the engine behind comlink. Runs as a module worker.
import * as Comlink from 'comlink';
import { createModel } from '../engine/browser';
import { DEBUG_WORKER_NAME_SUFFIX, trainerDebugHooks, watchCspViolations } from './debug-hooks';
import { TrainerService } from './trainer-service';

const debug = self.name.endsWith(DEBUG_WORKER_NAME_SUFFIX);
if (debug) watchCspViolations(self);
const service = new TrainerService(createModel);
Comlink.expose(debug ? Object.assign(service, trainerDebugHooks) : service);
