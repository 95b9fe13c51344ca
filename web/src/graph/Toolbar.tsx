import { useState } from 'react';
import type { Lens } from './model.ts';

interface Props {
  panelOpen: boolean;
  togglePanel: () => void;
  count: string;
  updating: boolean;
  status: string;
  lens: Lens;
  setLens: (lens: Lens) => void;
  labels: readonly string[];
  find: (text: string) => void;
  hasNodes: boolean;
  fit: () => void;
  rearrange: () => void;
  png: () => void;
  svg: () => void;
  /** The view's request as the graph exports' URL parameters. */
  exportQuery: string;
}

const GRAPH_EXPORTS = [
  { ext: 'graphml', label: 'GraphML (yEd, Gephi)' },
  { ext: 'gexf', label: 'GEXF (Gephi)' },
  { ext: 'cyjs', label: 'Cytoscape JSON' },
];

/** One compact row over the canvas: panel toggle, counts, find, lens, view and export actions, and a short help. */
export function Toolbar(p: Props) {
  const [text, setText] = useState('');
  return (
    <div className="graph-toolbar" role="toolbar" aria-label="Graph tools">
      <button type="button" className="ghost" aria-expanded={p.panelOpen} aria-controls="graph-panel" onClick={p.togglePanel} data-testid="toggle-panel">
        {p.panelOpen ? 'Hide filters' : 'Filters'}
      </button>
      <span className="count" data-testid="element-count" aria-live="polite">
        {p.count}
      </span>
      {p.updating && <span className="muted small">Updating…</span>}
      <form
        className="graph-find"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          p.find(text);
        }}
      >
        <input
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Find in graph"
          aria-label="Find a node in the graph by its text"
          list="graph-labels"
          data-testid="graph-find"
        />
        <datalist id="graph-labels">
          {p.labels.map((l) => (
            <option key={l} value={l} />
          ))}
        </datalist>
        <button type="submit" className="ghost">
          Find
        </button>
      </form>
      <label className="check lens">
        <input
          type="checkbox"
          checked={p.lens === 'disagreements'}
          onChange={(e) => p.setLens(e.target.checked ? 'disagreements' : 'all')}
          data-testid="lens-disagreements"
        />
        Disagreements only
      </label>
      <span className="status-message" role="status" data-testid="graph-status">
        {p.status}
      </span>
      <span className="spacer" />
      <button type="button" className="ghost" onClick={p.fit}>
        Fit
      </button>
      <button type="button" className="ghost" onClick={p.rearrange} disabled={!p.hasNodes}>
        Re-arrange
      </button>
      <details className="graph-menu">
        <summary>Export</summary>
        <div className="menu-body">
          <button type="button" className="ghost" disabled={!p.hasNodes} onClick={p.png} data-testid="export-png">
            PNG image
          </button>
          <button type="button" className="ghost" disabled={!p.hasNodes} onClick={p.svg} data-testid="export-svg">
            SVG image
          </button>
          {GRAPH_EXPORTS.map((x) => (
            <a key={x.ext} className="button-link" href={`/export/graph.${x.ext}?${p.exportQuery}`} download data-testid={`export-${x.ext}`}>
              {x.label}
            </a>
          ))}
        </div>
      </details>
      <details className="graph-menu help">
        <summary>Help</summary>
        <div className="menu-body">
          <p>
            <strong>Reading the graph.</strong> Colour is the source, shape the kind of item, and the line how two statements relate. Hover a node for its full
            text; hover a line for its kind.
          </p>
          <ul>
            <li>Click a node to open it; double-click (or “Expand”) to bring in its neighbours.</li>
            <li>A dashed “N more” box stands for further neighbours: click it for the next page.</li>
            <li>Zoom in to reveal more labels; pin a node to keep it in place, or hide it.</li>
            <li>“Disagreements only” keeps contradictions, qualifications, asserted-versus-open links and distorted or unsupported citations.</li>
            <li>The element list in the filter panel holds everything in view, for the keyboard.</li>
          </ul>
        </div>
      </details>
    </div>
  );
}
