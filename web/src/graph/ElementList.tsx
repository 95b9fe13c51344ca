import type { GraphData, GraphNodeData } from './model.ts';
import { NODE_SHAPES, nodeColour } from './style.ts';

interface Props {
  data: GraphData;
  hidden: readonly GraphNodeData[];
  selected: string | null;
  expanded: ReadonlySet<string>;
  colours: ReadonlyMap<string, string>;
  sourceName: (id: string | null | undefined) => string;
  groupName: (id: string | null | undefined) => string;
  select: (id: string) => void;
  expand: (id: string) => void;
  unhide: (id: string) => void;
}

/** The elements in view as a list: what the canvas shows, for keyboard and screen-reader use. */
export function ElementList({ data, hidden, selected, expanded, colours, sourceName, groupName, select, expand, unhide }: Props) {
  const counts = new Map<string, number>();
  for (const n of data.nodes) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
  const summary = [...counts].map(([t, n]) => `${n} ${NODE_SHAPES[t as GraphNodeData['type']].label.toLowerCase()}${n === 1 ? '' : 's'}`).join(', ');
  return (
    <details className="element-list">
      <summary>Elements in view, as a list ({summary || 'none'})</summary>
      <ul>
        {data.nodes.map((n) => (
          <li key={n.id} className={n.id === selected ? 'current' : ''}>
            <span className="dot" style={{ background: n.type === 'GROUP' ? '#f1f5f9' : nodeColour(colours, n.sourceId) }} aria-hidden="true" />
            {n.type === 'GROUP' ? (
              <button type="button" className="link-button" onClick={() => expand(n.id)}>
                Show {n.hiddenCount} more of {groupName(n.groupOf)}
              </button>
            ) : (
              <span>
                <button type="button" className="link-button" onClick={() => select(n.id)}>
                  {NODE_SHAPES[n.type].label}: {n.label}
                </button>{' '}
                {n.type !== 'TOPIC' && <span className="muted small">{sourceName(n.sourceId)}</span>}{' '}
                {n.degree > 0 && n.type !== 'TOPIC' && (
                  <button type="button" className="ghost small" onClick={() => expand(n.id)} data-testid={`expand-${n.id}`}>
                    {expanded.has(n.id) ? 'Collapse' : `Expand (${n.degree})`}
                  </button>
                )}
              </span>
            )}
          </li>
        ))}
      </ul>
      {hidden.length > 0 && (
        <>
          <h3 className="small">Hidden by you</h3>
          <ul>
            {hidden.map((n) => (
              <li key={n.id}>
                <span className="muted">{n.label.slice(0, 80)}</span>{' '}
                <button type="button" className="ghost small" onClick={() => unhide(n.id)}>
                  Show
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
