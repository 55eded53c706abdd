// Node-side reading of the verified files in public/data/ (CLI, engine tests, benchmarks).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fashionMnistFromFiles, type FashionMnist } from './dataset';
import { DATA_FILES, DATA_FILE_ROLES, type DataFileRole } from './files';

export const DATA_DIR = resolve(import.meta.dirname, '../../public/data');

export function hasFashionMnist(dir = DATA_DIR): boolean {
  return DATA_FILE_ROLES.every((role) => existsSync(resolve(dir, DATA_FILES[role].name)));
}

/** Throws with the setup command when the files are missing; DatasetError when one is bad. */
export function readFashionMnist(dir = DATA_DIR): FashionMnist {
  if (!hasFashionMnist(dir)) throw new Error(`Fashion-MNIST is not in ${dir}: run \`npm run data\` first`);
  const files = Object.fromEntries(
    DATA_FILE_ROLES.map((role) => [role, new Uint8Array(readFileSync(resolve(dir, DATA_FILES[role].name)))]),
  ) as Record<DataFileRole, Uint8Array>;
  return fashionMnistFromFiles(files);
}
