import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Cross-origin isolation (COOP + COEP) makes SharedArrayBuffer available: the data-parallel
// trainer shares one WebAssembly.Memory between workers. Both servers send the same headers.
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  server: { headers: isolationHeaders, port: 5173 },
  preview: { headers: isolationHeaders, port: 4173 },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        engineCheck: resolve(import.meta.dirname, 'engine-check.html'),
        // Classroom pages, served at /teacher and /join by `npm run classroom` (src/server).
        teacher: resolve(import.meta.dirname, 'teacher.html'),
        join: resolve(import.meta.dirname, 'join.html'),
      },
    },
  },
});
