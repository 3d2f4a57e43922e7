import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The page lives in src/ui (index.html there); the build is a static site in dist/
// that any static file server can host (relative base, module worker bundled).
export default defineConfig({
  root: fileURLToPath(new URL('./src/ui', import.meta.url)),
  base: './',
  publicDir: false,
  server: { port: 5173, strictPort: false, fs: { allow: ['..', '../..'] } },
  preview: { port: 4173, strictPort: true },
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
  },
});
