import { useEffect } from 'react';
import { Link } from 'react-router';
import { EvidencePanel } from '../item/EvidencePanel.tsx';
import { routes } from '../shared/routes.ts';
import type { GraphNodeData } from './model.ts';
import { NODE_SHAPES } from './style.ts';

interface Props {
  node: GraphNodeData;
  expanded: boolean;
  /** Every neighbour is in view already (expanding would add nothing). */
  allInView: boolean;
  pinned: boolean;
  isFocus: boolean;
  expand: () => void;
  refocus: () => void;
  hide: () => void;
  togglePin: () => void;
  close: () => void;
}

/** The selected node's details, in a drawer over the canvas (the canvas keeps its size). */
export function Drawer({ node, expanded, allInView, pinned, isFocus, expand, refocus, hide, togglePin, close }: Props) {
  // Escape closes the drawer (unless a menu or a field has the key).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement)) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [close]);
  return (
    <div className="graph-drawer" data-testid="graph-drawer">
      <div className="detail-actions" role="group" aria-label="Actions on the selected node">
        {node.degree > 0 && node.type !== 'TOPIC' && (
          <button type="button" onClick={expand} disabled={!expanded && allInView} data-testid="detail-expand">
            {expanded ? 'Collapse neighbours' : allInView ? `All ${node.degree} neighbours in view` : `Expand neighbours (${node.degree})`}
          </button>
        )}
        {!isFocus && (
          <button type="button" className="ghost" onClick={refocus}>
            Focus here
          </button>
        )}
        <button type="button" className="ghost" onClick={togglePin} aria-pressed={pinned} data-testid="detail-pin">
          {pinned ? 'Unpin' : 'Pin in place'}
        </button>
        <button type="button" className="ghost" onClick={hide} data-testid="detail-hide">
          Hide
        </button>
      </div>
      {node.type === 'CLAIM' || node.type === 'STATISTIC' ? (
        <EvidencePanel id={node.id} inGraph onClose={close} />
      ) : (
        <aside className="evidence-panel" aria-label="Selected item">
          <div className="panel-head">
            <h2>{NODE_SHAPES[node.type].label}</h2>
            <button type="button" className="ghost" onClick={close}>
              Close
            </button>
          </div>
          <p className="item-text">{node.label}</p>
          {node.type === 'RESEARCH_GAP' && (
            <p>
              Status: {node.kind ?? 'open'} · <Link to={routes.gaps({ open: node.id })}>See it among the research gaps</Link>
            </p>
          )}
          {node.type === 'SOURCE' && <Link to={routes.reader(node.id)}>Read the source</Link>}
          <p className="muted small">
            {node.degree} linked {node.type === 'TOPIC' ? 'items in view' : 'items under the current filters'}.
          </p>
        </aside>
      )}
    </div>
  );
}
