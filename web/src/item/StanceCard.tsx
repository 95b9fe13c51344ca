import { Link } from 'react-router';
import type { SourceStanceFieldsFragment } from '../gql/graphql.ts';
import { shortCitation } from '../shared/cite.ts';
import { shortKind, STANCE_LABEL, SUBTYPE_LABEL } from './consensus.ts';
import { valueWithUnit } from '../../../core/statistic-value.ts';

/** One other source's stance: its citation (a link to `to`), subtype and confidence, the statement, its quote and the rationale. */
export function StanceCard({ s, to, linkTitle, showStance = false }: { s: SourceStanceFieldsFragment; to: string; linkTitle?: string; showStance?: boolean }) {
  const ev = s.evidence;
  return (
    <li className="stance-item" data-testid="stance">
      <p className="stance-source">
        {showStance && <span className={`badge stance-${s.stance.toLowerCase()}`}>{STANCE_LABEL[s.stance]}</span>}
        <Link to={to} title={linkTitle}>
          {shortCitation(s.source)}
        </Link>{' '}
        <span className="muted" title={s.source.kind}>
          · {shortKind(s.source.kind)}
        </span>
      </p>
      {(s.subtype || s.confidence != null) && (
        <p className="stance-tags">
          {s.subtype && <span className="tag">{SUBTYPE_LABEL[s.subtype] ?? s.subtype}</span>}
          {s.confidence != null && <span className="muted small">confidence {Math.round(s.confidence * 100)}%</span>}
        </p>
      )}
      <p className="stance-text">
        {ev.__typename === 'Claim' ? (
          ev.text
        ) : ev.__typename === 'Statistic' ? (
          <>
            <span className="figure">{valueWithUnit(ev.valueText, ev.unit)}</span> {ev.measure}
          </>
        ) : null}
      </p>
      <blockquote className="item-quote">“{ev.quote.text}”</blockquote>
      {s.rationale && <p className="stance-rationale">{s.rationale}</p>}
    </li>
  );
}
