import { Fragment } from 'react';
import { Link } from 'react-router';
import { shortCitation } from '../shared/cite.ts';
import { dropChars, placeHighlight, plainText, splitHighlight } from './hits.ts';
import { claimKindLabel } from '../../../core/vocabulary.ts';
import { ItemPageLink } from '../item/ItemPageLink.tsx';
import { LinkBadges } from '../item/LinkBadges.tsx';
import { routes } from '../shared/routes.ts';
import type { Hit } from './operations.ts';
import { Cite, GAP_STATUS, itemHref, Marked, ROLE_LABEL, type FocusProps } from './hitParts.tsx';
import { valueWithUnit } from '../../../core/statistic-value.ts';

export function HitView({ hit, focus, expanded, onToggle }: { hit: Hit; focus: FocusProps; expanded: boolean; onToggle: (id: string) => void }) {
  const n = hit.node;
  const base = { 'data-testid': 'search-hit', 'data-type': hit.type };
  switch (n.__typename) {
    case 'Claim': {
      const placed = placeHighlight(hit.highlight, n.text, n.quote.text);
      return (
        <li className="hit hit-claim" {...base} data-id={n.id}>
          <Link className="hit-link" to={itemHref(n.source.id, n.id, n.quote.context.passages[0]?.id)} {...focus}>
            <Marked segments={placed.title} />
          </Link>
          <blockquote className="hit-quote">
            “<Marked segments={placed.second} />”
          </blockquote>
          <p className="hit-meta">
            <Cite sources={[n.source]} /> · {claimKindLabel(n.kind)}
            {n.hedged ? ' · hedged by the source' : ''} · <ItemPageLink id={n.id} />
          </p>
          <LinkBadges links={n.links} />
        </li>
      );
    }
    case 'Statistic': {
      const prefix = `${n.valueText} ${n.unit}: `;
      const placed = placeHighlight(hit.highlight, `${prefix}${n.measure}`, n.quote.text);
      const measure = plainText(placed.title).startsWith(prefix) ? dropChars(placed.title, prefix.length) : [{ text: n.measure, mark: false }];
      return (
        <li className="hit hit-statistic" {...base} data-id={n.id}>
          <Link className="hit-link" to={itemHref(n.source.id, n.id, n.quote.context.passages[0]?.id)} {...focus}>
            <span className="figure">{valueWithUnit(n.valueText, n.unit)}</span> <Marked segments={measure} />
          </Link>
          <blockquote className="hit-quote">
            “<Marked segments={placed.second} />”
          </blockquote>
          <p className="hit-meta">
            <Cite sources={[n.source]} />
            {n.approximate ? ' · approximate' : ''} · <ItemPageLink id={n.id} />
          </p>
          <LinkBadges links={n.links} />
        </li>
      );
    }
    case 'ResearchGap': {
      const placed = placeHighlight(hit.highlight, n.question, '');
      return (
        <li className="hit hit-gap" {...base} data-id={n.id}>
          <Link className="hit-link" to={routes.gaps({ open: n.id })} {...focus}>
            <Marked segments={placed.title.length ? placed.title : splitHighlight(hit.highlight)} />
          </Link>
          <p className="hit-meta">
            <span className={`badge status-${n.status}`}>{GAP_STATUS[n.status] ?? n.status}</span> Raised by{' '}
            <Cite sources={n.raisedBy.map((r) => r.claim.source)} /> · <ItemPageLink id={n.id} />
          </p>
        </li>
      );
    }
    case 'Misconception': {
      const placed = placeHighlight(hit.highlight, n.belief, n.correction);
      const regionId = `correction-${n.id.replace(/[^\w-]/g, '_')}`;
      const corrected = n.mentions.filter((m) => m.stance === 'CHALLENGES');
      const repeated = n.mentions.filter((m) => m.stance === 'REINFORCES');
      return (
        <li className={`hit hit-misconception${expanded ? ' expanded' : ''}`} {...base} data-id={n.id}>
          <button
            type="button"
            className="hit-link hit-toggle"
            aria-expanded={expanded}
            aria-controls={expanded ? regionId : undefined}
            onClick={() => onToggle(n.id)}
            {...focus}
          >
            <span className="hit-label">Misconception:</span> <Marked segments={placed.title} />
          </button>
          {expanded && (
            <div className="hit-correction" id={regionId} data-testid="correction">
              <p>
                <strong>Correction:</strong> <Marked segments={placed.second} />
              </p>
              {[
                { label: 'Corrected by', list: corrected },
                { label: 'Repeated by', list: repeated },
              ]
                .filter((x) => x.list.length > 0)
                .map((x) => (
                  <p key={x.label} className="hit-meta">
                    {x.label}{' '}
                    {x.list.map((m, i) => (
                      <Fragment key={m.claim.id}>
                        {i > 0 ? ', ' : ''}
                        <Link to={itemHref(m.claim.source.id, m.claim.id, undefined)}>{shortCitation(m.claim.source)}</Link>
                      </Fragment>
                    ))}
                  </p>
                ))}
            </div>
          )}
          {!expanded && (
            <p className="hit-meta">
              Mentioned by <Cite sources={n.mentions.map((m) => m.claim.source)} /> · <span className="muted">select to see the correction</span> ·{' '}
              <ItemPageLink id={n.id} />
            </p>
          )}
        </li>
      );
    }
    case 'Passage':
      return (
        <li className="hit hit-passage" {...base} data-id={n.id}>
          <Link className="hit-link" to={routes.reader(n.source.id, { passage: n.id })} {...focus}>
            <Marked segments={splitHighlight(hit.highlight)} />
          </Link>
          <p className="hit-meta">
            <Cite sources={[n.source]} />
            {n.section ? ` · ${n.section}` : ''}
            {ROLE_LABEL[n.role] ? ` · ${ROLE_LABEL[n.role]}` : ''}
          </p>
        </li>
      );
  }
}
