import { shortCitation } from '../shared/cite.ts';
import type { LinkSummaryFieldsFragment } from '../gql/graphql.ts';
import { VERDICT_LABEL } from './item-kind.ts';
import './evidence.css';

/** Badges for an item's curated links: supporting, contradicting and qualifying counts, and each citation with its verdict. */
export function LinkBadges({ links }: { links: LinkSummaryFieldsFragment }) {
  const counts = [
    { key: 'supports', n: links.supports, label: 'supporting', cls: 'stance-supports' },
    { key: 'contradicts', n: links.contradicts, label: 'contradicting', cls: 'stance-contradicts' },
    { key: 'qualifies', n: links.qualifies, label: 'qualifying', cls: 'stance-qualifies' },
  ].filter((c) => c.n > 0);
  if (counts.length === 0 && links.cites.length === 0 && links.citedBy === 0) return null;
  return (
    <span className="link-badges" data-testid="link-badges">
      {counts.map((c) => (
        <span
          key={c.key}
          className={`badge ${c.cls}`}
          data-testid={`badge-${c.key}`}
          title={`${c.n} ${c.label} link${c.n === 1 ? '' : 's'} from other sources`}
        >
          {c.n} {c.label}
        </span>
      ))}
      {links.cites.map((c, i) => (
        <span key={i} className={`badge verdict-${c.verdict.toLowerCase()}`} data-testid="badge-cites">
          cites {shortCitation(c.toSource)} · {VERDICT_LABEL[c.verdict] ?? c.verdict}
        </span>
      ))}
      {links.citedBy > 0 && (
        <span className="badge stance-cites" data-testid="badge-cited-by">
          cited by {links.citedBy}
        </span>
      )}
    </span>
  );
}
