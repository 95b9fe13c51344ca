import type { HoverTarget } from './Canvas.tsx';
import type { GraphData, GraphNodeData } from './model.ts';
import { EDGE_STYLES, NODE_SHAPES } from './style.ts';

/** The full text of the node under the pointer, with its type and source; for an edge, its kind. */
export function HoverCard({ target, data, sourceName }: { target: HoverTarget; data: GraphData; sourceName: (id: string | null | undefined) => string }) {
  // Above the point, unless that would leave the canvas.
  const below = target.y < 150;
  const style = { left: target.x, top: below ? target.y + 44 : target.y, transform: below ? 'translate(-50%, 0)' : undefined };
  if (target.group === 'edge') {
    const e = data.edges.find((x) => x.id === target.id);
    if (!e) return null;
    return (
      <div className="hover-card edge" style={style} role="tooltip" data-testid="hover-card">
        <strong>{EDGE_STYLES[e.kind].label}</strong>
        {e.label && <span> · {e.label.toLowerCase()}</span>}
        {e.subtype && <span className="muted"> · {e.subtype.toLowerCase().replaceAll('_', ' ')}</span>}
        {e.status === 'PROPOSED' && <span className="muted"> · proposed, not reviewed</span>}
      </div>
    );
  }
  const n: GraphNodeData | undefined = data.nodes.find((x) => x.id === target.id);
  if (!n) return null;
  return (
    <div className="hover-card" style={style} role="tooltip" data-testid="hover-card">
      <p className="hover-meta">
        {NODE_SHAPES[n.type].label}
        {n.sourceId && n.type !== 'SOURCE' ? ` · ${sourceName(n.sourceId)}` : ''}
        {n.type !== 'GROUP' && n.degree > 0 ? ` · ${n.degree} linked` : ''}
      </p>
      <p className="hover-text">{n.type === 'GROUP' ? `${n.hiddenCount} more neighbours: click to show the next page` : n.label}</p>
    </div>
  );
}
