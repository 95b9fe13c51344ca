import { useRef, useState, type KeyboardEvent } from 'react';
import { shortCitation } from '../shared/cite.ts';
import { binOf, describeCounts, metricValue, moveFocus, shade, shadeStep, type totals, ZERO, type Counts, type Metric, type Position } from './heat.ts';
import { CellContent } from './MapLegend.tsx';
import type { Cell, Source, Topic } from './operations.ts';

export function MapTable({
  topics,
  sources,
  cellAt,
  sums,
  metric,
  bounds,
  selected,
  onSelect,
}: {
  topics: readonly Topic[];
  sources: readonly Source[];
  cellAt: (topic: string, source: string) => Cell;
  sums: ReturnType<typeof totals>;
  metric: Metric;
  bounds: number[];
  selected: { topic: string; source: string };
  onSelect: (topic: string, source: string) => void;
}) {
  const table = useRef<HTMLTableElement>(null);
  const selectedPos = (): Position | null => {
    const row = topics.findIndex((t) => t.id === selected.topic);
    const col = sources.findIndex((s) => s.id === selected.source);
    return row >= 0 && col >= 0 ? { row, col } : null;
  };
  // The cell that takes Tab: where the arrow keys moved it, until the selection changes (a click, back or forward); then the selected cell.
  const selection = `${selected.topic}/${selected.source}`;
  const [moved, setMoved] = useState<{ selection: string; to: Position } | null>(null);
  const focus = (moved?.selection === selection ? moved.to : null) ?? selectedPos() ?? { row: 0, col: 0 };
  const setFocus = (to: Position) => setMoved({ selection, to });

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, at: Position) => {
    const next = moveFocus(at, e.key, topics.length, sources.length, e.ctrlKey || e.metaKey);
    if (!next) return;
    e.preventDefault();
    setFocus(next);
    table.current?.querySelector<HTMLButtonElement>(`button[data-row="${next.row}"][data-col="${next.col}"]`)?.focus();
  };

  const describe = (topic: Topic, source: Source, counts: Counts) => `${topic.name}, ${shortCitation(source)}: ${describeCounts(counts)}`;

  return (
    <table ref={table} className="map-table" role="grid" aria-labelledby="map-title" aria-describedby="map-keys" data-testid="map-table">
      <caption id="map-keys" className="map-caption">
        Topics by source. Each cell is a button: arrow keys move between cells, Home and End go to the ends of a row, Enter or Space lists the cell’s items.
      </caption>
      <colgroup>
        <col className="col-topic" />
        {sources.map((s) => (
          <col key={s.id} />
        ))}
        <col className="col-total" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className="corner">
            Topic
          </th>
          {sources.map((s) => (
            <th key={s.id} scope="col" title={s.title}>
              {shortCitation(s)}
            </th>
          ))}
          <th scope="col" className="total">
            All sources
          </th>
        </tr>
      </thead>
      <tbody>
        {topics.map((t, row) => {
          const rowTotal = sums.byTopic.get(t.id) ?? ZERO;
          return (
            <tr key={t.id}>
              <th scope="row" title={t.description}>
                {t.name}
              </th>
              {sources.map((s, col) => {
                const counts = cellAt(t.id, s.id);
                const { background, color } = shade(metric, shadeStep(binOf(metricValue(counts, metric), bounds), bounds.length));
                const isSelected = selected.topic === t.id && selected.source === s.id;
                const label = describe(t, s, counts);
                return (
                  <td key={s.id}>
                    <button
                      type="button"
                      className="map-cell"
                      style={{ background, color }}
                      tabIndex={focus.row === row && focus.col === col ? 0 : -1}
                      aria-pressed={isSelected}
                      title={label}
                      data-testid="map-cell"
                      data-topic={t.id}
                      data-source={s.id}
                      data-row={row}
                      data-col={col}
                      onClick={() => {
                        setFocus({ row, col });
                        onSelect(t.id, s.id);
                      }}
                      onFocus={() => setFocus({ row, col })}
                      onKeyDown={(e) => onKeyDown(e, { row, col })}
                    >
                      <span className="sr-only">{label}</span>
                      <span aria-hidden="true" className="cell-inner">
                        <CellContent counts={counts} metric={metric} />
                      </span>
                    </button>
                  </td>
                );
              })}
              <td className="total" data-testid="row-total" data-topic={t.id}>
                <span className="sr-only">
                  {t.name}, all sources: {describeCounts(rowTotal)}
                </span>
                <span aria-hidden="true" className="cell-inner">
                  <CellContent counts={rowTotal} metric={metric} />
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">All topics</th>
          {sources.map((s) => {
            const colTotal = sums.bySource.get(s.id) ?? ZERO;
            return (
              <td key={s.id} className="total" data-testid="col-total" data-source={s.id}>
                <span className="sr-only">
                  {shortCitation(s)}, all topics: {describeCounts(colTotal)}
                </span>
                <span aria-hidden="true" className="cell-inner">
                  <CellContent counts={colTotal} metric={metric} />
                </span>
              </td>
            );
          })}
          <td className="total grand" data-testid="grand-total">
            <span className="sr-only">All topics and sources: {describeCounts(sums.all)}</span>
            <span aria-hidden="true" className="cell-inner">
              <CellContent counts={sums.all} metric={metric} />
            </span>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
