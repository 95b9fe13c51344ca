import type { QuoteInContextFragment } from '../gql/graphql.ts';
import { contextAfter, contextBefore } from '../shared/context.ts';
import './evidence.css';

/** The quote highlighted inside the readable text of its passage(s). */
export function QuoteInContext({ quote, chars = 600 }: { quote: QuoteInContextFragment; chars?: number }) {
  const section = quote.context.passages[0]?.section;
  return (
    <figure className="quote-in-context" data-testid="quote-in-context">
      <figcaption>Quote in context{section ? ` · ${section}` : ''}</figcaption>
      <blockquote>
        <span className="context">{contextBefore(quote.context.before, chars)}</span>
        <mark className="quote">{quote.context.quote}</mark>
        <span className="context">{contextAfter(quote.context.after, chars)}</span>
      </blockquote>
      <p className="offsets">
        Characters {quote.start.toLocaleString('en-GB')}–{quote.end.toLocaleString('en-GB')} of the source file
      </p>
    </figure>
  );
}

export function Annotations({ annotations }: { annotations: readonly { id: string; text: string; author: string; createdAt: string }[] }) {
  return (
    <section className="item-section" aria-labelledby="notes-title">
      <h2 id="notes-title">Curators’ notes</h2>
      {annotations.length === 0 ? (
        <p className="muted small">No notes yet.</p>
      ) : (
        <ul className="annotations">
          {annotations.map((a) => (
            <li key={a.id}>
              <p>{a.text}</p>
              <p className="muted small">
                {a.author} · {new Date(a.createdAt).toLocaleDateString('en-GB')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
