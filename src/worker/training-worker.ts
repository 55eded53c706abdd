// The training worker's entry: the engine behind comlink. Runs as a module worker.
import * as Comlink from 'comlink';
import { createModel } from '../engine/browser';
import { TrainerService } from './trainer-service';

const service = new TrainerService(createModel);
Comlink.expose(service);
