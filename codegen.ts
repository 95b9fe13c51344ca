import type { CodegenConfig } from '@graphql-codegen/cli';
import { ENUM_VALUES } from './api/enum-values.ts';

// The schema file is the single source of truth: API resolver types and web operation types are generated from it.
const config: CodegenConfig = {
  schema: 'api/schema.graphql',
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
          Topic: '../models.ts#TopicModel',
          Claim: '../models.ts#ClaimModel',
          Statistic: '../models.ts#StatisticModel',
          Evidence: '../models.ts#EvidenceModel',
          Misconception: '../models.ts#MisconceptionModel',
          ResearchGap: '../models.ts#GapModel',
          Quote: '../models.ts#QuoteModel',
          Relation: '../models.ts#RelationModel',
          Attribution: '../models.ts#AttributionModel',
          Trace: '../models.ts#TraceModel',
          StatisticComparison: '../models.ts#ComparisonModel',
          PairSummary: '../models.ts#PairSummaryModel',
          ProposedLink: '../models.ts#ProposalModel',
          SearchHitNode: '../models.ts#SearchNodeModel',
          Candidate: '../models.ts#CandidateModel',
        },
        scalars: { ID: 'string' },
        // Enums stored in another spelling: resolvers and models speak the stored values (api/enum-values.ts).
        enumValues: ENUM_VALUES,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    'web/src/app/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true },
    },
    'web/src/gql/': {
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { ID: 'string' } },
      presetConfig: { fragmentMasking: false },
    },
    // The API tests' documents, written with test/gql's graphql(); the browser tests still send plain strings.
    'test/gql/': {
      documents: ['test/**/*.ts', '!test/gql/**', '!test/web-*.ts', '!test/browser.ts', '!test/axe.ts'],
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { ID: 'string' } },
      presetConfig: { fragmentMasking: false },
    },
  },
};
export default config;
