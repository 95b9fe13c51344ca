import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { binBounds, metricValue, METRICS, parseMetric, totals, ZERO } from './heat.ts';
import { Empty, ErrorNotice, Loading } from '../shared/Status.tsx';
import { EvidenceMapQuery, type Cell } from './operations.ts';
import { CellKey, MapLegend } from './MapLegend.tsx';
import { MapTable } from './MapTable.tsx';
import { CellPanel } from './CellPanel.tsx';
import './map.css';

export function EvidenceMapView() {
  const [params, setParams] = useSearchParams();
  const metric = parseMetric(params.get('metric'));
  const topicId = params.get('topic') ?? '';
  const sourceId = params.get('source') ?? '';
  const { data, loading, error, refetch } = useQuery(EvidenceMapQuery);
  const map = data?.evidenceMap;

  const update = (changes: Record<string, string>) => {
    // From the address bar, not this render's params: a quick second change must not undo the first.
    const next = new URLSearchParams(window.location.search);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  };
  const select = (topic: string, source: string) => update(topic === topicId && source === sourceId ? { topic: '', source: '' } : { topic, source });

  const topics = map?.topics ?? [];
  const sources = map?.sources ?? [];
  const cells = useMemo(() => {
    const byKey = new Map<string, Cell>();
    for (const c of map?.cells ?? []) byKey.set(`${c.topic}\u0000${c.source}`, c);
    return byKey;
  }, [map?.cells]);
  const cellAt = (topic: string, source: string): Cell => cells.get(`${topic}\u0000${source}`) ?? { ...ZERO, topic, source };
  const sums = useMemo(() => totals(map?.cells ?? []), [map?.cells]);
  const max = Math.max(0, ...(map?.cells ?? []).map((c) => metricValue(c, metric)));
  const bounds = binBounds(max);
  const metricInfo = METRICS.find((m) => m.id === metric)!;

  const selectedTopic = topics.find((t) => t.id === topicId);
  const selectedSource = sources.find((s) => s.id === sourceId);

  return (
    <section className="page evidence-map" aria-labelledby="map-title">
      <h1 id="map-title">Evidence map</h1>
      <p className="lede">
        What each source holds on each topic: where evidence is dense, where sources agree or conflict, and where it is missing. Select a cell to list its
        claims, statistics and research gaps with their quotes.
      </p>
      <div className="toolbar map-toolbar">
        <fieldset className="segmented" data-testid="metric">
          <legend>Colour by</legend>
          {METRICS.map((m) => (
            <label key={m.id} className={m.id === metric ? 'checked' : undefined}>
              <input type="radio" name="metric" value={m.id} checked={m.id === metric} onChange={() => update({ metric: m.id === 'total' ? '' : m.id })} />
              {m.label}
            </label>
          ))}
        </fieldset>
        {map && <MapLegend metric={metric} max={max} label={metricInfo.many} />}
      </div>
      {loading && !data && <Loading what="the evidence map" />}
      {error && <ErrorNotice error={error} retry={() => void refetch()} />}
      {map && (topics.length === 0 || sources.length === 0) && <Empty>No evidence is loaded yet. Run the seed (npm start seeds an empty database).</Empty>}
      {map && topics.length > 0 && sources.length > 0 && (
        <div className="map-layout">
          <div className="map-main">
            <CellKey metric={metric} />
            <MapTable
              topics={topics}
              sources={sources}
              cellAt={cellAt}
              sums={sums}
              metric={metric}
              bounds={bounds}
              selected={{ topic: topicId, source: sourceId }}
              onSelect={select}
            />
          </div>
          {topicId && sourceId ? (
            selectedTopic && selectedSource ? (
              <CellPanel
                key={`${topicId}/${sourceId}`}
                topic={selectedTopic}
                source={selectedSource}
                counts={cellAt(topicId, sourceId)}
                onClose={() => update({ topic: '', source: '' })}
              />
            ) : (
              <aside className="map-panel" aria-label="Selected cell" data-testid="map-panel">
                <Empty>
                  This map has no cell for topic “{topicId}” and source “{sourceId}”.{' '}
                  <button type="button" className="link-button" onClick={() => update({ topic: '', source: '' })}>
                    Clear the selection
                  </button>
                </Empty>
              </aside>
            )
          ) : (
            <aside className="map-panel placeholder" aria-label="Selected cell" data-testid="map-panel">
              <h2>No cell selected</h2>
              <p>
                Select a cell (click it, or move to it with the arrow keys and press Enter) to list the source’s claims, statistics and research gaps on that
                topic here, each with its verbatim quote and links to the reader and the trace.
              </p>
              <p className="muted">Totals add up the cells; a link between two sources counts once for each of them.</p>
            </aside>
          )}
        </div>
      )}
    </section>
  );
}
