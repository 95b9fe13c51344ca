import type { SourceCitationFragment } from '../gql/graphql.ts';
import { shortCitation } from '../shared/cite.ts';
import { ALL_EDGE_KINDS, ALL_NODE_TYPES, NODE_BUDGETS, toggle, type GraphState } from './model.ts';
import { EDGE_STYLES, NODE_SHAPES, nodeColour } from './style.ts';
import { LineSwatch, Swatch } from './Swatches.tsx';

const OTHER_FOCUS = '__focus';

interface Props {
  state: GraphState;
  sources: readonly SourceCitationFragment[];
  topics: readonly { id: string; name: string }[];
  colours: ReadonlyMap<string, string>;
  focusLabel: string;
  update: (next: Partial<GraphState>) => void;
  refocus: (focus: string[]) => void;
  children?: React.ReactNode;
}

/** The side panel: focus, depth, and the filters by source, item type and link kind, each with its legend swatch. */
export function FilterPanel({ state, sources, topics, colours, focusLabel, update, refocus, children }: Props) {
  const topicFocus = state.focus.length === 1 && topics.some((t) => t.id === state.focus[0]) ? state.focus[0]! : null;
  const f = state.filter;
  return (
    <aside className="graph-panel" aria-label="Focus and filters" id="graph-panel">
      <section>
        <h2>Focus</h2>
        <p className="muted small" data-testid="graph-focus">
          {focusLabel}
        </p>
        <label>
          Start from a topic{' '}
          <select
            value={topicFocus ?? (state.focus.length ? OTHER_FOCUS : '')}
            onChange={(e) => refocus(e.target.value ? [e.target.value] : [])}
            data-testid="graph-topic"
          >
            <option value="">Most contested items</option>
            {state.focus.length > 0 && !topicFocus && (
              <option value={OTHER_FOCUS} disabled>
                The focus above
              </option>
            )}
            {topics.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Depth{' '}
          <select value={state.depth} onChange={(e) => update({ depth: Number(e.target.value) })}>
            {[0, 1, 2, 3].map((d) => (
              <option key={d} value={d}>
                {d === 0 ? 'focus only' : `${d} step${d > 1 ? 's' : ''}`}
              </option>
            ))}
          </select>
        </label>
        <label>
          Show up to{' '}
          <select value={state.budget} onChange={(e) => update({ budget: Number(e.target.value) })} data-testid="graph-budget">
            {NODE_BUDGETS.map((b) => (
              <option key={b} value={b}>
                {b} nodes
              </option>
            ))}
          </select>
        </label>
        {(state.focus.length > 0 || state.expansions.length > 0) && (
          <button type="button" className="ghost" onClick={() => refocus([])}>
            Reset to the most contested
          </button>
        )}
      </section>
      <fieldset>
        <legend>Sources (colour)</legend>
        {sources.map((s) => (
          <label key={s.id} className="check">
            <input
              type="checkbox"
              checked={!f.sources?.length || f.sources.includes(s.id)}
              onChange={() =>
                update({
                  filter: {
                    ...f,
                    sources: toggle(
                      f.sources,
                      s.id,
                      sources.map((x) => x.id),
                    ),
                  },
                })
              }
            />
            <span className="dot" style={{ background: nodeColour(colours, s.id) }} aria-hidden="true" /> {shortCitation(s)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Items (shape)</legend>
        {ALL_NODE_TYPES.map((t) => (
          <label key={t} className="check">
            <input
              type="checkbox"
              checked={!f.types?.length || f.types.includes(t)}
              onChange={() => update({ filter: { ...f, types: toggle(f.types, t, ALL_NODE_TYPES) } })}
              data-testid={`type-${t}`}
            />
            <Swatch type={t} colour="#6b7280" /> {NODE_SHAPES[t].label}
          </label>
        ))}
        <p className="check muted">
          <Swatch type="GROUP" colour="#f1f5f9" /> {NODE_SHAPES.GROUP.label}
        </p>
      </fieldset>
      <fieldset>
        <legend>Links (line)</legend>
        {ALL_EDGE_KINDS.filter((k) => k !== 'PROPOSED').map((k) => (
          <label key={k} className="check">
            <input
              type="checkbox"
              checked={!f.kinds?.length || f.kinds.includes(k)}
              onChange={() => update({ filter: { ...f, kinds: toggle(f.kinds, k, ALL_EDGE_KINDS) } })}
              data-testid={`kind-${k}`}
            />
            <LineSwatch kind={k} /> {EDGE_STYLES[k].label}
          </label>
        ))}
        <label className="check">
          <input
            type="checkbox"
            checked={!!f.statuses?.includes('PROPOSED')}
            onChange={(e) => update({ filter: { ...f, statuses: e.target.checked ? ['CURATED', 'PROPOSED'] : undefined } })}
          />
          <LineSwatch kind="PROPOSED" /> Show the proposer’s links (not yet reviewed)
        </label>
      </fieldset>
      {children}
    </aside>
  );
}
