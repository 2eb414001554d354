import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const rendererDir = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/renderer', import.meta.url));

/**
 * The window is served from app://oncall/ in Electron and from http://127.0.0.1:<port>/
 * in browser mode, both at the root, so asset URLs are absolute (`/assets/…`). Both serve
 * it under a CSP without 'unsafe-inline': the build must not inline any script or style.
 */
export default defineConfig({
  root: rendererDir,
  base: '/',
  publicDir: 'public',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    // The polyfill is an inline script; every browser we run in has modulepreload.
    modulePreload: { polyfill: false },
    // Nothing becomes a data: URL: fonts and scripts could not load from one under the CSP.
    assetsInlineLimit: 0,
    target: 'es2023',
  },
});
