// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Architecture: app → features → shared (components, config, lib, types).
 * - shared code never imports features or app;
 * - features never import app, nor one another (compose features in app/ instead);
 * - src/testing holds test-only helpers: tests may use them, production code may not.
 */
const features = [
  'batches',
  'articles',
  'exports',
  'bulk-form',
  'auth',
  'users',
  'webhooks',
  'templates',
];

const featureIsolation = features.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'Features must not import other features; compose them in src/app instead.',
}));

/** @param {{ testsMayUseTesting: boolean }} options */
function layerZones({ testsMayUseTesting }) {
  return [
    ...featureIsolation,
    {
      target: './src/features',
      from: './src/app',
      message: 'Features must not import from src/app.',
    },
    {
      target: ['./src/components', './src/config', './src/lib', './src/types'],
      from: testsMayUseTesting
        ? ['./src/features', './src/app']
        : ['./src/features', './src/app', './src/testing'],
      message: 'Shared modules must not import features or app code (nor test helpers).',
    },
    {
      // Test helpers may render the whole app (router + providers), never a feature directly.
      target: './src/testing',
      from: './src/features',
      message: 'Test helpers must not import features.',
    },
  ];
}

export default defineConfig(
  { ignores: ['dist', 'coverage', 'node_modules'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser },
    },
    plugins: {
      'react-hooks': reactHooks,
      import: importPlugin,
    },
    settings: {
      'import/resolver': {
        typescript: { project: './tsconfig.json' },
        node: true,
      },
    },
    rules: {
      ...reactHooks.configs['recommended-latest'].rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import/no-cycle': 'error',
      'import/no-restricted-paths': ['error', { zones: layerZones({ testsMayUseTesting: false }) }],
    },
  },
  {
    // Tests of shared code may use the test helpers in src/testing.
    files: ['src/**/__tests__/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'import/no-restricted-paths': ['error', { zones: layerZones({ testsMayUseTesting: true }) }],
    },
  },
  {
    files: ['vite.config.ts', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  prettier,
);
