import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../gql/index.ts';
import { shortCitation } from '../shared/cite.ts';
import { routes } from '../shared/routes.ts';
import { ErrorNotice, Loading } from '../shared/Status.tsx';
import { ItemNotFound } from './ItemNotFound.tsx';
import { Annotations } from './QuoteInContext.tsx';

const ItemMisconceptionQuery = graphql(`
  query ItemMisconception($id: ID!) {
    misconception(id: $id) {
      id
      belief
      correction
      annotations {
        id
        text
        author
        createdAt
      }
      mentions {
        stance
        claim {
          id
          text
          source {
            ...SourceCitation
          }
          quote {
            text
          }
        }
      }
    }
  }
`);

/** The page of a misconception: the belief, its correction, and the statements that correct or repeat it, in two columns. */
export function MisconceptionItem({ id }: { id: string }) {
  const { data, loading, error, refetch } = useQuery(ItemMisconceptionQuery, { variables: { id } });
  const m = data?.misconception;
  if (loading && !data) return <Loading what="the misconception" />;
  if (error) return <ErrorNotice error={error} retry={() => void refetch()} />;
  if (!m) return <ItemNotFound id={id} />;
  const columns = [
    { stance: 'CHALLENGES', label: 'Corrects it', cls: 'stance-supports' },
    { stance: 'REINFORCES', label: 'Repeats it', cls: 'stance-contradicts' },
  ] as const;
  return (
    <article className="item-page" aria-labelledby="item-title" data-testid="item-page">
      <p className="eyebrow">Misconception</p>
      <h1 id="item-title" className="item-title">
        {m.belief}
      </h1>
      <p>
        <strong>Correction:</strong> {m.correction}
      </p>
      <div className="item-actions">
        <Link className="button secondary" to={routes.graph({ focus: m.id, selected: m.id })} data-testid="graph-link">
          Show in the graph
        </Link>
      </div>
      <section className="item-section" aria-labelledby="stand-title" data-testid="stance-columns">
        <h2 id="stand-title">Where the sources stand</h2>
        <div className="stance-columns" style={{ gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' }}>
          {columns.map((c) => {
            const list = m.mentions.filter((x) => x.stance === c.stance);
            return (
              <section key={c.stance} className="stance-column" aria-label={c.label} data-testid="stance-column" data-stance={c.stance}>
                <h3>
                  <span className={`badge ${c.cls}`}>{c.label}</span> <span className="stance-count">{list.length}</span>
                </h3>
                {list.length === 0 && <p className="muted small empty-column">No source’s statement.</p>}
                <ul className="stance-list">
                  {list.map((x) => (
                    <li key={x.claim.id} className="stance-item" data-testid="stance">
                      <p className="stance-source">
                        <Link to={routes.reader(x.claim.source.id, { item: x.claim.id })}>{shortCitation(x.claim.source)}</Link>
                      </p>
                      <p className="stance-text">{x.claim.text}</p>
                      <blockquote className="item-quote">“{x.claim.quote.text}”</blockquote>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      </section>
      <Annotations annotations={m.annotations} />
    </article>
  );
}
