import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Writes a .br and a .gz next to every script, style sheet and SVG of the build, which the server
 * sends to browsers that accept them (no compression at request time, best ratios).
 */
function precompress(): Plugin {
  return {
    name: 'bulkwriter-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      const files = Object.keys(bundle).filter((file) => /\.(js|css|svg)$/.test(file));
      for (const file of files) {
        const path = join(dir, file);
        const data = await readFile(path);
        if (data.length < 1024) continue;
        await writeFile(`${path}.gz`, gzipSync(data, { level: 9 }));
        await writeFile(
          `${path}.br`,
          brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

const backend = process.env.BULKWRITER_BACKEND ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react(), precompress()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: backend, changeOrigin: true },
      '/actuator': { target: backend, changeOrigin: true },
      '/v3': { target: backend, changeOrigin: true },
      '/ws': { target: backend, changeOrigin: true, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // react-data-grid's CSS uses light-dark(); an older target makes the minifier break it
    cssTarget: ['chrome123', 'firefox120', 'safari17.5'],
  },
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // a shared build machine can be slow; a test that needs this long is still a failure elsewhere
    testTimeout: 20_000,
    unstubGlobals: true,
    coverage: {
      provider: 'v8',
      reporter: ['text', 'html', 'lcov'],
      reportsDirectory: './coverage',
      include: ['src/**/*.{ts,tsx}'],
      exclude: [
        'src/main.tsx',
        'src/vite-env.d.ts',
        'src/types/**',
        'src/testing/**',
        'src/**/__tests__/**',
        'src/**/*.test.{ts,tsx}',
      ],
      thresholds: {
        lines: 80,
      },
    },
  },
});
