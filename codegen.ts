import type { CodegenConfig } from '@graphql-codegen/cli';

// The schema file is the single source of truth: API resolver types and web operation types are generated from it.
const config: CodegenConfig = {
  schema: 'api/schema.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'api/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context.ts#ApiContext',
        enumsAsTypes: true,
        mappers: {
          Source: '../models.ts#SourceModel',
          Passage: '../models.ts#PassageModel',
        },
        scalars: { ID: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    'web/src/gql/': {
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { ID: 'string' } },
      presetConfig: { fragmentMasking: false },
    },
  },
};
export default config;
