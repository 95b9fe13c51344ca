import type { GraphQLResolveInfo } from 'graphql';
import type { SourceModel, PassageModel } from '../models.ts';
import type { ApiContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Passage = {
  __typename?: 'Passage';
  end: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  ordinal: Scalars['Int']['output'];
  /** The exact raw characters: equal to the file's text from start to end. */
  raw: Scalars['String']['output'];
  /** The raw characters with damaged runs decoded; same length as raw, so offsets carry over. */
  reading: Scalars['String']['output'];
  role: PassageRole;
  section: Maybe<Scalars['String']['output']>;
  source: Source;
  /** Character offsets [start, end) into the unmodified source file. */
  start: Scalars['Int']['output'];
  /** Display text: joined lines, decoded where the source's font was damaged. */
  text: Scalars['String']['output'];
};

export type PassageConnection = {
  __typename?: 'PassageConnection';
  edges: Array<PassageEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PassageEdge = {
  __typename?: 'PassageEdge';
  cursor: Scalars['String']['output'];
  node: Passage;
};

export type PassageRole =
  | 'BODY'
  | 'CAPTION'
  | 'FOOTNOTE'
  | 'HEADING'
  | 'PAGE_FURNITURE'
  | 'TABLE';

export type PassageSearchConnection = {
  __typename?: 'PassageSearchConnection';
  edges: Array<PassageSearchEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PassageSearchEdge = {
  __typename?: 'PassageSearchEdge';
  cursor: Scalars['String']['output'];
  /** The passage text with the matched words wrapped in [[ and ]], trimmed around the first match. */
  highlight: Scalars['String']['output'];
  node: Passage;
  score: Scalars['Float']['output'];
};

/**
 * Triangulate's API: sources, their passages, and (as the evidence layer lands) the evidence and
 * the links between sources. This file is the single source of truth for the API's types; the
 * TypeScript types of the API and the web app are generated from it (npm run codegen).
 */
export type Query = {
  __typename?: 'Query';
  /** One passage by id, or null. */
  passage: Maybe<Passage>;
  /** Full-text search over passage text (running headers and page numbers excluded), best first. */
  search: PassageSearchConnection;
  /** One source by id, or null. */
  source: Maybe<Source>;
  /** All corpus sources, in a stable order (by year, then title). */
  sources: Array<Source>;
};


/**
 * Triangulate's API: sources, their passages, and (as the evidence layer lands) the evidence and
 * the links between sources. This file is the single source of truth for the API's types; the
 * TypeScript types of the API and the web app are generated from it (npm run codegen).
 */
export type QueryPassageArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Triangulate's API: sources, their passages, and (as the evidence layer lands) the evidence and
 * the links between sources. This file is the single source of truth for the API's types; the
 * TypeScript types of the API and the web app are generated from it (npm run codegen).
 */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/**
 * Triangulate's API: sources, their passages, and (as the evidence layer lands) the evidence and
 * the links between sources. This file is the single source of truth for the API's types; the
 * TypeScript types of the API and the web app are generated from it (npm run codegen).
 */
export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};

export type Source = {
  __typename?: 'Source';
  authors: Array<Scalars['String']['output']>;
  container: Maybe<Scalars['String']['output']>;
  doi: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  jurisdiction: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  layout: SourceLayout;
  /** Length of the raw file in characters (UTF-16 code units); every offset is below this. */
  length: Scalars['Int']['output'];
  passageCount: Scalars['Int']['output'];
  /** Passages in reading order, paged by cursor. Filter by role (e.g. leave out page furniture). */
  passages: PassageConnection;
  publisher: Maybe<Scalars['String']['output']>;
  sha256: Scalars['String']['output'];
  title: Scalars['String']['output'];
  year: Maybe<Scalars['Int']['output']>;
  yearNote: Maybe<Scalars['String']['output']>;
};


export type SourcePassagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  roles?: InputMaybe<Array<PassageRole>>;
};

export type SourceLayout =
  | 'DOCUMENT'
  | 'SLIDES';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Passage: ResolverTypeWrapper<PassageModel>;
  PassageConnection: ResolverTypeWrapper<Omit<PassageConnection, 'edges'> & { edges: Array<ResolversTypes['PassageEdge']> }>;
  PassageEdge: ResolverTypeWrapper<Omit<PassageEdge, 'node'> & { node: ResolversTypes['Passage'] }>;
  PassageRole: PassageRole;
  PassageSearchConnection: ResolverTypeWrapper<Omit<PassageSearchConnection, 'edges'> & { edges: Array<ResolversTypes['PassageSearchEdge']> }>;
  PassageSearchEdge: ResolverTypeWrapper<Omit<PassageSearchEdge, 'node'> & { node: ResolversTypes['Passage'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Source: ResolverTypeWrapper<SourceModel>;
  SourceLayout: SourceLayout;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  PageInfo: PageInfo;
  Passage: PassageModel;
  PassageConnection: Omit<PassageConnection, 'edges'> & { edges: Array<ResolversParentTypes['PassageEdge']> };
  PassageEdge: Omit<PassageEdge, 'node'> & { node: ResolversParentTypes['Passage'] };
  PassageSearchConnection: Omit<PassageSearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['PassageSearchEdge']> };
  PassageSearchEdge: Omit<PassageSearchEdge, 'node'> & { node: ResolversParentTypes['Passage'] };
  Query: Record<PropertyKey, never>;
  Source: SourceModel;
  String: Scalars['String']['output'];
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PassageResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Passage'] = ResolversParentTypes['Passage']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ordinal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  raw?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['PassageRole'], ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PassageConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PassageConnection'] = ResolversParentTypes['PassageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PassageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PassageEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PassageEdge'] = ResolversParentTypes['PassageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Passage'], ParentType, ContextType>;
};

export type PassageSearchConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PassageSearchConnection'] = ResolversParentTypes['PassageSearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PassageSearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PassageSearchEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PassageSearchEdge'] = ResolversParentTypes['PassageSearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  highlight?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Passage'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  passage?: Resolver<Maybe<ResolversTypes['Passage']>, ParentType, ContextType, RequireFields<QueryPassageArgs, 'id'>>;
  search?: Resolver<ResolversTypes['PassageSearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type SourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  authors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  container?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  doi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  layout?: Resolver<ResolversTypes['SourceLayout'], ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passageCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passages?: Resolver<ResolversTypes['PassageConnection'], ParentType, ContextType, RequireFields<SourcePassagesArgs, 'first'>>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  yearNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  PageInfo?: PageInfoResolvers<ContextType>;
  Passage?: PassageResolvers<ContextType>;
  PassageConnection?: PassageConnectionResolvers<ContextType>;
  PassageEdge?: PassageEdgeResolvers<ContextType>;
  PassageSearchConnection?: PassageSearchConnectionResolvers<ContextType>;
  PassageSearchEdge?: PassageSearchEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
};

