import { Link } from 'react-router';
import type { SearchHitType } from '../gql/graphql.ts';
import { searchHref, TYPE_LABEL } from './hits.ts';

export const EXAMPLES = ['live streaming', 'webcam', 'peer-to-peer networks', 'prevalence', 'displacement'];

/** The query as typed, in quotation marks unless it brings its own. */
export function quoted(q: string): string {
  return q.includes('"') ? q : `“${q}”`;
}

export function Examples() {
  return (
    <p className="examples">
      <span className="muted">Try:</span>{' '}
      {EXAMPLES.map((x) => (
        <Link key={x} className="tag example" to={searchHref({ q: x })}>
          {x}
        </Link>
      ))}
    </p>
  );
}

export function NoResults({
  q,
  type,
  source,
  topic,
  filterNames,
  allCount,
}: {
  q: string;
  type: SearchHitType | null;
  source: string;
  topic: string;
  filterNames: string[];
  allCount: number | undefined;
}) {
  const unquoted = q.replace(/"/g, '').trim();
  const words = q.split(/\s+/).filter(Boolean);
  return (
    <div className="status empty no-results" data-testid="no-results">
      <p>
        <strong>
          No results for {quoted(q)}
          {type ? ` among ${TYPE_LABEL[type].many.toLowerCase()}` : ''}
          {filterNames.length ? ` in ${filterNames.join(' · ')}` : ''}.
        </strong>
      </p>
      <ul className="suggestions">
        {type && allCount !== undefined && allCount > 0 && (
          <li>
            <Link to={searchHref({ q, source, topic })}>
              See {allCount === 1 ? 'the 1 result' : `all ${allCount.toLocaleString('en-GB')} results`} of other types
            </Link>
          </li>
        )}
        {(source || topic) && (
          <li>
            <Link to={searchHref({ q, type })}>Search all sources and topics</Link>
          </li>
        )}
        {q.includes('"') && unquoted && (
          <li>
            <Link to={searchHref({ q: unquoted, type, source, topic })}>Search the words without quotes</Link>, so they need not stand together
          </li>
        )}
        {words.length > 3 && <li>Use fewer words: any of them may match, and hits with all of them rank first.</li>}
        <li>Check the spelling, or try a broader word (for example “offender” rather than a name).</li>
      </ul>
      <Examples />
    </div>
  );
}
