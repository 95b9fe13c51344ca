import type { ApolloCache, Reference } from '@apollo/client';
import { type ReactNode } from 'react';
import type { AuditAction, RelationKind, RelationSubtype } from '../gql/graphql.ts';
import { RELATION_RATIONALE } from '../../../core/relation-rules.ts';
import { RELATION_KIND_LABEL, RELATION_KINDS, RELATION_SUBTYPE_LABEL, RELATION_SUBTYPES, subtypeLabel } from '../../../core/vocabulary.ts';

// ---- labels and limits -----------------------------------------------------------------------------

export const KINDS = RELATION_KINDS.map((value) => ({ value, ...RELATION_KIND_LABEL[value] }));
export const KIND_LABEL = Object.fromEntries(KINDS.map((k) => [k.value, k.label])) as Record<RelationKind, string>;
export const SUBTYPES = RELATION_SUBTYPES.map((s) => ({ value: s.toUpperCase() as RelationSubtype, label: RELATION_SUBTYPE_LABEL[s] }));
export const SUBTYPE_LABEL = (s: RelationSubtype) => subtypeLabel(s);
export const RATIONALE = RELATION_RATIONALE;

export const ACTION_LABEL: Record<AuditAction, string> = {
  PROPOSE_RELATION: 'Proposed a relation',
  ACCEPT_RELATION: 'Accepted a relation',
  REJECT_RELATION: 'Rejected a relation',
  EDIT_RELATION: 'Edited a relation',
  ACCEPT_PROPOSED_LINK: 'Accepted a proposed link',
  REJECT_PROPOSED_LINK: 'Rejected a proposed link',
  ANNOTATE: 'Annotated an item',
  RUN_LINK_PROPOSER: 'Ran the link proposer',
  ACCEPT_CANDIDATE: 'Accepted an ingested candidate',
  REJECT_CANDIDATE: 'Rejected an ingested candidate',
  REMOVE_SOURCE: 'Removed an ingested source',
  UPLOAD_DOCUMENT: 'Uploaded a document',
};

export type Tab = 'links' | 'relations' | 'audit';
export const TABS: { id: Tab; label: string }[] = [
  { id: 'links', label: 'Proposed links' },
  { id: 'relations', label: 'Proposed relations' },
  { id: 'audit', label: 'Audit log' },
];
export const PAGE = 50;

export const when = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
};

// ---- the cache after a decision ------------------------------------------------------------------------

/**
 * Takes the decided link or relation out of the review lists and drops what the decision made
 * stale (curated relation lists, graph, consensus, evidence map, audit log), so the views that
 * show them fetch afresh.
 */
export function afterDecision(cache: ApolloCache, decided: { linkId?: string; relationId?: string }): void {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      proposedLinks(existing: readonly Reference[] | undefined, { readField }) {
        return decided.linkId && existing ? existing.filter((r) => readField('id', r) !== decided.linkId) : existing;
      },
      relations(value, { storeFieldName, readField, DELETE }) {
        const existing = value as { totalCount: number; edges: { node: Reference }[] } | undefined;
        if (!existing || !/"PROPOSED"/.test(storeFieldName)) return DELETE;
        const edges = existing.edges.filter((e) => readField('id', e.node) !== decided.relationId);
        return { ...existing, edges, totalCount: existing.totalCount - (existing.edges.length - edges.length) };
      },
      auditLog: (_v, { DELETE }) => DELETE,
      graph: (_v, { DELETE }) => DELETE,
      neighbours: (_v, { DELETE }) => DELETE,
      consensus: (_v, { DELETE }) => DELETE,
      evidenceMap: (_v, { DELETE }) => DELETE,
    },
  });
}

export interface Confirmation {
  text: ReactNode;
  audit: { id: string; actor: string };
}
