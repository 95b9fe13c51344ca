import { memo } from 'react';
import type { PassageRole } from '../gql/graphql.ts';
import { claimKindLabel } from '../../../core/vocabulary.ts';
import { markOf, spanKind, type HighlightMode, type KindedSpan } from './highlight-mode.ts';
import { segmentPassage } from './segments.ts';

export type ReaderSpan = KindedSpan & { start: number; end: number; label: string };
export type PassageNode = { id: string; ordinal: number; role: PassageRole; text: string; start: number; end: number; reading: string };

function titleOf(span: ReaderSpan, more: number): string {
  const what = span.type === 'STATISTIC' ? 'Statistic' : claimKindLabel(span.kind ?? 'FINDING');
  return `${what}: ${span.label}${more > 0 ? ` (+${more} more)` : ''}`;
}

/**
 * One passage of the reader, its quoted spans marked as the highlight mode says. Every mark
 * lists the items it covers in `data-items`, so the reader finds an item's quote whichever span
 * is on top.
 */
export const PassageView = memo(function PassageView({
  passage: p,
  spans,
  targeted,
  selected,
  mode,
  onSelect,
}: {
  passage: PassageNode;
  /** The source's spans that overlap this passage. */
  spans: readonly ReaderSpan[];
  targeted: boolean;
  selected: string | null;
  mode: HighlightMode;
  onSelect: (id: string) => void;
}) {
  const cls = `passage role-${p.role.toLowerCase()}${targeted ? ' targeted' : ''}`;
  const props = { id: p.id, className: cls, tabIndex: -1, 'data-role': p.role, 'data-ordinal': p.ordinal };
  const content = spans.length
    ? segmentPassage({ start: p.start, end: p.end, reading: p.reading, role: p.role === 'TABLE' ? 'table' : 'body' }, spans).map((piece, i) => {
        const mark = markOf(piece.spans, mode, selected);
        if (!mark) return <span key={i}>{piece.text}</span>;
        const isSelected = piece.spans.some((s) => s.id === selected);
        const cls = mark.strong ? `hl hl-${spanKind(mark.span)}${isSelected ? ' selected' : ''}` : 'hl hl-subtle';
        return (
          <mark
            key={i}
            className={cls}
            title={titleOf(mark.span, piece.spans.length - 1)}
            role="button"
            tabIndex={0}
            data-item={mark.span.id}
            data-items={piece.spans.map((s) => s.id).join(' ')}
            aria-current={isSelected ? 'true' : undefined}
            onClick={() => onSelect(mark.span.id)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onSelect(mark.span.id);
              }
            }}
          >
            {piece.text}
          </mark>
        );
      })
    : p.text;
  switch (p.role) {
    case 'HEADING':
      return <h2 {...props}>{content}</h2>;
    case 'TABLE':
      return <pre {...props}>{content}</pre>;
    case 'FOOTNOTE':
      return <aside {...props}>{content}</aside>;
    default:
      return <p {...props}>{content}</p>;
  }
});
