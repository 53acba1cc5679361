import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    sourcemap: true,
    // cytoscape + fcose are one large, cacheable chunk; the warning adds nothing.
    chunkSizeWarningLimit: 1200,
  },
  worker: {
    // The ForceAtlas2 layout worker is an ES module (a separate file: CSP worker-src 'self').
    format: 'es',
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', changeOrigin: true },
      '/export': { target: 'http://127.0.0.1:4000', changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', changeOrigin: true },
      '/export': { target: 'http://127.0.0.1:4000', changeOrigin: true },
    },
  },
});
