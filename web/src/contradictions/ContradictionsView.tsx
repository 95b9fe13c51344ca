import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { RELATION_SUBTYPES, subtypeLabel } from '../../../core/vocabulary.ts';
import { graphql } from '../gql/index.ts';
import type { RelationKind, RelationSubtype } from '../gql/graphql.ts';
import { shortCitation } from '../shared/cite.ts';
import { SourceSelect, TopicSelect } from '../shared/Filters.tsx';
import { plural } from '../shared/plural.ts';
import { routes } from '../shared/routes.ts';
import { Empty, ErrorNotice, Loading } from '../shared/Status.tsx';
import { useUrlState } from '../shared/url-state.ts';
import { ContradictionCard } from './ContradictionCard.tsx';
import { ConflictingFigures } from './ConflictingFigures.tsx';
import { pageOf, SORT_KEYS, sortRelations, type SortKey } from './order.ts';
import { SummaryText } from './SummaryText.tsx';
import './contradictions.css';

const ContradictionsQuery = graphql(`
  query Contradictions($filter: RelationFilter) {
    sources {
      ...SourceCitation
    }
    topics {
      id
      name
    }
    pairSummaries {
      id
      overlap
      summary
      sources {
        id
      }
    }
    relations(filter: $filter, first: 200) {
      totalCount
      edges {
        node {
          id
          kind
          subtype
          rationale
          confidence
          from {
            ...RelationEnd
          }
          to {
            ...RelationEnd
          }
        }
      }
    }
  }
  fragment RelationEnd on Evidence {
    __typename
    id
    quote {
      text
    }
    source {
      ...SourceCitation
    }
    topics {
      id
      name
    }
    links {
      cites {
        verdict
      }
      citedBy
    }
    ... on Claim {
      text
    }
    ... on Statistic {
      measure
      valueText
      unit
    }
  }
`);

const SUBTYPES = RELATION_SUBTYPES.map((s) => ({ value: s.toUpperCase() as RelationSubtype, label: subtypeLabel(s) }));

export function ContradictionsView() {
  const [params, set] = useUrlState();
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  const topic = params.get('topic') ?? '';
  const subtype = (params.get('subtype') ?? '') as RelationSubtype | '';
  const sort = (SORT_KEYS.some((k) => k.value === params.get('sort')) ? params.get('sort') : 'confidence') as SortKey;
  // Qualifications (tensions that depend on a facet) are shown unless asked for direct contradictions only:
  // under the curation standard a CONTRADICTS means both statements cannot be true, which is rare in this corpus.
  const withTensions = params.get('tensions') !== '0';
  const openId = params.get('open');
  const pair = [a, b].filter(Boolean);
  const kinds: RelationKind[] = withTensions ? ['CONTRADICTS', 'QUALIFIES'] : ['CONTRADICTS'];
  const { data, loading, error, refetch } = useQuery(ContradictionsQuery, {
    variables: { filter: { kinds, sources: pair.length ? pair : null, topics: topic ? [topic] : null, subtypes: subtype ? [subtype] : null } },
  });
  const relations = sortRelations(data?.relations.edges.map((e) => e.node) ?? [], sort, (s) => subtypeLabel(s));
  const paged = pageOf(relations, Number(params.get('page') ?? 1));
  const change = (key: string, value: string) => {
    set(key, value);
    set('page', '');
  };
  const source = (id: string) => data?.sources.find((s) => s.id === id);
  const summary = a && b ? data?.pairSummaries.find((p) => p.sources.length === 2 && p.sources.every((s) => s.id === a || s.id === b)) : undefined;
  const [sa, sb] = [source(a), source(b)];
  const citeSource = (id: string) => {
    const s = source(id);
    return s ? shortCitation(s) : undefined;
  };
  return (
    <section className="page" aria-labelledby="contradictions-title">
      <h1 id="contradictions-title">Contradictions</h1>
      <p className="lede">
        Where the sources conflict: both statements side by side, why they conflict, and whether the conflict is direct or depends on period, population,
        definition or measure. Open one for both quotes in context and what could settle it.
      </p>
      <div className="toolbar" role="group" aria-label="Filter and sort the contradictions">
        <SourceSelect label="Between" value={a} sources={data?.sources} onChange={(v) => change('a', v)} testId="pair-a" />
        <SourceSelect label="and" value={b} sources={data?.sources} onChange={(v) => change('b', v)} testId="pair-b" />
        <TopicSelect value={topic} topics={data?.topics} onChange={(v) => change('topic', v)} />
        <label>
          Subtype{' '}
          <select value={subtype} onChange={(e) => change('subtype', e.target.value)} data-testid="subtype-filter">
            <option value="">Any subtype</option>
            {SUBTYPES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sort by{' '}
          <select value={sort} onChange={(e) => change('sort', e.target.value === 'confidence' ? '' : e.target.value)} data-testid="contradiction-sort">
            {SORT_KEYS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <label className="toggle">
          <input type="checkbox" checked={withTensions} onChange={(e) => change('tensions', e.target.checked ? '' : '0')} /> Include qualifications (tensions
          that depend on a facet)
        </label>
      </div>
      {summary && (
        <section className="pair-summary" aria-labelledby="pair-summary-title" data-testid="pair-summary">
          <h2 id="pair-summary-title">
            {sa ? shortCitation(sa) : a} and {sb ? shortCitation(sb) : b}
          </h2>
          <p className="muted small">Overlap: {summary.overlap}</p>
          <SummaryText summary={summary.summary} citeSource={citeSource} />
        </section>
      )}
      {loading && !data && <Loading what="contradictions" />}
      {error && <ErrorNotice error={error} retry={() => void refetch()} />}
      {data && relations.length === 0 && (
        <Empty>
          {withTensions
            ? 'No contradictions or qualifications for these filters.'
            : 'No direct contradictions for these filters: a contradiction here means both statements cannot be true under the same facets. Include qualifications to see tensions that depend on period, place, population, measure, scope or emphasis.'}
        </Empty>
      )}
      {relations.length > 0 && (
        <p className="muted" data-testid="contradiction-count">
          {paged.first}–{paged.last} of {countLabel(relations, withTensions)}
        </p>
      )}
      {(sa || sb) && relations.length > 0 && (
        <div className="pair-columns-head" aria-hidden="true" data-testid="pair-columns-head">
          <span>{sa ? shortCitation(sa) : 'Other source'}</span>
          <span>{sb ? shortCitation(sb) : 'Other source'}</span>
        </div>
      )}
      <ul className="pair-list">
        {paged.items.map((r) => (
          <ContradictionCard key={r.id} r={r} a={a} b={b} open={openId === r.id} onToggle={() => set('open', openId === r.id ? '' : r.id)} />
        ))}
      </ul>
      {paged.pages > 1 && (
        <nav className="pager" aria-label="Pages of contradictions" data-testid="pager">
          {Array.from({ length: paged.pages }, (_, i) => i + 1).map((p) => {
            const q = new URLSearchParams(params);
            if (p === 1) q.delete('page');
            else q.set('page', String(p));
            q.delete('open');
            return (
              <Link key={p} to={`${routes.contradictions()}?${q.toString()}`} aria-current={p === paged.page ? 'page' : undefined} aria-label={`Page ${p}`}>
                {p}
              </Link>
            );
          })}
        </nav>
      )}
      <ConflictingFigures sources={pair} />
    </section>
  );
}

/** "8 pairs in tension: no direct contradictions, 8 qualifications": a qualification is not called a conflict. */
function countLabel(relations: readonly { kind: RelationKind }[], withTensions: boolean): string {
  const direct = relations.filter((r) => r.kind === 'CONTRADICTS').length;
  if (!withTensions) return plural(direct, 'direct contradiction', 'direct contradictions');
  const qualifications = relations.length - direct;
  const contradictions = direct ? plural(direct, 'direct contradiction', 'direct contradictions') : 'no direct contradictions';
  return `${plural(relations.length, 'pair in tension', 'pairs in tension')}: ${contradictions}, ${plural(qualifications, 'qualification', 'qualifications')}`;
}
