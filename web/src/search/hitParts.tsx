import { Fragment } from 'react';
import { shortCitation } from '../shared/cite.ts';
import type { PassageRole } from '../gql/graphql.ts';
import type { Segment } from './hits.ts';
import { routes } from '../shared/routes.ts';

export type Src = { id: string; title: string; authors: string[]; year?: number | null; publisher?: string | null };

export const GAP_STATUS: Record<string, string> = { open: 'Open', 'partly-addressed': 'Partly addressed', addressed: 'Addressed' };
export const ROLE_LABEL: Partial<Record<PassageRole, string>> = { HEADING: 'Heading', FOOTNOTE: 'Footnote', TABLE: 'Table', CAPTION: 'Caption' };

/** Reader link that opens an item in its source and pages to the passage it is quoted from. */
export function itemHref(sourceId: string, itemId: string, passageId: string | undefined): string {
  return routes.reader(sourceId, { passage: passageId, item: itemId });
}

/** Text with the query's words marked. */
export function Marked({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.mark ? (
          <mark key={i} className="hit-mark">
            {s.text}
          </mark>
        ) : (
          <Fragment key={i}>{s.text}</Fragment>
        ),
      )}
    </>
  );
}

export function Cite({ sources }: { sources: readonly Src[] }) {
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  return <span className="hit-cite">{unique.map((s) => shortCitation(s)).join(', ')}</span>;
}

export interface FocusProps {
  'data-hit-index': number;
  tabIndex: number;
  onFocus: () => void;
}
