import { Link } from 'react-router';
import { shortCitation } from '../shared/cite.ts';
import { describeCounts, type Counts } from './heat.ts';
import { Empty } from '../shared/Status.tsx';
import { routes } from '../shared/routes.ts';
import { CLAIM_KINDS, type Source, type Topic } from './operations.ts';
import { ClaimsSection, GapsSection, StatisticsSection } from './CellSections.tsx';

export function CellPanel({ topic, source, counts, onClose }: { topic: Topic; source: Source; counts: Counts; onClose: () => void }) {
  const filter = { topics: [topic.id], sources: [source.id] };
  const cite = shortCitation(source);
  const nothing = counts.claims + counts.statistics + counts.gaps === 0;
  return (
    <aside className="map-panel" aria-labelledby="map-panel-title" data-testid="map-panel">
      <div className="panel-head">
        <h2 id="map-panel-title">
          <span className="kicker">{cite}</span> {topic.name}
        </h2>
        <button type="button" className="ghost" onClick={onClose} aria-label="Close the cell’s items">
          Close
        </button>
      </div>
      <p className="sr-only" role="status">
        Listing the items of {topic.name} in {cite}.
      </p>
      <p className="panel-counts">{describeCounts(counts)}.</p>
      <p className="panel-links">
        <Link to={routes.reader(source.id)}>Read {cite}</Link>
        {counts.contradictions > 0 && (
          <>
            {' · '}
            <Link to={routes.contradictions({ a: source.id, topic: topic.id })}>Its disagreements on this topic</Link>
          </>
        )}
        {counts.gaps > 0 && (
          <>
            {' · '}
            <Link to={routes.gaps({ source: source.id, topic: topic.id })}>These gaps in the gaps table</Link>
          </>
        )}
      </p>
      {nothing ? (
        <Empty>{cite} has no claims, statistics or research gaps on this topic: a gap in the evidence, not in the tool.</Empty>
      ) : (
        <>
          {counts.claims > 0 && <ClaimsSection filter={{ ...filter, kinds: CLAIM_KINDS }} count={counts.claims} />}
          {counts.statistics > 0 && <StatisticsSection filter={filter} count={counts.statistics} />}
          {counts.gaps > 0 && <GapsSection filter={filter} topic={topic.id} source={source.id} count={counts.gaps} />}
        </>
      )}
    </aside>
  );
}
