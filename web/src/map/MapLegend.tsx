import { legend, metricValue, shade, type Counts, type Metric } from './heat.ts';

export function MapLegend({ metric, max, label }: { metric: Metric; max: number; label: string }) {
  const entries = legend(max);
  return (
    <div className="map-legend" data-testid="map-legend">
      <span className="legend-title" id="map-legend-title">
        Number of {label} per cell
      </span>
      <ul aria-labelledby="map-legend-title">
        {entries.map((e) => {
          const { background, color } = shade(metric, e.step);
          return (
            <li key={e.bin} style={{ background, color }}>
              {e.from === e.to ? e.from.toLocaleString('en-GB') : `${e.from.toLocaleString('en-GB')}–${e.to.toLocaleString('en-GB')}`}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export const SAMPLE: Counts = { claims: 8, statistics: 3, gaps: 1, agreements: 2, contradictions: 1 };

/** How to read a cell: a sample cell with what each line means. */
export function CellKey({ metric }: { metric: Metric }) {
  return (
    <div className="cell-key" aria-hidden="true">
      <span className="key-title">Each cell:</span>
      <span className="key-sample cell-inner" style={shade(metric, 2)}>
        <CellContent counts={SAMPLE} metric={metric} />
      </span>
      <ol>
        <li>the measure chosen above (it sets the colour)</li>
        <li>claims · statistics · statements raising a research gap</li>
        <li>agreements (supports) · disagreements (contradicts or qualifies): curated links to other sources</li>
      </ol>
    </div>
  );
}

/** A middle dot between thin spaces: keeps four-digit totals inside their column. */
export const SEP = '\u2009·\u2009';

export function CellContent({ counts, metric }: { counts: Counts; metric: Metric }) {
  return (
    <>
      <span className="cell-value" data-count={metric}>
        {metricValue(counts, metric).toLocaleString('en-GB')}
      </span>
      <span className="cell-counts">
        <span data-count="claims">{counts.claims.toLocaleString('en-GB')}</span>
        {SEP}
        <span data-count="statistics">{counts.statistics.toLocaleString('en-GB')}</span>
        {SEP}
        <span data-count="gaps">{counts.gaps.toLocaleString('en-GB')}</span>
      </span>
      <span className="cell-links">
        <span data-count="agreements">{counts.agreements.toLocaleString('en-GB')}</span>
        {SEP}
        <span data-count="contradictions">{counts.contradictions.toLocaleString('en-GB')}</span>
      </span>
    </>
  );
}
