// The page's run store. Runs live in memory for now (one store for the page's whole life, so they
// survive leaving and re-opening the sandbox); the app's IndexedDB storage takes over once it is in
// the code base (src/ui/storage, the hardening work).
import { memoryRecords, RecordRunStore, type RunStore } from './run-store';

let store: RunStore | undefined;

export function pageRunStore(): RunStore {
  store ??= new RecordRunStore(memoryRecords());
  return store;
}
