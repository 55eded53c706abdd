import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { securityHeaders, staticHostHeadersFile } from './src/shared/security-headers.ts';

// Every server sends the one header set of src/shared/security-headers.ts: cross-origin isolation
// (COOP + COEP: SharedArrayBuffer for the data-parallel trainer) and the Content Security Policy
// (strict on preview; the dev server allows Vite's injected <style> elements and its web socket).

/** Writes the header set as dist/_headers for static hosts that read one (Netlify, Cloudflare Pages). */
function staticHostHeaders(): Plugin {
  return {
    name: 'filterfit-static-host-headers',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: staticHostHeadersFile() });
    },
  };
}

export default defineConfig({
  server: { headers: securityHeaders({ dev: true }), port: 5173 },
  preview: { headers: securityHeaders(), port: 4173 },
  worker: { format: 'es' },
  plugins: [
    staticHostHeaders(),
    // The service worker (src/sw/service-worker.ts): precaches the app, the kernels and the tfjs
    // wasm files; the Fashion-MNIST files are cached on first use (src/ui/app/offline.ts). Not
    // registered by the dev server (the app registers it in production builds only).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'service-worker.ts',
      injectRegister: false,
      manifest: {
        name: 'FilterFit',
        short_name: 'FilterFit',
        description: 'Train convolutional networks on Fashion-MNIST in the browser. 在浏览器里训练卷积网络。',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f3a5f',
        // Drawn from public/favicon.svg by scripts/make-icons.ts.
        icons: [
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      includeManifestIcons: false,
      injectManifest: {
        rollupFormat: 'iife',
        globPatterns: ['**/*.{html,js,css,wasm,svg,png,webmanifest}'],
        // public/readme holds the README's screenshot; public/data (if copied) is cached at run time.
        globIgnores: ['readme/**', 'data/**'],
        maximumFileSizeToCacheInBytes: 4 * 2 ** 20,
      },
      devOptions: { enabled: false },
    }),
  ],
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
