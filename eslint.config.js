// Lint: typescript-eslint's recommended rules, React hooks rules for the web app, and the layer
// boundaries of docs/architecture.md, enforced with no-restricted-imports per folder.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports a layer may not make: each pattern is a folder of another layer, relative to the importer. */
const forbid = (...layers) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: layers.map((layer) => ({
        group: [`**/${layer}/**`, `../${layer}/*`, `../../${layer}/*`, `../../../${layer}/*`],
        message: `docs/architecture.md: this layer may not import ${layer}/`,
      })),
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.tsbuild/',
      'dist/',
      'neo4j/target/',
      'web/dist/',
      '.data/',
      'api/generated/',
      'web/src/gql/',
      'test/gql/',
      'web/src/app/possible-types.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.flat.recommended.rules,
  },
  // The layers: core is pure; db reaches Neo4j; seed and api use both; web uses core only.
  { files: ['core/**/*.ts'], rules: forbid('api', 'seed', 'web', 'db', 'scripts', 'bench', 'test') },
  { files: ['db/**/*.ts'], rules: forbid('api', 'seed', 'web', 'scripts', 'bench', 'test') },
  { files: ['seed/**/*.ts'], rules: forbid('api', 'web', 'scripts', 'bench', 'test') },
  { files: ['api/**/*.ts'], rules: forbid('seed', 'web', 'scripts', 'bench', 'test') },
  { files: ['web/src/**/*.{ts,tsx}'], rules: forbid('api', 'seed', 'db', 'scripts', 'bench', 'test') },
  // Tests may use `any` only where a library types it so; everything else is typed.
  // Tests check control characters on purpose. `any` is a warning there until every GraphQL
  // document in the tests is typed by the code generator.
  { files: ['test/**/*.{ts,tsx}', '**/*.test.{ts,tsx}'], rules: { '@typescript-eslint/no-explicit-any': 'warn', 'no-control-regex': 'off' } },
);
