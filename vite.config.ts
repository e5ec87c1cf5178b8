/// <reference types="vitest/config" />
// Build, dev server, PWA (offline after the first visit) and unit-test settings.
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The built app may load only its own files and talk only to its own origin: no inline script, no
 * eval, no outside host. (Dev mode needs inline scripts for hot reload, so this is build-only.)
 * The ballot scanner's QR decoder is plain JavaScript in a module worker of the app's own: covered
 * by worker-src 'self', it needs no 'wasm-unsafe-eval' and no blob: worker.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'fivefold-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  plugins: [
    contentSecurityPolicy(),
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Fivefold — co-operative network self-assessment',
        short_name: 'Fivefold',
        description:
          'Assess a co-operative network against the Five Principles for sustainable and resilient networks. Works offline; your answers stay on your device.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#fbfaf7',
        theme_color: '#1f5f8b',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      // Icons are for installing; the app itself never needs them offline.
      includeManifestIcons: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,ttf,webmanifest}'],
        // jsPDF's optional html()/canvas helpers: never loaded by Fivefold, so never cached; nor the
        // pseudo-locale, which only tests choose.
        globIgnores: ['**/html2canvas*.js', '**/purify.es*.js', '**/index.es-*.js', '**/pseudo-*.js'],
        navigateFallback: 'index.html',
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      },
    }),
  ],
  base: './',
  build: { target: 'es2022', sourcemap: false },
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    // Component tests render whole screens; on a busy 2-core CI machine 5 s is too tight.
    testTimeout: 20_000,
    alias: { jspdf: 'jspdf/dist/jspdf.es.min.js' },
  },
});
