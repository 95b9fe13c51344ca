import type { CanvasEdgeKind, CanvasNodeType } from './model.ts';
import { EDGE_STYLES, NODE_SHAPES } from './style.ts';

export function Swatch({ type, colour }: { type: CanvasNodeType; colour: string }) {
  const shape = NODE_SHAPES[type].shape;
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="swatch">
      {shape === 'ellipse' && <circle cx="8" cy="8" r="6" fill={colour} />}
      {(shape === 'round-rectangle' || shape === 'barrel') && (
        <rect x="2" y="3" width="12" height="10" rx="3" fill={colour} stroke={type === 'GROUP' ? '#64748b' : 'none'} strokeDasharray="2 1" />
      )}
      {shape === 'diamond' && <polygon points="8,1 15,8 8,15 1,8" fill={colour} />}
      {shape === 'hexagon' && <polygon points="4,2 12,2 15,8 12,14 4,14 1,8" fill={colour} />}
      {shape === 'round-tag' && <polygon points="1,3 11,3 15,8 11,13 1,13" fill={colour} />}
    </svg>
  );
}

export function LineSwatch({ kind }: { kind: CanvasEdgeKind }) {
  const s = EDGE_STYLES[kind];
  return (
    <svg width="28" height="10" viewBox="0 0 28 10" aria-hidden="true" className="swatch">
      <line
        x1="1"
        y1="5"
        x2={s.arrow ? 21 : 27}
        y2="5"
        stroke={s.colour}
        strokeWidth={Math.min(s.width, 3)}
        strokeDasharray={s.line === 'dashed' ? '5 3' : s.line === 'dotted' ? '1.5 2.5' : undefined}
      />
      {s.arrow && <polygon points="20,1 27,5 20,9" fill={s.colour} />}
    </svg>
  );
}
