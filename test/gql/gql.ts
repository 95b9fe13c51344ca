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
    "query CurationSources { sources { id } }": typeof types.CurationSourcesDocument,
    "query CurationItemNotes($id: ID!) { evidence(id: $id) { annotations { text author } } }": typeof types.CurationItemNotesDocument,
    "query CurationGapNotes { researchGaps(first: 500) { edges { node { id annotations { text } } } } }": typeof types.CurationGapNotesDocument,
    "query CurationMisconceptionNotes { misconceptions { id annotations { text } } }": typeof types.CurationMisconceptionNotesDocument,
    "query CurationClaimNotes($n: Int) {\n      claims(first: $n) { edges { node { id annotations { text } raises { annotations { text } } misconceptions { misconception { annotations { text } } } } } }\n    }": typeof types.CurationClaimNotesDocument,
    "query CurationStatisticNotes($f: EvidenceFilter) { statistics(filter: $f, first: 500) { edges { node { id annotations { text } } } } }": typeof types.CurationStatisticNotesDocument,
    "query CurationEvidenceMap { evidenceMap { cells { topic source agreements } } }": typeof types.CurationEvidenceMapDocument,
    "query CurationDefaultFocus { graph(depth: 0) { focus } }": typeof types.CurationDefaultFocusDocument,
    "query CurationSourcePage($id: ID!, $limit: Int) { graph(focus: [$id], depth: 0, neighbourLimit: $limit) { nodes { id type } } }": typeof types.CurationSourcePageDocument,
    "query CurationProposedRelations { relations(filter: { statuses: [PROPOSED] }) { edges { node { id status } } } }": typeof types.CurationProposedRelationsDocument,
    "query CurationCuratedOfPair {\n        relations(filter: { statuses: [CURATED], sources: [\"ceop-2013\", \"gallagher-2006\"] }, first: 500) { edges { node { id status curator } } }\n      }": typeof types.CurationCuratedOfPairDocument,
    "query CurationListed { relations(first: 500) { edges { node { id } } } }": typeof types.CurationListedDocument,
    "query CurationCuratedQualifications { relations(filter: { statuses: [CURATED], kinds: [QUALIFIES] }, first: 500) { edges { node { id } } } }": typeof types.CurationCuratedQualificationsDocument,
    "query CurationWaitingLinks { proposedLinks(first: 500) { id } }": typeof types.CurationWaitingLinksDocument,
    "query EvidenceTopics { topics { id name claimCount statisticCount } }": typeof types.EvidenceTopicsDocument,
    "query EvidenceClaimsPage($f: EvidenceFilter, $after: String) {\n  claims(filter: $f, first: 20, after: $after) {\n    totalCount\n    edges { cursor node { id text kind hedged source { id } topics { id } quote { exact start end } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.EvidenceClaimsPageDocument,
    "query EvidenceClaimsWithWord { claims(filter: { text: \"webcam\" }, first: 50) { totalCount edges { node { text quote { exact } } } } }": typeof types.EvidenceClaimsWithWordDocument,
    "query EvidenceCeopStatistics {\n  statistics(filter: { sources: [\"ceop-2013\"] }, first: 200) {\n    totalCount edges { node { id value valueText unit measure approximate source { id } quote { exact start end } } }\n  }\n}": typeof types.EvidenceCeopStatisticsDocument,
    "query EvidenceStatisticBounds($id: ID!) { evidence(id: $id) { ... on Statistic { valueText value low high } } }": typeof types.EvidenceStatisticBoundsDocument,
    "query EvidenceAFinding { claims(filter: { sources: [\"gallagher-2006\"], kinds: [FINDING] }, first: 1) { edges { node { id } } } }": typeof types.EvidenceAFindingDocument,
    "query EvidenceItemInContext($id: ID!) {\n  evidence(id: $id) {\n    __typename id source { id title }\n    quote { exact text start end prefix suffix context { before quote after passages { id start end } } }\n    ... on Claim { text kind }\n  }\n}": typeof types.EvidenceItemInContextDocument,
    "query EvidenceNoSuchItem { evidence(id: \"no:such\") { id } }": typeof types.EvidenceNoSuchItemDocument,
    "query EvidenceSlideQuotes {\n  claims(filter: { sources: [\"iwg-oso-2018\"], text: \"consultation\" }, first: 50) { edges { node { quote { exact text reading } } } }\n}": typeof types.EvidenceSlideQuotesDocument,
    "query EvidenceGaps {\n  researchGaps(first: 500) {\n    totalCount\n    edges { node { id question priority status sourceCount raisedBy { priority priorityBasis claim { id source { id } quote { exact } } } } }\n  }\n}": typeof types.EvidenceGapsDocument,
    "query EvidenceGapsBySources { researchGaps(orderBy: SOURCES, first: 500) { edges { node { sourceCount } } } }": typeof types.EvidenceGapsBySourcesDocument,
    "query EvidenceNestedSourceCounts {\n  sources { id passageCount claimCount statisticCount }\n  researchGaps(first: 500) { edges { node { raisedBy { claim { source { id passageCount claimCount statisticCount } } } } } }\n}": typeof types.EvidenceNestedSourceCountsDocument,
    "query EvidenceCeopGaps { researchGaps(filter: { sources: [\"ceop-2013\"] }, first: 500) { edges { node { raisedBy { claim { source { id } } } } } } }": typeof types.EvidenceCeopGapsDocument,
    "query EvidenceGapPage($statuses: [String!], $orderBy: GapOrder, $reverse: Boolean, $first: Int, $after: String) {\n  researchGaps(statuses: $statuses, orderBy: $orderBy, reverse: $reverse, first: $first, after: $after) {\n    totalCount\n    edges { node { id question priority status sourceCount topics { name } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.EvidenceGapPageDocument,
    "query EvidenceMisconceptions {\n  misconceptions { id belief correction mentions { stance claim { id kind source { id } quote { exact } } } }\n}": typeof types.EvidenceMisconceptionsDocument,
    "query EvidenceSpans { source(id: \"merdian-2019\") { claimCount statisticCount evidenceSpans { id type kind start end label } } }": typeof types.EvidenceSpansDocument,
    "query ExpansionsGraph($focus: [ID!], $limit: Int, $expansions: [GraphExpansion!]) {\n  graph(focus: $focus, neighbourLimit: $limit, expansions: $expansions) {\n    focus\n    nodes { id type groupOf hiddenCount nextOffset degree }\n    edges { id source target kind }\n  }\n}": typeof types.ExpansionsGraphDocument,
    "query BudgetedGraph($focus: [ID!], $depth: Int, $limit: Int, $budget: Int) {\n  graph(focus: $focus, depth: $depth, neighbourLimit: $limit, nodeBudget: $budget) {\n    nodes { id type groupOf hiddenCount nextOffset }\n  }\n}": typeof types.BudgetedGraphDocument,
    "query BudgetTopics { topics { id claimCount statisticCount } }": typeof types.BudgetTopicsDocument,
    "query ExpansionsNeighbours { neighbours(id: \"live-streaming\", offset: 5, limit: 5) { nodes { id type } } }": typeof types.ExpansionsNeighboursDocument,
    "fragment GraphTestFields on Graph {\n  focus\n  nodes { id type label sourceId topics kind degree groupOf hiddenCount nextOffset }\n  edges { id source target kind status subtype label }\n}": typeof types.GraphTestFieldsFragmentDoc,
    "query GraphTest($focus: [ID!], $depth: Int, $filter: GraphFilter, $limit: Int) {\n  graph(focus: $focus, depth: $depth, filter: $filter, neighbourLimit: $limit) { ...GraphTestFields }\n}": typeof types.GraphTestDocument,
    "query GraphTestNeighbours($o: Int) { neighbours(id: \"ceop-2013\", offset: $o, limit: 200) { ...GraphTestFields } }": typeof types.GraphTestNeighboursDocument,
    "query GraphTestCeopCounts {\n  claims(filter: { sources: [\"ceop-2013\"] }, first: 0) { totalCount }\n  statistics(filter: { sources: [\"ceop-2013\"] }, first: 0) { totalCount }\n}": typeof types.GraphTestCeopCountsDocument,
    "query GraphTestMerdianStatistics { statistics(filter: { sources: [\"merdian-2019\"] }, first: 200) { edges { node { id } } } }": typeof types.GraphTestMerdianStatisticsDocument,
    "query GraphTestTrace($id: ID!) { trace(id: $id) { item { ... on Statistic { id } } attributions { verdict } } }": typeof types.GraphTestTraceDocument,
    "query GraphTestSources { sources { id } }": typeof types.GraphTestSourcesDocument,
    "query GraphTestSearch($q: String!, $types: [SearchHitType!], $filter: SearchFilter, $first: Int, $after: String) {\n    search(query: $q, types: $types, filter: $filter, first: $first, after: $after) {\n      totalCount countsByType { type count }\n      edges { cursor type score highlight node {\n        __typename\n        ... on Claim { id text source { id } topics { id } quote { exact start end } }\n        ... on Statistic { id measure source { id } topics { id } quote { exact start end } }\n        ... on ResearchGap { id question raisedBy { claim { source { id } } } }\n        ... on Misconception { id belief mentions { claim { source { id } } } }\n        ... on Passage { id start end raw source { id } }\n      } }\n      pageInfo { hasNextPage endCursor } } }": typeof types.GraphTestSearchDocument,
    "query GraphTestSearchCounts($q: String!) {\n    search(query: $q, first: 0) { totalCount totalCapped countsByType { type count capped } } }": typeof types.GraphTestSearchCountsDocument,
    "query GraphTestConsensus($id: ID!) { consensus(id: $id) { id type subject\n    stances { stance subtype rationale source { id kind year } evidence { ... on Claim { id source { id } quote { exact start end } } ... on Statistic { id source { id } quote { exact start end } } } }\n    silent { id } } }": typeof types.GraphTestConsensusDocument,
    "query GraphTestAQualification {\n    relations(filter: { kinds: [QUALIFIES] }, first: 1) { edges { node { from { ... on Claim { id } ... on Statistic { id } } to { ... on Claim { id } ... on Statistic { id } } } } }\n  }": typeof types.GraphTestAQualificationDocument,
    "query GraphTestGaps {\n    researchGaps(first: 500) { edges { node { id sourceCount status raisedBy { claim { id } } addressedBy { ... on Claim { id } ... on Statistic { id } } } } }\n  }": typeof types.GraphTestGapsDocument,
    "query ItemsGapsAndMisconceptions { researchGaps(first: 1) { edges { node { id question } } } misconceptions { id belief } }": typeof types.ItemsGapsAndMisconceptionsDocument,
    "query ItemsById($g: ID!, $m: ID!) { researchGap(id: $g) { id question priorityTier topics { id } raisedBy { claim { id } } }\n        misconception(id: $m) { id belief mentions { claim { id } } }\n        none: researchGap(id: \"gap:does-not-exist\") { id } noMis: misconception(id: \"misc:does-not-exist\") { id } }": typeof types.ItemsByIdDocument,
    "query ItemsGapTiers { researchGaps(first: 500) { edges { node { id status sourceCount priorityTier } } } }": typeof types.ItemsGapTiersDocument,
    "query ItemsAttributions {\n        attributions { id citation verdict rationale from { id source { id } ... on Claim { links { cites { verdict toSource { id } } } } ... on Statistic { links { cites { verdict toSource { id } } } } } toSource { id } to { id } }\n      }": typeof types.ItemsAttributionsDocument,
    "query ItemsLinkedRelations { relations(first: 500, filter: { kinds: [SUPPORTS, CONTRADICTS, QUALIFIES] }) { edges { node { kind from { id } to { id } } } } }": typeof types.ItemsLinkedRelationsDocument,
    "query ItemsTwelveLinks($e0: ID!, $e1: ID!, $e2: ID!, $e3: ID!, $e4: ID!, $e5: ID!, $e6: ID!, $e7: ID!, $e8: ID!, $e9: ID!, $e10: ID!, $e11: ID!) {\n        e0: evidence(id: $e0) { ...ItemsLinkCounts } e1: evidence(id: $e1) { ...ItemsLinkCounts } e2: evidence(id: $e2) { ...ItemsLinkCounts }\n        e3: evidence(id: $e3) { ...ItemsLinkCounts } e4: evidence(id: $e4) { ...ItemsLinkCounts } e5: evidence(id: $e5) { ...ItemsLinkCounts }\n        e6: evidence(id: $e6) { ...ItemsLinkCounts } e7: evidence(id: $e7) { ...ItemsLinkCounts } e8: evidence(id: $e8) { ...ItemsLinkCounts }\n        e9: evidence(id: $e9) { ...ItemsLinkCounts } e10: evidence(id: $e10) { ...ItemsLinkCounts } e11: evidence(id: $e11) { ...ItemsLinkCounts }\n      }\n      fragment ItemsLinkCounts on Evidence { id ... on Claim { links { supports contradicts qualifies } } ... on Statistic { links { supports contradicts qualifies } } }": typeof types.ItemsTwelveLinksDocument,
    "query ItemsHitsWithoutLinks { search(query: \"webcam\", first: 20, types: [CLAIM, STATISTIC]) { edges { node { ... on Claim { id } ... on Statistic { id } } } } }": typeof types.ItemsHitsWithoutLinksDocument,
    "query ItemsHitsWithLinks { search(query: \"webcam\", first: 20, types: [CLAIM, STATISTIC]) {\n        edges { node { ... on Claim { id links { supports contradicts qualifies citedBy cites { verdict } } } ... on Statistic { id links { supports } } } }\n      } }": typeof types.ItemsHitsWithLinksDocument,
    "mutation ItemsRunLinkProposer { runLinkProposer { candidates waiting audit { id action actor targetId after } } }": typeof types.ItemsRunLinkProposerDocument,
    "query ItemsWaitingLinks { proposedLinks(first: 5) { id from { id source { id } } to { id source { id } } } }": typeof types.ItemsWaitingLinksDocument,
    "query ReaderWindow($around: ID, $before: String, $after: String, $first: Int) { source(id: \"gallagher-2006\") {\n  passages(first: $first, around: $around, before: $before, after: $after, roles: [BODY, HEADING, TABLE, CAPTION, FOOTNOTE]) {\n    totalCount hasPreviousPage edges { cursor node { id ordinal } } pageInfo { hasNextPage } } } }": typeof types.ReaderWindowDocument,
    "query ReaderStatistics { statistics(filter: { sources: [\"gallagher-2006\"] }, first: 500) { edges { node { id quote { context { passages { id ordinal } } } } } } }": typeof types.ReaderStatisticsDocument,
    "query ReaderForeignClaim { claims(filter: { sources: [\"merdian-2019\"] }, first: 1) { edges { node { id } } } }": typeof types.ReaderForeignClaimDocument,
    "fragment RelationsTestEnd on Evidence {\n  ... on Claim { id text source { id } quote { exact start end } topics { id } }\n  ... on Statistic { id measure source { id } quote { exact start end } topics { id } }\n}": typeof types.RelationsTestEndFragmentDoc,
    "query RelationsTestAll {\n  relations(first: 500) { totalCount edges { node { id kind subtype rationale confidence status from { ...RelationsTestEnd } to { ...RelationsTestEnd } } } }\n}": typeof types.RelationsTestAllDocument,
    "query RelationsTestFiltered($f: RelationFilter) {\n  relations(filter: $f, first: 500) { totalCount edges { node { kind subtype from { ...RelationsTestEnd } to { ...RelationsTestEnd } } } }\n}": typeof types.RelationsTestFilteredDocument,
    "query RelationsTestAssertedVsOpen {\n  relations(filter: { kinds: [ASSERTED_VS_OPEN] }, first: 200) {\n    totalCount edges { node { from { ...RelationsTestEnd } to { ... on Claim { kind raises { id question } } } } }\n  }\n}": typeof types.RelationsTestAssertedVsOpenDocument,
    "query RelationsTestOne { relations(first: 1) { totalCount } }": typeof types.RelationsTestOneDocument,
    "query RelationsTestMerdianItems {\n  claims(filter: { sources: [\"merdian-2019\"] }, first: 500) { edges { node { id } } }\n  statistics(filter: { sources: [\"merdian-2019\"] }, first: 200) { edges { node { id } } }\n}": typeof types.RelationsTestMerdianItemsDocument,
    "query RelationsTestTrace($id: ID!) {\n  trace(id: $id) { item { ...RelationsTestEnd } attributions { id citation verdict rationale toSource { id } to { ...RelationsTestEnd } } }\n}": typeof types.RelationsTestTraceDocument,
    "query RelationsTestCitedBy($id: ID!) { trace(id: $id) { citedBy { from { ...RelationsTestEnd } verdict } } }": typeof types.RelationsTestCitedByDocument,
    "query RelationsTestComparisons {\n  statisticComparisons {\n    id measure tolerance statistics { id source { id } value unit }\n    results { a { id source { id } value } b { id source { id } value } verdict difference facet reason }\n  }\n}": typeof types.RelationsTestComparisonsDocument,
    "query RelationsTestConflicting { statisticComparisons(filter: { verdicts: [CONFLICTING] }) { results { verdict } } }": typeof types.RelationsTestConflictingDocument,
    "query RelationsTestGaps {\n  researchGaps(first: 200) {\n    totalCount\n    edges { node { id status statusRationale sourceCount raisedBy { claim { source { id } } } addressedBy { ...RelationsTestEnd } } }\n  }\n}": typeof types.RelationsTestGapsDocument,
    "query RelationsTestPairs { pairSummaries { id overlap summary sources { id } evidence { ...RelationsTestEnd } } }": typeof types.RelationsTestPairsDocument,
    "query RelationsTestProposed {\n  proposedLinks(first: 10) { id score reasons status from { ...RelationsTestEnd } to { ...RelationsTestEnd } }\n}": typeof types.RelationsTestProposedDocument,
    "query RelationsTestMap { evidenceMap { topics { id } sources { id } cells { topic source claims statistics gaps agreements contradictions } } }": typeof types.RelationsTestMapDocument,
    "query RelationsTestCellClaims($t: ID!, $s: ID!) {\n  claims(filter: { topics: [$t], sources: [$s], kinds: [FINDING, ASSERTION, RECOMMENDATION, DEFINITION, METHOD] }) { totalCount }\n}": typeof types.RelationsTestCellClaimsDocument,
    "query ApiSources { sources { id title authors year kind passageCount } }": typeof types.ApiSourcesDocument,
    "query ApiPassages($after: String) { source(id: \"ceop-2013\") { passageCount passages(first: 50, after: $after, roles: [BODY, HEADING, TABLE, CAPTION, FOOTNOTE]) {\n      totalCount edges { cursor node { id ordinal start end role raw text } } pageInfo { hasNextPage endCursor } } } }": typeof types.ApiPassagesDocument,
    "query ApiNoSource { source(id: \"nope\") { id } }": typeof types.ApiNoSourceDocument,
    "query ApiPassageSearch {\n        search(query: \"live streaming\", types: [PASSAGE], first: 5) {\n          totalCount edges { type score highlight node { ... on Passage { id start end raw role source { id title } } } } pageInfo { hasNextPage endCursor }\n        }\n      }": typeof types.ApiPassageSearchDocument,
    "query ApiSlideSearch { search(query: \"consultation process IWG_OSO\", types: [PASSAGE]) { edges { node { ... on Passage { source { id } text } } } } }": typeof types.ApiSlideSearchDocument,
    "query ApiSearchCount($q: String!) { search(query: $q) { totalCount } }": typeof types.ApiSearchCountDocument,
    "fragment CurationEnd on Evidence { ... on Claim { id source { id } } ... on Statistic { id source { id } } }": typeof types.CurationEndFragmentDoc,
    "fragment CurationRelation on Relation {\n  id kind subtype rationale confidence status curator createdAt updatedAt updatedBy rejectionReason from { ...CurationEnd } to { ...CurationEnd }\n}": typeof types.CurationRelationFragmentDoc,
    "fragment CurationAudit on AuditRecord { id at actor role action targetId relatedId before after requestId }": typeof types.CurationAuditFragmentDoc,
    "fragment CurationLink on ProposedLink { id status decidedBy decidedAt reason relationId from { ...CurationEnd } to { ...CurationEnd } }": typeof types.CurationLinkFragmentDoc,
    "mutation CurationPropose($input: ProposeRelationInput!) {\n  proposeRelation(input: $input) { relation { ...CurationRelation } audit { ...CurationAudit } }\n}": typeof types.CurationProposeDocument,
    "mutation CurationAccept($id: ID!) { acceptRelation(id: $id) { relation { ...CurationRelation } audit { ...CurationAudit } } }": typeof types.CurationAcceptDocument,
    "mutation CurationReject($id: ID!, $reason: String) {\n  rejectRelation(id: $id, reason: $reason) { relation { ...CurationRelation } audit { ...CurationAudit } }\n}": typeof types.CurationRejectDocument,
    "mutation CurationEdit($id: ID!, $input: EditRelationInput!) {\n  editRelation(id: $id, input: $input) { relation { ...CurationRelation } audit { ...CurationAudit } }\n}": typeof types.CurationEditDocument,
    "mutation CurationAcceptLink($id: ID!, $input: AcceptProposedLinkInput!) {\n  acceptProposedLink(id: $id, input: $input) { link { ...CurationLink } relation { ...CurationRelation } audit { ...CurationAudit } }\n}": typeof types.CurationAcceptLinkDocument,
    "mutation CurationRejectLink($id: ID!, $reason: String) {\n  rejectProposedLink(id: $id, reason: $reason) { link { ...CurationLink } relation { id } audit { ...CurationAudit } }\n}": typeof types.CurationRejectLinkDocument,
    "mutation CurationAnnotate($itemId: ID!, $text: String!) {\n  annotate(itemId: $itemId, text: $text) { annotation { id itemId text author createdAt } audit { ...CurationAudit } }\n}": typeof types.CurationAnnotateDocument,
    "query CurationAuditLog($targetId: ID, $actor: String, $first: Int, $after: String) {\n  auditLog(targetId: $targetId, actor: $actor, first: $first, after: $after) {\n    totalCount edges { cursor node { ...CurationAudit } } pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.CurationAuditLogDocument,
    "query ExportsGaps { researchGaps(first: 500) { totalCount edges { node { id priority priorityTier status sourceCount topics { name } } } } }": typeof types.ExportsGapsDocument,
    "query ExportsGapQuestions { researchGaps(first: 1) { totalCount } }": typeof types.ExportsGapQuestionsDocument,
    "query ExportsSources { sources { id title authors year yearNote publisher doi } }": typeof types.ExportsSourcesDocument,
    "query ExportsGraph($focus: [ID!], $depth: Int, $filter: GraphFilter, $limit: Int, $budget: Int, $expansions: [GraphExpansion!]) {\n  graph(focus: $focus, depth: $depth, filter: $filter, neighbourLimit: $limit, nodeBudget: $budget, expansions: $expansions) {\n    focus\n    nodes { id type label sourceId topics kind degree groupOf hiddenCount nextOffset }\n    edges { id source target kind status subtype label }\n  }\n}": typeof types.ExportsGraphDocument,
    "\n  mutation ReplaceAccept($id: ID!, $input: AcceptCandidateInput) {\n    acceptCandidate(id: $id, input: $input) {\n      item {\n        __typename\n        ... on Statistic {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ReplaceAcceptDocument,
    "\n  query ReplaceSourceTitles {\n    sources {\n      id\n      title\n    }\n  }\n": typeof types.ReplaceSourceTitlesDocument,
    "\n  mutation ReseedAccept($id: ID!, $input: AcceptCandidateInput) {\n    acceptCandidate(id: $id, input: $input) {\n      item {\n        __typename\n        ... on Claim {\n          id\n          quote {\n            exact\n            start\n            end\n          }\n        }\n        ... on Statistic {\n          id\n          quote {\n            exact\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReseedAcceptDocument,
    "\n  query ReseedItem($id: ID!) {\n    evidence(id: $id) {\n      __typename\n      ... on Claim {\n        id\n        text\n        quote {\n          exact\n          start\n          end\n        }\n        raises {\n          id\n          question\n        }\n      }\n      ... on Statistic {\n        id\n        value\n        unit\n        quote {\n          exact\n          start\n          end\n        }\n      }\n    }\n  }\n": typeof types.ReseedItemDocument,
};
const documents: Documents = {
    "query CurationSources { sources { id } }": types.CurationSourcesDocument,
    "query CurationItemNotes($id: ID!) { evidence(id: $id) { annotations { text author } } }": types.CurationItemNotesDocument,
    "query CurationGapNotes { researchGaps(first: 500) { edges { node { id annotations { text } } } } }": types.CurationGapNotesDocument,
    "query CurationMisconceptionNotes { misconceptions { id annotations { text } } }": types.CurationMisconceptionNotesDocument,
    "query CurationClaimNotes($n: Int) {\n      claims(first: $n) { edges { node { id annotations { text } raises { annotations { text } } misconceptions { misconception { annotations { text } } } } } }\n    }": types.CurationClaimNotesDocument,
    "query CurationStatisticNotes($f: EvidenceFilter) { statistics(filter: $f, first: 500) { edges { node { id annotations { text } } } } }": types.CurationStatisticNotesDocument,
    "query CurationEvidenceMap { evidenceMap { cells { topic source agreements } } }": types.CurationEvidenceMapDocument,
    "query CurationDefaultFocus { graph(depth: 0) { focus } }": types.CurationDefaultFocusDocument,
    "query CurationSourcePage($id: ID!, $limit: Int) { graph(focus: [$id], depth: 0, neighbourLimit: $limit) { nodes { id type } } }": types.CurationSourcePageDocument,
    "query CurationProposedRelations { relations(filter: { statuses: [PROPOSED] }) { edges { node { id status } } } }": types.CurationProposedRelationsDocument,
    "query CurationCuratedOfPair {\n        relations(filter: { statuses: [CURATED], sources: [\"ceop-2013\", \"gallagher-2006\"] }, first: 500) { edges { node { id status curator } } }\n      }": types.CurationCuratedOfPairDocument,
    "query CurationListed { relations(first: 500) { edges { node { id } } } }": types.CurationListedDocument,
    "query CurationCuratedQualifications { relations(filter: { statuses: [CURATED], kinds: [QUALIFIES] }, first: 500) { edges { node { id } } } }": types.CurationCuratedQualificationsDocument,
    "query CurationWaitingLinks { proposedLinks(first: 500) { id } }": types.CurationWaitingLinksDocument,
    "query EvidenceTopics { topics { id name claimCount statisticCount } }": types.EvidenceTopicsDocument,
    "query EvidenceClaimsPage($f: EvidenceFilter, $after: String) {\n  claims(filter: $f, first: 20, after: $after) {\n    totalCount\n    edges { cursor node { id text kind hedged source { id } topics { id } quote { exact start end } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.EvidenceClaimsPageDocument,
    "query EvidenceClaimsWithWord { claims(filter: { text: \"webcam\" }, first: 50) { totalCount edges { node { text quote { exact } } } } }": types.EvidenceClaimsWithWordDocument,
    "query EvidenceCeopStatistics {\n  statistics(filter: { sources: [\"ceop-2013\"] }, first: 200) {\n    totalCount edges { node { id value valueText unit measure approximate source { id } quote { exact start end } } }\n  }\n}": types.EvidenceCeopStatisticsDocument,
    "query EvidenceStatisticBounds($id: ID!) { evidence(id: $id) { ... on Statistic { valueText value low high } } }": types.EvidenceStatisticBoundsDocument,
    "query EvidenceAFinding { claims(filter: { sources: [\"gallagher-2006\"], kinds: [FINDING] }, first: 1) { edges { node { id } } } }": types.EvidenceAFindingDocument,
    "query EvidenceItemInContext($id: ID!) {\n  evidence(id: $id) {\n    __typename id source { id title }\n    quote { exact text start end prefix suffix context { before quote after passages { id start end } } }\n    ... on Claim { text kind }\n  }\n}": types.EvidenceItemInContextDocument,
    "query EvidenceNoSuchItem { evidence(id: \"no:such\") { id } }": types.EvidenceNoSuchItemDocument,
    "query EvidenceSlideQuotes {\n  claims(filter: { sources: [\"iwg-oso-2018\"], text: \"consultation\" }, first: 50) { edges { node { quote { exact text reading } } } }\n}": types.EvidenceSlideQuotesDocument,
    "query EvidenceGaps {\n  researchGaps(first: 500) {\n    totalCount\n    edges { node { id question priority status sourceCount raisedBy { priority priorityBasis claim { id source { id } quote { exact } } } } }\n  }\n}": types.EvidenceGapsDocument,
    "query EvidenceGapsBySources { researchGaps(orderBy: SOURCES, first: 500) { edges { node { sourceCount } } } }": types.EvidenceGapsBySourcesDocument,
    "query EvidenceNestedSourceCounts {\n  sources { id passageCount claimCount statisticCount }\n  researchGaps(first: 500) { edges { node { raisedBy { claim { source { id passageCount claimCount statisticCount } } } } } }\n}": types.EvidenceNestedSourceCountsDocument,
    "query EvidenceCeopGaps { researchGaps(filter: { sources: [\"ceop-2013\"] }, first: 500) { edges { node { raisedBy { claim { source { id } } } } } } }": types.EvidenceCeopGapsDocument,
    "query EvidenceGapPage($statuses: [String!], $orderBy: GapOrder, $reverse: Boolean, $first: Int, $after: String) {\n  researchGaps(statuses: $statuses, orderBy: $orderBy, reverse: $reverse, first: $first, after: $after) {\n    totalCount\n    edges { node { id question priority status sourceCount topics { name } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.EvidenceGapPageDocument,
    "query EvidenceMisconceptions {\n  misconceptions { id belief correction mentions { stance claim { id kind source { id } quote { exact } } } }\n}": types.EvidenceMisconceptionsDocument,
    "query EvidenceSpans { source(id: \"merdian-2019\") { claimCount statisticCount evidenceSpans { id type kind start end label } } }": types.EvidenceSpansDocument,
    "query ExpansionsGraph($focus: [ID!], $limit: Int, $expansions: [GraphExpansion!]) {\n  graph(focus: $focus, neighbourLimit: $limit, expansions: $expansions) {\n    focus\n    nodes { id type groupOf hiddenCount nextOffset degree }\n    edges { id source target kind }\n  }\n}": types.ExpansionsGraphDocument,
    "query BudgetedGraph($focus: [ID!], $depth: Int, $limit: Int, $budget: Int) {\n  graph(focus: $focus, depth: $depth, neighbourLimit: $limit, nodeBudget: $budget) {\n    nodes { id type groupOf hiddenCount nextOffset }\n  }\n}": types.BudgetedGraphDocument,
    "query BudgetTopics { topics { id claimCount statisticCount } }": types.BudgetTopicsDocument,
    "query ExpansionsNeighbours { neighbours(id: \"live-streaming\", offset: 5, limit: 5) { nodes { id type } } }": types.ExpansionsNeighboursDocument,
    "fragment GraphTestFields on Graph {\n  focus\n  nodes { id type label sourceId topics kind degree groupOf hiddenCount nextOffset }\n  edges { id source target kind status subtype label }\n}": types.GraphTestFieldsFragmentDoc,
    "query GraphTest($focus: [ID!], $depth: Int, $filter: GraphFilter, $limit: Int) {\n  graph(focus: $focus, depth: $depth, filter: $filter, neighbourLimit: $limit) { ...GraphTestFields }\n}": types.GraphTestDocument,
    "query GraphTestNeighbours($o: Int) { neighbours(id: \"ceop-2013\", offset: $o, limit: 200) { ...GraphTestFields } }": types.GraphTestNeighboursDocument,
    "query GraphTestCeopCounts {\n  claims(filter: { sources: [\"ceop-2013\"] }, first: 0) { totalCount }\n  statistics(filter: { sources: [\"ceop-2013\"] }, first: 0) { totalCount }\n}": types.GraphTestCeopCountsDocument,
    "query GraphTestMerdianStatistics { statistics(filter: { sources: [\"merdian-2019\"] }, first: 200) { edges { node { id } } } }": types.GraphTestMerdianStatisticsDocument,
    "query GraphTestTrace($id: ID!) { trace(id: $id) { item { ... on Statistic { id } } attributions { verdict } } }": types.GraphTestTraceDocument,
    "query GraphTestSources { sources { id } }": types.GraphTestSourcesDocument,
    "query GraphTestSearch($q: String!, $types: [SearchHitType!], $filter: SearchFilter, $first: Int, $after: String) {\n    search(query: $q, types: $types, filter: $filter, first: $first, after: $after) {\n      totalCount countsByType { type count }\n      edges { cursor type score highlight node {\n        __typename\n        ... on Claim { id text source { id } topics { id } quote { exact start end } }\n        ... on Statistic { id measure source { id } topics { id } quote { exact start end } }\n        ... on ResearchGap { id question raisedBy { claim { source { id } } } }\n        ... on Misconception { id belief mentions { claim { source { id } } } }\n        ... on Passage { id start end raw source { id } }\n      } }\n      pageInfo { hasNextPage endCursor } } }": types.GraphTestSearchDocument,
    "query GraphTestSearchCounts($q: String!) {\n    search(query: $q, first: 0) { totalCount totalCapped countsByType { type count capped } } }": types.GraphTestSearchCountsDocument,
    "query GraphTestConsensus($id: ID!) { consensus(id: $id) { id type subject\n    stances { stance subtype rationale source { id kind year } evidence { ... on Claim { id source { id } quote { exact start end } } ... on Statistic { id source { id } quote { exact start end } } } }\n    silent { id } } }": types.GraphTestConsensusDocument,
    "query GraphTestAQualification {\n    relations(filter: { kinds: [QUALIFIES] }, first: 1) { edges { node { from { ... on Claim { id } ... on Statistic { id } } to { ... on Claim { id } ... on Statistic { id } } } } }\n  }": types.GraphTestAQualificationDocument,
    "query GraphTestGaps {\n    researchGaps(first: 500) { edges { node { id sourceCount status raisedBy { claim { id } } addressedBy { ... on Claim { id } ... on Statistic { id } } } } }\n  }": types.GraphTestGapsDocument,
    "query ItemsGapsAndMisconceptions { researchGaps(first: 1) { edges { node { id question } } } misconceptions { id belief } }": types.ItemsGapsAndMisconceptionsDocument,
    "query ItemsById($g: ID!, $m: ID!) { researchGap(id: $g) { id question priorityTier topics { id } raisedBy { claim { id } } }\n        misconception(id: $m) { id belief mentions { claim { id } } }\n        none: researchGap(id: \"gap:does-not-exist\") { id } noMis: misconception(id: \"misc:does-not-exist\") { id } }": types.ItemsByIdDocument,
    "query ItemsGapTiers { researchGaps(first: 500) { edges { node { id status sourceCount priorityTier } } } }": types.ItemsGapTiersDocument,
    "query ItemsAttributions {\n        attributions { id citation verdict rationale from { id source { id } ... on Claim { links { cites { verdict toSource { id } } } } ... on Statistic { links { cites { verdict toSource { id } } } } } toSource { id } to { id } }\n      }": types.ItemsAttributionsDocument,
    "query ItemsLinkedRelations { relations(first: 500, filter: { kinds: [SUPPORTS, CONTRADICTS, QUALIFIES] }) { edges { node { kind from { id } to { id } } } } }": types.ItemsLinkedRelationsDocument,
    "query ItemsTwelveLinks($e0: ID!, $e1: ID!, $e2: ID!, $e3: ID!, $e4: ID!, $e5: ID!, $e6: ID!, $e7: ID!, $e8: ID!, $e9: ID!, $e10: ID!, $e11: ID!) {\n        e0: evidence(id: $e0) { ...ItemsLinkCounts } e1: evidence(id: $e1) { ...ItemsLinkCounts } e2: evidence(id: $e2) { ...ItemsLinkCounts }\n        e3: evidence(id: $e3) { ...ItemsLinkCounts } e4: evidence(id: $e4) { ...ItemsLinkCounts } e5: evidence(id: $e5) { ...ItemsLinkCounts }\n        e6: evidence(id: $e6) { ...ItemsLinkCounts } e7: evidence(id: $e7) { ...ItemsLinkCounts } e8: evidence(id: $e8) { ...ItemsLinkCounts }\n        e9: evidence(id: $e9) { ...ItemsLinkCounts } e10: evidence(id: $e10) { ...ItemsLinkCounts } e11: evidence(id: $e11) { ...ItemsLinkCounts }\n      }\n      fragment ItemsLinkCounts on Evidence { id ... on Claim { links { supports contradicts qualifies } } ... on Statistic { links { supports contradicts qualifies } } }": types.ItemsTwelveLinksDocument,
    "query ItemsHitsWithoutLinks { search(query: \"webcam\", first: 20, types: [CLAIM, STATISTIC]) { edges { node { ... on Claim { id } ... on Statistic { id } } } } }": types.ItemsHitsWithoutLinksDocument,
    "query ItemsHitsWithLinks { search(query: \"webcam\", first: 20, types: [CLAIM, STATISTIC]) {\n        edges { node { ... on Claim { id links { supports contradicts qualifies citedBy cites { verdict } } } ... on Statistic { id links { supports } } } }\n      } }": types.ItemsHitsWithLinksDocument,
    "mutation ItemsRunLinkProposer { runLinkProposer { candidates waiting audit { id action actor targetId after } } }": types.ItemsRunLinkProposerDocument,
    "query ItemsWaitingLinks { proposedLinks(first: 5) { id from { id source { id } } to { id source { id } } } }": types.ItemsWaitingLinksDocument,
    "query ReaderWindow($around: ID, $before: String, $after: String, $first: Int) { source(id: \"gallagher-2006\") {\n  passages(first: $first, around: $around, before: $before, after: $after, roles: [BODY, HEADING, TABLE, CAPTION, FOOTNOTE]) {\n    totalCount hasPreviousPage edges { cursor node { id ordinal } } pageInfo { hasNextPage } } } }": types.ReaderWindowDocument,
    "query ReaderStatistics { statistics(filter: { sources: [\"gallagher-2006\"] }, first: 500) { edges { node { id quote { context { passages { id ordinal } } } } } } }": types.ReaderStatisticsDocument,
    "query ReaderForeignClaim { claims(filter: { sources: [\"merdian-2019\"] }, first: 1) { edges { node { id } } } }": types.ReaderForeignClaimDocument,
    "fragment RelationsTestEnd on Evidence {\n  ... on Claim { id text source { id } quote { exact start end } topics { id } }\n  ... on Statistic { id measure source { id } quote { exact start end } topics { id } }\n}": types.RelationsTestEndFragmentDoc,
    "query RelationsTestAll {\n  relations(first: 500) { totalCount edges { node { id kind subtype rationale confidence status from { ...RelationsTestEnd } to { ...RelationsTestEnd } } } }\n}": types.RelationsTestAllDocument,
    "query RelationsTestFiltered($f: RelationFilter) {\n  relations(filter: $f, first: 500) { totalCount edges { node { kind subtype from { ...RelationsTestEnd } to { ...RelationsTestEnd } } } }\n}": types.RelationsTestFilteredDocument,
    "query RelationsTestAssertedVsOpen {\n  relations(filter: { kinds: [ASSERTED_VS_OPEN] }, first: 200) {\n    totalCount edges { node { from { ...RelationsTestEnd } to { ... on Claim { kind raises { id question } } } } }\n  }\n}": types.RelationsTestAssertedVsOpenDocument,
    "query RelationsTestOne { relations(first: 1) { totalCount } }": types.RelationsTestOneDocument,
    "query RelationsTestMerdianItems {\n  claims(filter: { sources: [\"merdian-2019\"] }, first: 500) { edges { node { id } } }\n  statistics(filter: { sources: [\"merdian-2019\"] }, first: 200) { edges { node { id } } }\n}": types.RelationsTestMerdianItemsDocument,
    "query RelationsTestTrace($id: ID!) {\n  trace(id: $id) { item { ...RelationsTestEnd } attributions { id citation verdict rationale toSource { id } to { ...RelationsTestEnd } } }\n}": types.RelationsTestTraceDocument,
    "query RelationsTestCitedBy($id: ID!) { trace(id: $id) { citedBy { from { ...RelationsTestEnd } verdict } } }": types.RelationsTestCitedByDocument,
    "query RelationsTestComparisons {\n  statisticComparisons {\n    id measure tolerance statistics { id source { id } value unit }\n    results { a { id source { id } value } b { id source { id } value } verdict difference facet reason }\n  }\n}": types.RelationsTestComparisonsDocument,
    "query RelationsTestConflicting { statisticComparisons(filter: { verdicts: [CONFLICTING] }) { results { verdict } } }": types.RelationsTestConflictingDocument,
    "query RelationsTestGaps {\n  researchGaps(first: 200) {\n    totalCount\n    edges { node { id status statusRationale sourceCount raisedBy { claim { source { id } } } addressedBy { ...RelationsTestEnd } } }\n  }\n}": types.RelationsTestGapsDocument,
    "query RelationsTestPairs { pairSummaries { id overlap summary sources { id } evidence { ...RelationsTestEnd } } }": types.RelationsTestPairsDocument,
    "query RelationsTestProposed {\n  proposedLinks(first: 10) { id score reasons status from { ...RelationsTestEnd } to { ...RelationsTestEnd } }\n}": types.RelationsTestProposedDocument,
    "query RelationsTestMap { evidenceMap { topics { id } sources { id } cells { topic source claims statistics gaps agreements contradictions } } }": types.RelationsTestMapDocument,
    "query RelationsTestCellClaims($t: ID!, $s: ID!) {\n  claims(filter: { topics: [$t], sources: [$s], kinds: [FINDING, ASSERTION, RECOMMENDATION, DEFINITION, METHOD] }) { totalCount }\n}": types.RelationsTestCellClaimsDocument,
    "query ApiSources { sources { id title authors year kind passageCount } }": types.ApiSourcesDocument,
    "query ApiPassages($after: String) { source(id: \"ceop-2013\") { passageCount passages(first: 50, after: $after, roles: [BODY, HEADING, TABLE, CAPTION, FOOTNOTE]) {\n      totalCount edges { cursor node { id ordinal start end role raw text } } pageInfo { hasNextPage endCursor } } } }": types.ApiPassagesDocument,
    "query ApiNoSource { source(id: \"nope\") { id } }": types.ApiNoSourceDocument,
    "query ApiPassageSearch {\n        search(query: \"live streaming\", types: [PASSAGE], first: 5) {\n          totalCount edges { type score highlight node { ... on Passage { id start end raw role source { id title } } } } pageInfo { hasNextPage endCursor }\n        }\n      }": types.ApiPassageSearchDocument,
    "query ApiSlideSearch { search(query: \"consultation process IWG_OSO\", types: [PASSAGE]) { edges { node { ... on Passage { source { id } text } } } } }": types.ApiSlideSearchDocument,
    "query ApiSearchCount($q: String!) { search(query: $q) { totalCount } }": types.ApiSearchCountDocument,
    "fragment CurationEnd on Evidence { ... on Claim { id source { id } } ... on Statistic { id source { id } } }": types.CurationEndFragmentDoc,
    "fragment CurationRelation on Relation {\n  id kind subtype rationale confidence status curator createdAt updatedAt updatedBy rejectionReason from { ...CurationEnd } to { ...CurationEnd }\n}": types.CurationRelationFragmentDoc,
    "fragment CurationAudit on AuditRecord { id at actor role action targetId relatedId before after requestId }": types.CurationAuditFragmentDoc,
    "fragment CurationLink on ProposedLink { id status decidedBy decidedAt reason relationId from { ...CurationEnd } to { ...CurationEnd } }": types.CurationLinkFragmentDoc,
    "mutation CurationPropose($input: ProposeRelationInput!) {\n  proposeRelation(input: $input) { relation { ...CurationRelation } audit { ...CurationAudit } }\n}": types.CurationProposeDocument,
    "mutation CurationAccept($id: ID!) { acceptRelation(id: $id) { relation { ...CurationRelation } audit { ...CurationAudit } } }": types.CurationAcceptDocument,
    "mutation CurationReject($id: ID!, $reason: String) {\n  rejectRelation(id: $id, reason: $reason) { relation { ...CurationRelation } audit { ...CurationAudit } }\n}": types.CurationRejectDocument,
    "mutation CurationEdit($id: ID!, $input: EditRelationInput!) {\n  editRelation(id: $id, input: $input) { relation { ...CurationRelation } audit { ...CurationAudit } }\n}": types.CurationEditDocument,
    "mutation CurationAcceptLink($id: ID!, $input: AcceptProposedLinkInput!) {\n  acceptProposedLink(id: $id, input: $input) { link { ...CurationLink } relation { ...CurationRelation } audit { ...CurationAudit } }\n}": types.CurationAcceptLinkDocument,
    "mutation CurationRejectLink($id: ID!, $reason: String) {\n  rejectProposedLink(id: $id, reason: $reason) { link { ...CurationLink } relation { id } audit { ...CurationAudit } }\n}": types.CurationRejectLinkDocument,
    "mutation CurationAnnotate($itemId: ID!, $text: String!) {\n  annotate(itemId: $itemId, text: $text) { annotation { id itemId text author createdAt } audit { ...CurationAudit } }\n}": types.CurationAnnotateDocument,
    "query CurationAuditLog($targetId: ID, $actor: String, $first: Int, $after: String) {\n  auditLog(targetId: $targetId, actor: $actor, first: $first, after: $after) {\n    totalCount edges { cursor node { ...CurationAudit } } pageInfo { hasNextPage endCursor }\n  }\n}": types.CurationAuditLogDocument,
    "query ExportsGaps { researchGaps(first: 500) { totalCount edges { node { id priority priorityTier status sourceCount topics { name } } } } }": types.ExportsGapsDocument,
    "query ExportsGapQuestions { researchGaps(first: 1) { totalCount } }": types.ExportsGapQuestionsDocument,
    "query ExportsSources { sources { id title authors year yearNote publisher doi } }": types.ExportsSourcesDocument,
    "query ExportsGraph($focus: [ID!], $depth: Int, $filter: GraphFilter, $limit: Int, $budget: Int, $expansions: [GraphExpansion!]) {\n  graph(focus: $focus, depth: $depth, filter: $filter, neighbourLimit: $limit, nodeBudget: $budget, expansions: $expansions) {\n    focus\n    nodes { id type label sourceId topics kind degree groupOf hiddenCount nextOffset }\n    edges { id source target kind status subtype label }\n  }\n}": types.ExportsGraphDocument,
    "\n  mutation ReplaceAccept($id: ID!, $input: AcceptCandidateInput) {\n    acceptCandidate(id: $id, input: $input) {\n      item {\n        __typename\n        ... on Statistic {\n          id\n        }\n      }\n    }\n  }\n": types.ReplaceAcceptDocument,
    "\n  query ReplaceSourceTitles {\n    sources {\n      id\n      title\n    }\n  }\n": types.ReplaceSourceTitlesDocument,
    "\n  mutation ReseedAccept($id: ID!, $input: AcceptCandidateInput) {\n    acceptCandidate(id: $id, input: $input) {\n      item {\n        __typename\n        ... on Claim {\n          id\n          quote {\n            exact\n            start\n            end\n          }\n        }\n        ... on Statistic {\n          id\n          quote {\n            exact\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n": types.ReseedAcceptDocument,
    "\n  query ReseedItem($id: ID!) {\n    evidence(id: $id) {\n      __typename\n      ... on Claim {\n        id\n        text\n        quote {\n          exact\n          start\n          end\n        }\n        raises {\n          id\n          question\n        }\n      }\n      ... on Statistic {\n        id\n        value\n        unit\n        quote {\n          exact\n          start\n          end\n        }\n      }\n    }\n  }\n": types.ReseedItemDocument,
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
export function graphql(source: "query CurationSources { sources { id } }"): (typeof documents)["query CurationSources { sources { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurationItemNotes($id: ID!) { evidence(id: $id) { annotations { text author } } }"): (typeof documents)["query CurationItemNotes($id: ID!) { evidence(id: $id) { annotations { text author } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurationGapNotes { researchGaps(first: 500) { edges { node { id annotations { text } } } } }"): (typeof documents)["query CurationGapNotes { researchGaps(first: 500) { edges { node { id annotations { text } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurationMisconceptionNotes { misconceptions { id annotations { text } } }"): (typeof documents)["query CurationMisconceptionNotes { misconceptions { id annotations { text } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurationClaimNotes($n: Int) {\n      claims(first: $n) { edges { node { id annotations { text } raises { annotations { text } } misconceptions { misconception { annotations { text } } } } } }\n    }"): (typeof documents)["query CurationClaimNotes($n: Int) {\n      claims(first: $n) { edges { node { id annotations { text } raises { annotations { text } } misconceptions { misconception { annotations { text } } } } } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurationStatisticNotes($f: EvidenceFilter) { statistics(filter: $f, first: 500) { edges { node { id annotations { text } } } } }"): (typeof documents)["query CurationStatisticNotes($f: EvidenceFilter) { statistics(filter: $f, first: 500) { edges { node { id annotations { text } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurationEvidenceMap { evidenceMap { cells { topic source agreements } } }"): (typeof documents)["query CurationEvidenceMap { evidenceMap { cells { topic source agreements } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurationDefaultFocus { graph(depth: 0) { focus } }"): (typeof documents)["query CurationDefaultFocus { graph(depth: 0) { focus } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurationSourcePage($id: ID!, $limit: Int) { graph(focus: [$id], depth: 0, neighbourLimit: $limit) { nodes { id type } } }"): (typeof documents)["query CurationSourcePage($id: ID!, $limit: Int) { graph(focus: [$id], depth: 0, neighbourLimit: $limit) { nodes { id type } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurationProposedRelations { relations(filter: { statuses: [PROPOSED] }) { edges { node { id status } } } }"): (typeof documents)["query CurationProposedRelations { relations(filter: { statuses: [PROPOSED] }) { edges { node { id status } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurationCuratedOfPair {\n        relations(filter: { statuses: [CURATED], sources: [\"ceop-2013\", \"gallagher-2006\"] }, first: 500) { edges { node { id status curator } } }\n      }"): (typeof documents)["query CurationCuratedOfPair {\n        relations(filter: { statuses: [CURATED], sources: [\"ceop-2013\", \"gallagher-2006\"] }, first: 500) { edges { node { id status curator } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurationListed { relations(first: 500) { edges { node { id } } } }"): (typeof documents)["query CurationListed { relations(first: 500) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurationCuratedQualifications { relations(filter: { statuses: [CURATED], kinds: [QUALIFIES] }, first: 500) { edges { node { id } } } }"): (typeof documents)["query CurationCuratedQualifications { relations(filter: { statuses: [CURATED], kinds: [QUALIFIES] }, first: 500) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurationWaitingLinks { proposedLinks(first: 500) { id } }"): (typeof documents)["query CurationWaitingLinks { proposedLinks(first: 500) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidenceTopics { topics { id name claimCount statisticCount } }"): (typeof documents)["query EvidenceTopics { topics { id name claimCount statisticCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidenceClaimsPage($f: EvidenceFilter, $after: String) {\n  claims(filter: $f, first: 20, after: $after) {\n    totalCount\n    edges { cursor node { id text kind hedged source { id } topics { id } quote { exact start end } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): (typeof documents)["query EvidenceClaimsPage($f: EvidenceFilter, $after: String) {\n  claims(filter: $f, first: 20, after: $after) {\n    totalCount\n    edges { cursor node { id text kind hedged source { id } topics { id } quote { exact start end } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidenceClaimsWithWord { claims(filter: { text: \"webcam\" }, first: 50) { totalCount edges { node { text quote { exact } } } } }"): (typeof documents)["query EvidenceClaimsWithWord { claims(filter: { text: \"webcam\" }, first: 50) { totalCount edges { node { text quote { exact } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidenceCeopStatistics {\n  statistics(filter: { sources: [\"ceop-2013\"] }, first: 200) {\n    totalCount edges { node { id value valueText unit measure approximate source { id } quote { exact start end } } }\n  }\n}"): (typeof documents)["query EvidenceCeopStatistics {\n  statistics(filter: { sources: [\"ceop-2013\"] }, first: 200) {\n    totalCount edges { node { id value valueText unit measure approximate source { id } quote { exact start end } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidenceStatisticBounds($id: ID!) { evidence(id: $id) { ... on Statistic { valueText value low high } } }"): (typeof documents)["query EvidenceStatisticBounds($id: ID!) { evidence(id: $id) { ... on Statistic { valueText value low high } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidenceAFinding { claims(filter: { sources: [\"gallagher-2006\"], kinds: [FINDING] }, first: 1) { edges { node { id } } } }"): (typeof documents)["query EvidenceAFinding { claims(filter: { sources: [\"gallagher-2006\"], kinds: [FINDING] }, first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidenceItemInContext($id: ID!) {\n  evidence(id: $id) {\n    __typename id source { id title }\n    quote { exact text start end prefix suffix context { before quote after passages { id start end } } }\n    ... on Claim { text kind }\n  }\n}"): (typeof documents)["query EvidenceItemInContext($id: ID!) {\n  evidence(id: $id) {\n    __typename id source { id title }\n    quote { exact text start end prefix suffix context { before quote after passages { id start end } } }\n    ... on Claim { text kind }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidenceNoSuchItem { evidence(id: \"no:such\") { id } }"): (typeof documents)["query EvidenceNoSuchItem { evidence(id: \"no:such\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidenceSlideQuotes {\n  claims(filter: { sources: [\"iwg-oso-2018\"], text: \"consultation\" }, first: 50) { edges { node { quote { exact text reading } } } }\n}"): (typeof documents)["query EvidenceSlideQuotes {\n  claims(filter: { sources: [\"iwg-oso-2018\"], text: \"consultation\" }, first: 50) { edges { node { quote { exact text reading } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidenceGaps {\n  researchGaps(first: 500) {\n    totalCount\n    edges { node { id question priority status sourceCount raisedBy { priority priorityBasis claim { id source { id } quote { exact } } } } }\n  }\n}"): (typeof documents)["query EvidenceGaps {\n  researchGaps(first: 500) {\n    totalCount\n    edges { node { id question priority status sourceCount raisedBy { priority priorityBasis claim { id source { id } quote { exact } } } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidenceGapsBySources { researchGaps(orderBy: SOURCES, first: 500) { edges { node { sourceCount } } } }"): (typeof documents)["query EvidenceGapsBySources { researchGaps(orderBy: SOURCES, first: 500) { edges { node { sourceCount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidenceNestedSourceCounts {\n  sources { id passageCount claimCount statisticCount }\n  researchGaps(first: 500) { edges { node { raisedBy { claim { source { id passageCount claimCount statisticCount } } } } } }\n}"): (typeof documents)["query EvidenceNestedSourceCounts {\n  sources { id passageCount claimCount statisticCount }\n  researchGaps(first: 500) { edges { node { raisedBy { claim { source { id passageCount claimCount statisticCount } } } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidenceCeopGaps { researchGaps(filter: { sources: [\"ceop-2013\"] }, first: 500) { edges { node { raisedBy { claim { source { id } } } } } } }"): (typeof documents)["query EvidenceCeopGaps { researchGaps(filter: { sources: [\"ceop-2013\"] }, first: 500) { edges { node { raisedBy { claim { source { id } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidenceGapPage($statuses: [String!], $orderBy: GapOrder, $reverse: Boolean, $first: Int, $after: String) {\n  researchGaps(statuses: $statuses, orderBy: $orderBy, reverse: $reverse, first: $first, after: $after) {\n    totalCount\n    edges { node { id question priority status sourceCount topics { name } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): (typeof documents)["query EvidenceGapPage($statuses: [String!], $orderBy: GapOrder, $reverse: Boolean, $first: Int, $after: String) {\n  researchGaps(statuses: $statuses, orderBy: $orderBy, reverse: $reverse, first: $first, after: $after) {\n    totalCount\n    edges { node { id question priority status sourceCount topics { name } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidenceMisconceptions {\n  misconceptions { id belief correction mentions { stance claim { id kind source { id } quote { exact } } } }\n}"): (typeof documents)["query EvidenceMisconceptions {\n  misconceptions { id belief correction mentions { stance claim { id kind source { id } quote { exact } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidenceSpans { source(id: \"merdian-2019\") { claimCount statisticCount evidenceSpans { id type kind start end label } } }"): (typeof documents)["query EvidenceSpans { source(id: \"merdian-2019\") { claimCount statisticCount evidenceSpans { id type kind start end label } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExpansionsGraph($focus: [ID!], $limit: Int, $expansions: [GraphExpansion!]) {\n  graph(focus: $focus, neighbourLimit: $limit, expansions: $expansions) {\n    focus\n    nodes { id type groupOf hiddenCount nextOffset degree }\n    edges { id source target kind }\n  }\n}"): (typeof documents)["query ExpansionsGraph($focus: [ID!], $limit: Int, $expansions: [GraphExpansion!]) {\n  graph(focus: $focus, neighbourLimit: $limit, expansions: $expansions) {\n    focus\n    nodes { id type groupOf hiddenCount nextOffset degree }\n    edges { id source target kind }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BudgetedGraph($focus: [ID!], $depth: Int, $limit: Int, $budget: Int) {\n  graph(focus: $focus, depth: $depth, neighbourLimit: $limit, nodeBudget: $budget) {\n    nodes { id type groupOf hiddenCount nextOffset }\n  }\n}"): (typeof documents)["query BudgetedGraph($focus: [ID!], $depth: Int, $limit: Int, $budget: Int) {\n  graph(focus: $focus, depth: $depth, neighbourLimit: $limit, nodeBudget: $budget) {\n    nodes { id type groupOf hiddenCount nextOffset }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BudgetTopics { topics { id claimCount statisticCount } }"): (typeof documents)["query BudgetTopics { topics { id claimCount statisticCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExpansionsNeighbours { neighbours(id: \"live-streaming\", offset: 5, limit: 5) { nodes { id type } } }"): (typeof documents)["query ExpansionsNeighbours { neighbours(id: \"live-streaming\", offset: 5, limit: 5) { nodes { id type } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GraphTestFields on Graph {\n  focus\n  nodes { id type label sourceId topics kind degree groupOf hiddenCount nextOffset }\n  edges { id source target kind status subtype label }\n}"): (typeof documents)["fragment GraphTestFields on Graph {\n  focus\n  nodes { id type label sourceId topics kind degree groupOf hiddenCount nextOffset }\n  edges { id source target kind status subtype label }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphTest($focus: [ID!], $depth: Int, $filter: GraphFilter, $limit: Int) {\n  graph(focus: $focus, depth: $depth, filter: $filter, neighbourLimit: $limit) { ...GraphTestFields }\n}"): (typeof documents)["query GraphTest($focus: [ID!], $depth: Int, $filter: GraphFilter, $limit: Int) {\n  graph(focus: $focus, depth: $depth, filter: $filter, neighbourLimit: $limit) { ...GraphTestFields }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphTestNeighbours($o: Int) { neighbours(id: \"ceop-2013\", offset: $o, limit: 200) { ...GraphTestFields } }"): (typeof documents)["query GraphTestNeighbours($o: Int) { neighbours(id: \"ceop-2013\", offset: $o, limit: 200) { ...GraphTestFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphTestCeopCounts {\n  claims(filter: { sources: [\"ceop-2013\"] }, first: 0) { totalCount }\n  statistics(filter: { sources: [\"ceop-2013\"] }, first: 0) { totalCount }\n}"): (typeof documents)["query GraphTestCeopCounts {\n  claims(filter: { sources: [\"ceop-2013\"] }, first: 0) { totalCount }\n  statistics(filter: { sources: [\"ceop-2013\"] }, first: 0) { totalCount }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphTestMerdianStatistics { statistics(filter: { sources: [\"merdian-2019\"] }, first: 200) { edges { node { id } } } }"): (typeof documents)["query GraphTestMerdianStatistics { statistics(filter: { sources: [\"merdian-2019\"] }, first: 200) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphTestTrace($id: ID!) { trace(id: $id) { item { ... on Statistic { id } } attributions { verdict } } }"): (typeof documents)["query GraphTestTrace($id: ID!) { trace(id: $id) { item { ... on Statistic { id } } attributions { verdict } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphTestSources { sources { id } }"): (typeof documents)["query GraphTestSources { sources { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphTestSearch($q: String!, $types: [SearchHitType!], $filter: SearchFilter, $first: Int, $after: String) {\n    search(query: $q, types: $types, filter: $filter, first: $first, after: $after) {\n      totalCount countsByType { type count }\n      edges { cursor type score highlight node {\n        __typename\n        ... on Claim { id text source { id } topics { id } quote { exact start end } }\n        ... on Statistic { id measure source { id } topics { id } quote { exact start end } }\n        ... on ResearchGap { id question raisedBy { claim { source { id } } } }\n        ... on Misconception { id belief mentions { claim { source { id } } } }\n        ... on Passage { id start end raw source { id } }\n      } }\n      pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query GraphTestSearch($q: String!, $types: [SearchHitType!], $filter: SearchFilter, $first: Int, $after: String) {\n    search(query: $q, types: $types, filter: $filter, first: $first, after: $after) {\n      totalCount countsByType { type count }\n      edges { cursor type score highlight node {\n        __typename\n        ... on Claim { id text source { id } topics { id } quote { exact start end } }\n        ... on Statistic { id measure source { id } topics { id } quote { exact start end } }\n        ... on ResearchGap { id question raisedBy { claim { source { id } } } }\n        ... on Misconception { id belief mentions { claim { source { id } } } }\n        ... on Passage { id start end raw source { id } }\n      } }\n      pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphTestSearchCounts($q: String!) {\n    search(query: $q, first: 0) { totalCount totalCapped countsByType { type count capped } } }"): (typeof documents)["query GraphTestSearchCounts($q: String!) {\n    search(query: $q, first: 0) { totalCount totalCapped countsByType { type count capped } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphTestConsensus($id: ID!) { consensus(id: $id) { id type subject\n    stances { stance subtype rationale source { id kind year } evidence { ... on Claim { id source { id } quote { exact start end } } ... on Statistic { id source { id } quote { exact start end } } } }\n    silent { id } } }"): (typeof documents)["query GraphTestConsensus($id: ID!) { consensus(id: $id) { id type subject\n    stances { stance subtype rationale source { id kind year } evidence { ... on Claim { id source { id } quote { exact start end } } ... on Statistic { id source { id } quote { exact start end } } } }\n    silent { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphTestAQualification {\n    relations(filter: { kinds: [QUALIFIES] }, first: 1) { edges { node { from { ... on Claim { id } ... on Statistic { id } } to { ... on Claim { id } ... on Statistic { id } } } } }\n  }"): (typeof documents)["query GraphTestAQualification {\n    relations(filter: { kinds: [QUALIFIES] }, first: 1) { edges { node { from { ... on Claim { id } ... on Statistic { id } } to { ... on Claim { id } ... on Statistic { id } } } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphTestGaps {\n    researchGaps(first: 500) { edges { node { id sourceCount status raisedBy { claim { id } } addressedBy { ... on Claim { id } ... on Statistic { id } } } } }\n  }"): (typeof documents)["query GraphTestGaps {\n    researchGaps(first: 500) { edges { node { id sourceCount status raisedBy { claim { id } } addressedBy { ... on Claim { id } ... on Statistic { id } } } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ItemsGapsAndMisconceptions { researchGaps(first: 1) { edges { node { id question } } } misconceptions { id belief } }"): (typeof documents)["query ItemsGapsAndMisconceptions { researchGaps(first: 1) { edges { node { id question } } } misconceptions { id belief } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ItemsById($g: ID!, $m: ID!) { researchGap(id: $g) { id question priorityTier topics { id } raisedBy { claim { id } } }\n        misconception(id: $m) { id belief mentions { claim { id } } }\n        none: researchGap(id: \"gap:does-not-exist\") { id } noMis: misconception(id: \"misc:does-not-exist\") { id } }"): (typeof documents)["query ItemsById($g: ID!, $m: ID!) { researchGap(id: $g) { id question priorityTier topics { id } raisedBy { claim { id } } }\n        misconception(id: $m) { id belief mentions { claim { id } } }\n        none: researchGap(id: \"gap:does-not-exist\") { id } noMis: misconception(id: \"misc:does-not-exist\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ItemsGapTiers { researchGaps(first: 500) { edges { node { id status sourceCount priorityTier } } } }"): (typeof documents)["query ItemsGapTiers { researchGaps(first: 500) { edges { node { id status sourceCount priorityTier } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ItemsAttributions {\n        attributions { id citation verdict rationale from { id source { id } ... on Claim { links { cites { verdict toSource { id } } } } ... on Statistic { links { cites { verdict toSource { id } } } } } toSource { id } to { id } }\n      }"): (typeof documents)["query ItemsAttributions {\n        attributions { id citation verdict rationale from { id source { id } ... on Claim { links { cites { verdict toSource { id } } } } ... on Statistic { links { cites { verdict toSource { id } } } } } toSource { id } to { id } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ItemsLinkedRelations { relations(first: 500, filter: { kinds: [SUPPORTS, CONTRADICTS, QUALIFIES] }) { edges { node { kind from { id } to { id } } } } }"): (typeof documents)["query ItemsLinkedRelations { relations(first: 500, filter: { kinds: [SUPPORTS, CONTRADICTS, QUALIFIES] }) { edges { node { kind from { id } to { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ItemsTwelveLinks($e0: ID!, $e1: ID!, $e2: ID!, $e3: ID!, $e4: ID!, $e5: ID!, $e6: ID!, $e7: ID!, $e8: ID!, $e9: ID!, $e10: ID!, $e11: ID!) {\n        e0: evidence(id: $e0) { ...ItemsLinkCounts } e1: evidence(id: $e1) { ...ItemsLinkCounts } e2: evidence(id: $e2) { ...ItemsLinkCounts }\n        e3: evidence(id: $e3) { ...ItemsLinkCounts } e4: evidence(id: $e4) { ...ItemsLinkCounts } e5: evidence(id: $e5) { ...ItemsLinkCounts }\n        e6: evidence(id: $e6) { ...ItemsLinkCounts } e7: evidence(id: $e7) { ...ItemsLinkCounts } e8: evidence(id: $e8) { ...ItemsLinkCounts }\n        e9: evidence(id: $e9) { ...ItemsLinkCounts } e10: evidence(id: $e10) { ...ItemsLinkCounts } e11: evidence(id: $e11) { ...ItemsLinkCounts }\n      }\n      fragment ItemsLinkCounts on Evidence { id ... on Claim { links { supports contradicts qualifies } } ... on Statistic { links { supports contradicts qualifies } } }"): (typeof documents)["query ItemsTwelveLinks($e0: ID!, $e1: ID!, $e2: ID!, $e3: ID!, $e4: ID!, $e5: ID!, $e6: ID!, $e7: ID!, $e8: ID!, $e9: ID!, $e10: ID!, $e11: ID!) {\n        e0: evidence(id: $e0) { ...ItemsLinkCounts } e1: evidence(id: $e1) { ...ItemsLinkCounts } e2: evidence(id: $e2) { ...ItemsLinkCounts }\n        e3: evidence(id: $e3) { ...ItemsLinkCounts } e4: evidence(id: $e4) { ...ItemsLinkCounts } e5: evidence(id: $e5) { ...ItemsLinkCounts }\n        e6: evidence(id: $e6) { ...ItemsLinkCounts } e7: evidence(id: $e7) { ...ItemsLinkCounts } e8: evidence(id: $e8) { ...ItemsLinkCounts }\n        e9: evidence(id: $e9) { ...ItemsLinkCounts } e10: evidence(id: $e10) { ...ItemsLinkCounts } e11: evidence(id: $e11) { ...ItemsLinkCounts }\n      }\n      fragment ItemsLinkCounts on Evidence { id ... on Claim { links { supports contradicts qualifies } } ... on Statistic { links { supports contradicts qualifies } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ItemsHitsWithoutLinks { search(query: \"webcam\", first: 20, types: [CLAIM, STATISTIC]) { edges { node { ... on Claim { id } ... on Statistic { id } } } } }"): (typeof documents)["query ItemsHitsWithoutLinks { search(query: \"webcam\", first: 20, types: [CLAIM, STATISTIC]) { edges { node { ... on Claim { id } ... on Statistic { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ItemsHitsWithLinks { search(query: \"webcam\", first: 20, types: [CLAIM, STATISTIC]) {\n        edges { node { ... on Claim { id links { supports contradicts qualifies citedBy cites { verdict } } } ... on Statistic { id links { supports } } } }\n      } }"): (typeof documents)["query ItemsHitsWithLinks { search(query: \"webcam\", first: 20, types: [CLAIM, STATISTIC]) {\n        edges { node { ... on Claim { id links { supports contradicts qualifies citedBy cites { verdict } } } ... on Statistic { id links { supports } } } }\n      } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ItemsRunLinkProposer { runLinkProposer { candidates waiting audit { id action actor targetId after } } }"): (typeof documents)["mutation ItemsRunLinkProposer { runLinkProposer { candidates waiting audit { id action actor targetId after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ItemsWaitingLinks { proposedLinks(first: 5) { id from { id source { id } } to { id source { id } } } }"): (typeof documents)["query ItemsWaitingLinks { proposedLinks(first: 5) { id from { id source { id } } to { id source { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReaderWindow($around: ID, $before: String, $after: String, $first: Int) { source(id: \"gallagher-2006\") {\n  passages(first: $first, around: $around, before: $before, after: $after, roles: [BODY, HEADING, TABLE, CAPTION, FOOTNOTE]) {\n    totalCount hasPreviousPage edges { cursor node { id ordinal } } pageInfo { hasNextPage } } } }"): (typeof documents)["query ReaderWindow($around: ID, $before: String, $after: String, $first: Int) { source(id: \"gallagher-2006\") {\n  passages(first: $first, around: $around, before: $before, after: $after, roles: [BODY, HEADING, TABLE, CAPTION, FOOTNOTE]) {\n    totalCount hasPreviousPage edges { cursor node { id ordinal } } pageInfo { hasNextPage } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReaderStatistics { statistics(filter: { sources: [\"gallagher-2006\"] }, first: 500) { edges { node { id quote { context { passages { id ordinal } } } } } } }"): (typeof documents)["query ReaderStatistics { statistics(filter: { sources: [\"gallagher-2006\"] }, first: 500) { edges { node { id quote { context { passages { id ordinal } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReaderForeignClaim { claims(filter: { sources: [\"merdian-2019\"] }, first: 1) { edges { node { id } } } }"): (typeof documents)["query ReaderForeignClaim { claims(filter: { sources: [\"merdian-2019\"] }, first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RelationsTestEnd on Evidence {\n  ... on Claim { id text source { id } quote { exact start end } topics { id } }\n  ... on Statistic { id measure source { id } quote { exact start end } topics { id } }\n}"): (typeof documents)["fragment RelationsTestEnd on Evidence {\n  ... on Claim { id text source { id } quote { exact start end } topics { id } }\n  ... on Statistic { id measure source { id } quote { exact start end } topics { id } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationsTestAll {\n  relations(first: 500) { totalCount edges { node { id kind subtype rationale confidence status from { ...RelationsTestEnd } to { ...RelationsTestEnd } } } }\n}"): (typeof documents)["query RelationsTestAll {\n  relations(first: 500) { totalCount edges { node { id kind subtype rationale confidence status from { ...RelationsTestEnd } to { ...RelationsTestEnd } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationsTestFiltered($f: RelationFilter) {\n  relations(filter: $f, first: 500) { totalCount edges { node { kind subtype from { ...RelationsTestEnd } to { ...RelationsTestEnd } } } }\n}"): (typeof documents)["query RelationsTestFiltered($f: RelationFilter) {\n  relations(filter: $f, first: 500) { totalCount edges { node { kind subtype from { ...RelationsTestEnd } to { ...RelationsTestEnd } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationsTestAssertedVsOpen {\n  relations(filter: { kinds: [ASSERTED_VS_OPEN] }, first: 200) {\n    totalCount edges { node { from { ...RelationsTestEnd } to { ... on Claim { kind raises { id question } } } } }\n  }\n}"): (typeof documents)["query RelationsTestAssertedVsOpen {\n  relations(filter: { kinds: [ASSERTED_VS_OPEN] }, first: 200) {\n    totalCount edges { node { from { ...RelationsTestEnd } to { ... on Claim { kind raises { id question } } } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationsTestOne { relations(first: 1) { totalCount } }"): (typeof documents)["query RelationsTestOne { relations(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationsTestMerdianItems {\n  claims(filter: { sources: [\"merdian-2019\"] }, first: 500) { edges { node { id } } }\n  statistics(filter: { sources: [\"merdian-2019\"] }, first: 200) { edges { node { id } } }\n}"): (typeof documents)["query RelationsTestMerdianItems {\n  claims(filter: { sources: [\"merdian-2019\"] }, first: 500) { edges { node { id } } }\n  statistics(filter: { sources: [\"merdian-2019\"] }, first: 200) { edges { node { id } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationsTestTrace($id: ID!) {\n  trace(id: $id) { item { ...RelationsTestEnd } attributions { id citation verdict rationale toSource { id } to { ...RelationsTestEnd } } }\n}"): (typeof documents)["query RelationsTestTrace($id: ID!) {\n  trace(id: $id) { item { ...RelationsTestEnd } attributions { id citation verdict rationale toSource { id } to { ...RelationsTestEnd } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationsTestCitedBy($id: ID!) { trace(id: $id) { citedBy { from { ...RelationsTestEnd } verdict } } }"): (typeof documents)["query RelationsTestCitedBy($id: ID!) { trace(id: $id) { citedBy { from { ...RelationsTestEnd } verdict } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationsTestComparisons {\n  statisticComparisons {\n    id measure tolerance statistics { id source { id } value unit }\n    results { a { id source { id } value } b { id source { id } value } verdict difference facet reason }\n  }\n}"): (typeof documents)["query RelationsTestComparisons {\n  statisticComparisons {\n    id measure tolerance statistics { id source { id } value unit }\n    results { a { id source { id } value } b { id source { id } value } verdict difference facet reason }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationsTestConflicting { statisticComparisons(filter: { verdicts: [CONFLICTING] }) { results { verdict } } }"): (typeof documents)["query RelationsTestConflicting { statisticComparisons(filter: { verdicts: [CONFLICTING] }) { results { verdict } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationsTestGaps {\n  researchGaps(first: 200) {\n    totalCount\n    edges { node { id status statusRationale sourceCount raisedBy { claim { source { id } } } addressedBy { ...RelationsTestEnd } } }\n  }\n}"): (typeof documents)["query RelationsTestGaps {\n  researchGaps(first: 200) {\n    totalCount\n    edges { node { id status statusRationale sourceCount raisedBy { claim { source { id } } } addressedBy { ...RelationsTestEnd } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationsTestPairs { pairSummaries { id overlap summary sources { id } evidence { ...RelationsTestEnd } } }"): (typeof documents)["query RelationsTestPairs { pairSummaries { id overlap summary sources { id } evidence { ...RelationsTestEnd } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationsTestProposed {\n  proposedLinks(first: 10) { id score reasons status from { ...RelationsTestEnd } to { ...RelationsTestEnd } }\n}"): (typeof documents)["query RelationsTestProposed {\n  proposedLinks(first: 10) { id score reasons status from { ...RelationsTestEnd } to { ...RelationsTestEnd } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationsTestMap { evidenceMap { topics { id } sources { id } cells { topic source claims statistics gaps agreements contradictions } } }"): (typeof documents)["query RelationsTestMap { evidenceMap { topics { id } sources { id } cells { topic source claims statistics gaps agreements contradictions } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationsTestCellClaims($t: ID!, $s: ID!) {\n  claims(filter: { topics: [$t], sources: [$s], kinds: [FINDING, ASSERTION, RECOMMENDATION, DEFINITION, METHOD] }) { totalCount }\n}"): (typeof documents)["query RelationsTestCellClaims($t: ID!, $s: ID!) {\n  claims(filter: { topics: [$t], sources: [$s], kinds: [FINDING, ASSERTION, RECOMMENDATION, DEFINITION, METHOD] }) { totalCount }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiSources { sources { id title authors year kind passageCount } }"): (typeof documents)["query ApiSources { sources { id title authors year kind passageCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiPassages($after: String) { source(id: \"ceop-2013\") { passageCount passages(first: 50, after: $after, roles: [BODY, HEADING, TABLE, CAPTION, FOOTNOTE]) {\n      totalCount edges { cursor node { id ordinal start end role raw text } } pageInfo { hasNextPage endCursor } } } }"): (typeof documents)["query ApiPassages($after: String) { source(id: \"ceop-2013\") { passageCount passages(first: 50, after: $after, roles: [BODY, HEADING, TABLE, CAPTION, FOOTNOTE]) {\n      totalCount edges { cursor node { id ordinal start end role raw text } } pageInfo { hasNextPage endCursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiNoSource { source(id: \"nope\") { id } }"): (typeof documents)["query ApiNoSource { source(id: \"nope\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiPassageSearch {\n        search(query: \"live streaming\", types: [PASSAGE], first: 5) {\n          totalCount edges { type score highlight node { ... on Passage { id start end raw role source { id title } } } } pageInfo { hasNextPage endCursor }\n        }\n      }"): (typeof documents)["query ApiPassageSearch {\n        search(query: \"live streaming\", types: [PASSAGE], first: 5) {\n          totalCount edges { type score highlight node { ... on Passage { id start end raw role source { id title } } } } pageInfo { hasNextPage endCursor }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiSlideSearch { search(query: \"consultation process IWG_OSO\", types: [PASSAGE]) { edges { node { ... on Passage { source { id } text } } } } }"): (typeof documents)["query ApiSlideSearch { search(query: \"consultation process IWG_OSO\", types: [PASSAGE]) { edges { node { ... on Passage { source { id } text } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiSearchCount($q: String!) { search(query: $q) { totalCount } }"): (typeof documents)["query ApiSearchCount($q: String!) { search(query: $q) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CurationEnd on Evidence { ... on Claim { id source { id } } ... on Statistic { id source { id } } }"): (typeof documents)["fragment CurationEnd on Evidence { ... on Claim { id source { id } } ... on Statistic { id source { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CurationRelation on Relation {\n  id kind subtype rationale confidence status curator createdAt updatedAt updatedBy rejectionReason from { ...CurationEnd } to { ...CurationEnd }\n}"): (typeof documents)["fragment CurationRelation on Relation {\n  id kind subtype rationale confidence status curator createdAt updatedAt updatedBy rejectionReason from { ...CurationEnd } to { ...CurationEnd }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CurationAudit on AuditRecord { id at actor role action targetId relatedId before after requestId }"): (typeof documents)["fragment CurationAudit on AuditRecord { id at actor role action targetId relatedId before after requestId }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CurationLink on ProposedLink { id status decidedBy decidedAt reason relationId from { ...CurationEnd } to { ...CurationEnd } }"): (typeof documents)["fragment CurationLink on ProposedLink { id status decidedBy decidedAt reason relationId from { ...CurationEnd } to { ...CurationEnd } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurationPropose($input: ProposeRelationInput!) {\n  proposeRelation(input: $input) { relation { ...CurationRelation } audit { ...CurationAudit } }\n}"): (typeof documents)["mutation CurationPropose($input: ProposeRelationInput!) {\n  proposeRelation(input: $input) { relation { ...CurationRelation } audit { ...CurationAudit } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurationAccept($id: ID!) { acceptRelation(id: $id) { relation { ...CurationRelation } audit { ...CurationAudit } } }"): (typeof documents)["mutation CurationAccept($id: ID!) { acceptRelation(id: $id) { relation { ...CurationRelation } audit { ...CurationAudit } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurationReject($id: ID!, $reason: String) {\n  rejectRelation(id: $id, reason: $reason) { relation { ...CurationRelation } audit { ...CurationAudit } }\n}"): (typeof documents)["mutation CurationReject($id: ID!, $reason: String) {\n  rejectRelation(id: $id, reason: $reason) { relation { ...CurationRelation } audit { ...CurationAudit } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurationEdit($id: ID!, $input: EditRelationInput!) {\n  editRelation(id: $id, input: $input) { relation { ...CurationRelation } audit { ...CurationAudit } }\n}"): (typeof documents)["mutation CurationEdit($id: ID!, $input: EditRelationInput!) {\n  editRelation(id: $id, input: $input) { relation { ...CurationRelation } audit { ...CurationAudit } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurationAcceptLink($id: ID!, $input: AcceptProposedLinkInput!) {\n  acceptProposedLink(id: $id, input: $input) { link { ...CurationLink } relation { ...CurationRelation } audit { ...CurationAudit } }\n}"): (typeof documents)["mutation CurationAcceptLink($id: ID!, $input: AcceptProposedLinkInput!) {\n  acceptProposedLink(id: $id, input: $input) { link { ...CurationLink } relation { ...CurationRelation } audit { ...CurationAudit } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurationRejectLink($id: ID!, $reason: String) {\n  rejectProposedLink(id: $id, reason: $reason) { link { ...CurationLink } relation { id } audit { ...CurationAudit } }\n}"): (typeof documents)["mutation CurationRejectLink($id: ID!, $reason: String) {\n  rejectProposedLink(id: $id, reason: $reason) { link { ...CurationLink } relation { id } audit { ...CurationAudit } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurationAnnotate($itemId: ID!, $text: String!) {\n  annotate(itemId: $itemId, text: $text) { annotation { id itemId text author createdAt } audit { ...CurationAudit } }\n}"): (typeof documents)["mutation CurationAnnotate($itemId: ID!, $text: String!) {\n  annotate(itemId: $itemId, text: $text) { annotation { id itemId text author createdAt } audit { ...CurationAudit } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurationAuditLog($targetId: ID, $actor: String, $first: Int, $after: String) {\n  auditLog(targetId: $targetId, actor: $actor, first: $first, after: $after) {\n    totalCount edges { cursor node { ...CurationAudit } } pageInfo { hasNextPage endCursor }\n  }\n}"): (typeof documents)["query CurationAuditLog($targetId: ID, $actor: String, $first: Int, $after: String) {\n  auditLog(targetId: $targetId, actor: $actor, first: $first, after: $after) {\n    totalCount edges { cursor node { ...CurationAudit } } pageInfo { hasNextPage endCursor }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportsGaps { researchGaps(first: 500) { totalCount edges { node { id priority priorityTier status sourceCount topics { name } } } } }"): (typeof documents)["query ExportsGaps { researchGaps(first: 500) { totalCount edges { node { id priority priorityTier status sourceCount topics { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportsGapQuestions { researchGaps(first: 1) { totalCount } }"): (typeof documents)["query ExportsGapQuestions { researchGaps(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportsSources { sources { id title authors year yearNote publisher doi } }"): (typeof documents)["query ExportsSources { sources { id title authors year yearNote publisher doi } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportsGraph($focus: [ID!], $depth: Int, $filter: GraphFilter, $limit: Int, $budget: Int, $expansions: [GraphExpansion!]) {\n  graph(focus: $focus, depth: $depth, filter: $filter, neighbourLimit: $limit, nodeBudget: $budget, expansions: $expansions) {\n    focus\n    nodes { id type label sourceId topics kind degree groupOf hiddenCount nextOffset }\n    edges { id source target kind status subtype label }\n  }\n}"): (typeof documents)["query ExportsGraph($focus: [ID!], $depth: Int, $filter: GraphFilter, $limit: Int, $budget: Int, $expansions: [GraphExpansion!]) {\n  graph(focus: $focus, depth: $depth, filter: $filter, neighbourLimit: $limit, nodeBudget: $budget, expansions: $expansions) {\n    focus\n    nodes { id type label sourceId topics kind degree groupOf hiddenCount nextOffset }\n    edges { id source target kind status subtype label }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplaceAccept($id: ID!, $input: AcceptCandidateInput) {\n    acceptCandidate(id: $id, input: $input) {\n      item {\n        __typename\n        ... on Statistic {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReplaceAccept($id: ID!, $input: AcceptCandidateInput) {\n    acceptCandidate(id: $id, input: $input) {\n      item {\n        __typename\n        ... on Statistic {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplaceSourceTitles {\n    sources {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query ReplaceSourceTitles {\n    sources {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReseedAccept($id: ID!, $input: AcceptCandidateInput) {\n    acceptCandidate(id: $id, input: $input) {\n      item {\n        __typename\n        ... on Claim {\n          id\n          quote {\n            exact\n            start\n            end\n          }\n        }\n        ... on Statistic {\n          id\n          quote {\n            exact\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReseedAccept($id: ID!, $input: AcceptCandidateInput) {\n    acceptCandidate(id: $id, input: $input) {\n      item {\n        __typename\n        ... on Claim {\n          id\n          quote {\n            exact\n            start\n            end\n          }\n        }\n        ... on Statistic {\n          id\n          quote {\n            exact\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReseedItem($id: ID!) {\n    evidence(id: $id) {\n      __typename\n      ... on Claim {\n        id\n        text\n        quote {\n          exact\n          start\n          end\n        }\n        raises {\n          id\n          question\n        }\n      }\n      ... on Statistic {\n        id\n        value\n        unit\n        quote {\n          exact\n          start\n          end\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReseedItem($id: ID!) {\n    evidence(id: $id) {\n      __typename\n      ... on Claim {\n        id\n        text\n        quote {\n          exact\n          start\n          end\n        }\n        raises {\n          id\n          question\n        }\n      }\n      ... on Statistic {\n        id\n        value\n        unit\n        quote {\n          exact\n          start\n          end\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;