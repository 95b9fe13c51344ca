/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query EvidenceDetail($id: ID!) {\n    evidence(id: $id) {\n      __typename\n      id\n      note\n      source {\n        id\n        title\n        authors\n        year\n        publisher\n      }\n      topics {\n        id\n        name\n      }\n      quote {\n        exact\n        text\n        start\n        end\n        context {\n          before\n          quote\n          after\n          passages {\n            id\n            section\n          }\n        }\n      }\n      ... on Claim {\n        text\n        kind\n        hedged\n        misconceptions {\n          stance\n          misconception {\n            id\n            belief\n            correction\n          }\n        }\n        raises {\n          id\n          question\n          priority\n        }\n      }\n      ... on Statistic {\n        value\n        valueText\n        unit\n        measure\n        population\n        place\n        period\n        approximate\n        context\n      }\n    }\n  }\n": typeof types.EvidenceDetailDocument,
    "\n  query Reader($id: ID!, $first: Int!, $after: String, $roles: [PassageRole!]) {\n    source(id: $id) {\n      id\n      title\n      authors\n      year\n      publisher\n      container\n      doi\n      kind\n      layout\n      passageCount\n      claimCount\n      statisticCount\n      evidenceSpans {\n        id\n        type\n        kind\n        start\n        end\n        label\n      }\n      passages(first: $first, after: $after, roles: $roles) {\n        totalCount\n        edges {\n          node {\n            id\n            ordinal\n            start\n            end\n            role\n            section\n            text\n            reading\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ReaderDocument,
    "\n  query Sources {\n    sources {\n      id\n      title\n      authors\n      year\n      yearNote\n      publisher\n      kind\n      jurisdiction\n      passageCount\n    }\n  }\n": typeof types.SourcesDocument,
};
const documents: Documents = {
    "\n  query EvidenceDetail($id: ID!) {\n    evidence(id: $id) {\n      __typename\n      id\n      note\n      source {\n        id\n        title\n        authors\n        year\n        publisher\n      }\n      topics {\n        id\n        name\n      }\n      quote {\n        exact\n        text\n        start\n        end\n        context {\n          before\n          quote\n          after\n          passages {\n            id\n            section\n          }\n        }\n      }\n      ... on Claim {\n        text\n        kind\n        hedged\n        misconceptions {\n          stance\n          misconception {\n            id\n            belief\n            correction\n          }\n        }\n        raises {\n          id\n          question\n          priority\n        }\n      }\n      ... on Statistic {\n        value\n        valueText\n        unit\n        measure\n        population\n        place\n        period\n        approximate\n        context\n      }\n    }\n  }\n": types.EvidenceDetailDocument,
    "\n  query Reader($id: ID!, $first: Int!, $after: String, $roles: [PassageRole!]) {\n    source(id: $id) {\n      id\n      title\n      authors\n      year\n      publisher\n      container\n      doi\n      kind\n      layout\n      passageCount\n      claimCount\n      statisticCount\n      evidenceSpans {\n        id\n        type\n        kind\n        start\n        end\n        label\n      }\n      passages(first: $first, after: $after, roles: $roles) {\n        totalCount\n        edges {\n          node {\n            id\n            ordinal\n            start\n            end\n            role\n            section\n            text\n            reading\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ReaderDocument,
    "\n  query Sources {\n    sources {\n      id\n      title\n      authors\n      year\n      yearNote\n      publisher\n      kind\n      jurisdiction\n      passageCount\n    }\n  }\n": types.SourcesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceDetail($id: ID!) {\n    evidence(id: $id) {\n      __typename\n      id\n      note\n      source {\n        id\n        title\n        authors\n        year\n        publisher\n      }\n      topics {\n        id\n        name\n      }\n      quote {\n        exact\n        text\n        start\n        end\n        context {\n          before\n          quote\n          after\n          passages {\n            id\n            section\n          }\n        }\n      }\n      ... on Claim {\n        text\n        kind\n        hedged\n        misconceptions {\n          stance\n          misconception {\n            id\n            belief\n            correction\n          }\n        }\n        raises {\n          id\n          question\n          priority\n        }\n      }\n      ... on Statistic {\n        value\n        valueText\n        unit\n        measure\n        population\n        place\n        period\n        approximate\n        context\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvidenceDetail($id: ID!) {\n    evidence(id: $id) {\n      __typename\n      id\n      note\n      source {\n        id\n        title\n        authors\n        year\n        publisher\n      }\n      topics {\n        id\n        name\n      }\n      quote {\n        exact\n        text\n        start\n        end\n        context {\n          before\n          quote\n          after\n          passages {\n            id\n            section\n          }\n        }\n      }\n      ... on Claim {\n        text\n        kind\n        hedged\n        misconceptions {\n          stance\n          misconception {\n            id\n            belief\n            correction\n          }\n        }\n        raises {\n          id\n          question\n          priority\n        }\n      }\n      ... on Statistic {\n        value\n        valueText\n        unit\n        measure\n        population\n        place\n        period\n        approximate\n        context\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reader($id: ID!, $first: Int!, $after: String, $roles: [PassageRole!]) {\n    source(id: $id) {\n      id\n      title\n      authors\n      year\n      publisher\n      container\n      doi\n      kind\n      layout\n      passageCount\n      claimCount\n      statisticCount\n      evidenceSpans {\n        id\n        type\n        kind\n        start\n        end\n        label\n      }\n      passages(first: $first, after: $after, roles: $roles) {\n        totalCount\n        edges {\n          node {\n            id\n            ordinal\n            start\n            end\n            role\n            section\n            text\n            reading\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Reader($id: ID!, $first: Int!, $after: String, $roles: [PassageRole!]) {\n    source(id: $id) {\n      id\n      title\n      authors\n      year\n      publisher\n      container\n      doi\n      kind\n      layout\n      passageCount\n      claimCount\n      statisticCount\n      evidenceSpans {\n        id\n        type\n        kind\n        start\n        end\n        label\n      }\n      passages(first: $first, after: $after, roles: $roles) {\n        totalCount\n        edges {\n          node {\n            id\n            ordinal\n            start\n            end\n            role\n            section\n            text\n            reading\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sources {\n    sources {\n      id\n      title\n      authors\n      year\n      yearNote\n      publisher\n      kind\n      jurisdiction\n      passageCount\n    }\n  }\n"): (typeof documents)["\n  query Sources {\n    sources {\n      id\n      title\n      authors\n      year\n      yearNote\n      publisher\n      kind\n      jurisdiction\n      passageCount\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;