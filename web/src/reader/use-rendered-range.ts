import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { currentPosition } from './position.ts';
import type { Placement } from './use-reader-navigation.ts';

/** Rendered text kept beyond the viewport: at least `MIN`, refilled to `FILL`, trimmed past `MAX` (px). */
const MIN = 800;
const FILL = 2000;
const MAX = 4000;
/** Passages rendered either side of a target revealed from outside the rendered range. */
const AROUND = 30;

type Edge = { node: { id: string } };
/** The loaded passages in the page, by id; `atStart`/`atEnd` keep passages loaded at that end in the range. */
interface Range {
  first: string;
  last: string;
  atStart: boolean;
  atEnd: boolean;
}

function resolve(range: Range | null, ids: readonly string[]): [number, number] {
  const n = ids.length;
  if (!range) return [0, n];
  const f = range.atStart ? 0 : ids.indexOf(range.first);
  const l = range.atEnd ? n - 1 : ids.indexOf(range.last);
  return f >= 0 && l >= f ? [f, l + 1] : [0, n];
}

/**
 * Which loaded passages are in the page. Passages further than `MAX` px from the viewport are
 * taken out and stand as spacers of their measured height, so reading through a long document
 * keeps the page's size bounded; scrolling towards a spacer puts its passages back. Every change
 * of the range keeps the passage under the top of the viewport where it was.
 */
export function useRenderedRange<E extends Edge>(edges: readonly E[] | undefined, text: React.RefObject<HTMLElement | null>) {
  const [range, setRange] = useState<Range | null>(null);
  const all = edges ?? [];
  const ids = all.map((e) => e.node.id);
  const [from, to] = resolve(range, ids);
  const before = useRef<HTMLDivElement>(null);
  const after = useRef<HTMLDivElement>(null);
  const heights = useRef(new Map<string, number>());
  const anchor = useRef<{ id: string; top: number } | null>(null);
  const state = useRef({ ids, from, to });
  const average = (): number => {
    const known = [...heights.current.values()];
    return known.length ? known.reduce((s, h) => s + h, 0) / known.length : 60;
  };
  const span = (a: number, b: number): number => {
    const avg = average();
    let sum = 0;
    for (let i = a; i < b; i++) sum += heights.current.get(state.current.ids[i]!) ?? avg;
    return sum;
  };
  const choose = (a: number, b: number, keep: boolean) => {
    const { ids: all } = state.current;
    const el = text.current;
    const pos = keep && el ? currentPosition(el) : null;
    anchor.current = pos ? { id: pos.passage, top: pos.offset } : null;
    setRange({ first: all[a]!, last: all[b - 1]!, atStart: a === 0, atEnd: b === all.length });
  };

  // After each render: measure the passages (consecutive tops, so collapsed margins count once),
  // size the spacers, and put the passage that was at the top of the viewport back where it was.
  useLayoutEffect(() => {
    state.current = { ids, from, to };
    const el = text.current;
    if (!el) return;
    const nodes = [...el.querySelectorAll<HTMLElement>(':scope > .passage')];
    for (let i = 0; i < nodes.length; i++) {
      const next = nodes[i + 1] ?? nodes[i]!.nextElementSibling;
      const top = nodes[i]!.getBoundingClientRect().top;
      const h = next ? next.getBoundingClientRect().top - top : nodes[i]!.offsetHeight;
      if (h > 0) heights.current.set(nodes[i]!.id, h);
    }
    if (before.current) before.current.style.height = `${span(0, from)}px`;
    if (after.current) after.current.style.height = `${span(to, ids.length)}px`;
    const a = anchor.current;
    anchor.current = null;
    const kept = a ? document.getElementById(a.id) : null;
    if (a && kept) window.scrollBy(0, kept.getBoundingClientRect().top - a.top);
  });

  // Whether the viewport needs other passages than those rendered (from the measured heights).
  const check = useRef(() => {});
  useLayoutEffect(() => {
    check.current = () => {
      const el = text.current;
      const { ids: all, from: f, to: t } = state.current;
      const n = all.length;
      if (!el || n === 0) return;
      const box = el.getBoundingClientRect();
      const y0 = -box.top;
      const y1 = y0 + window.innerHeight;
      const top = before.current?.offsetHeight ?? 0;
      const bottom = box.height - (after.current?.offsetHeight ?? 0);
      const enough = (f === 0 || top <= y0 - MIN) && (t === n || bottom >= y1 + MIN);
      if (enough && top >= y0 - MAX && bottom <= y1 + MAX) return;
      const avg = average();
      let y = 0;
      let a = -1;
      let b = n;
      for (let i = 0; i < n; i++) {
        const h = heights.current.get(all[i]!) ?? avg;
        if (a < 0 && y + h > y0 - FILL) a = i;
        if (y > y1 + FILL) {
          b = i;
          break;
        }
        y += h;
      }
      a = Math.max(0, Math.min(a < 0 ? n - 1 : a, n - 1));
      b = Math.max(b, a + 1);
      if (a !== f || b !== t) choose(a, b, true);
    };
  });
  useEffect(() => {
    let frame = 0;
    const onScroll = () => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        check.current();
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      cancelAnimationFrame(frame);
    };
  }, []);
  // New passages (a window, or a page before or after) or a new range: trim what now lies far away.
  useEffect(() => {
    const frame = requestAnimationFrame(() => check.current());
    return () => cancelAnimationFrame(frame);
  }, [ids.length, from, to]);

  /** Puts a loaded passage into the page, with some around it. */
  const reveal = useCallback((id: string): Placement => {
    const { ids: all, from: f, to: t } = state.current;
    const i = all.indexOf(id);
    if (i < 0) return 'absent';
    if (i >= f && i < t) return 'rendered';
    anchor.current = null;
    const a = Math.max(0, i - AROUND);
    const b = Math.min(all.length, i + AROUND + 1);
    setRange({ first: all[a]!, last: all[b - 1]!, atStart: a === 0, atEnd: b === all.length });
    return 'revealed';
  }, []);

  const shown = useMemo(() => (edges ?? []).slice(from, to), [edges, from, to]);
  return { shown, from, to, before, after, reveal };
}
