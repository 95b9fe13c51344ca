import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { currentPosition, loadPosition, savePosition, targetElement, type ReaderPosition } from './position.ts';

/** How an in-reader navigation moves the view: `select` keeps it still, `passage` jumps to the passage only. */
export type ReaderMove = 'select' | 'passage';
/** Where a target is: in the page, just put into it (rendered next), or not among the loaded passages. */
export type Placement = 'rendered' | 'revealed' | 'absent';
export interface Pending {
  item?: string | null;
  passage?: string | null;
  restore?: ReaderPosition;
}

const entryKey = (loc: { key: string; pathname: string; search: string }) => `${loc.key}:${loc.pathname}${loc.search}`;
const moveOf = (state: unknown): ReaderMove | null => (state as { reader?: ReaderMove } | null)?.reader ?? null;

/**
 * The reader's place in the document. The text is fetched in a window around `anchor` (a
 * passage or an item id); a link's target (`?item=`, `?passage=`), or the position saved for a
 * history entry on back and forward, becomes `pending` until its element is rendered, then is
 * scrolled to and focused. A target the loaded window does not hold is reported as `missing`.
 */
export function useReaderNavigation() {
  const location = useLocation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const item = params.get('item');
  const passage = params.get('passage');
  const [start] = useState(() => {
    // A page load (key "default") follows the address; back or forward into the reader restores its place.
    const saved = location.key === 'default' ? null : loadPosition(entryKey(location));
    const move = moveOf(location.state);
    const target: Pending | null = passage || item ? { item: move === 'passage' ? null : item, passage } : null;
    return { anchor: saved?.anchor ?? passage ?? item ?? null, pending: saved ? { restore: saved } : target };
  });
  const [anchor, setAnchor] = useState<string | null>(start.anchor);
  const [pending, setPending] = useState<Pending | null>(start.pending);
  const [missing, setMissing] = useState<Pending | null>(null);
  // Set by the view: puts a loaded target into the page ('revealed'), or says it is there or not loaded.
  const locate = useRef<(target: Pending) => Placement>(() => 'absent');
  const anchorRef = useRef(anchor);
  const pendingRef = useRef(pending);
  useEffect(() => {
    anchorRef.current = anchor;
    pendingRef.current = pending;
  }, [anchor, pending]);

  // A new history entry (link, back, forward): restore its saved place, or go to its target.
  const firstEntry = useRef(location.key);
  useEffect(() => {
    if (firstEntry.current === location.key) return;
    firstEntry.current = '';
    setMissing(null);
    const saved = loadPosition(entryKey(location));
    const move = moveOf(location.state);
    if (saved) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the history entry (outside React) changed
      setPending({ restore: saved });
      if (locate.current({ passage: saved.passage }) === 'absent') setAnchor(saved.anchor ?? saved.passage);
    } else if (move !== 'select' && (passage || item)) {
      const target = { item: move === 'passage' ? null : item, passage };
      setPending(target);
      if (locate.current(target) === 'absent') setAnchor(passage ?? item);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new entry moves the view
  }, [location.key]);

  // Remember where the reader is for this entry (read on back and forward).
  useEffect(() => {
    const key = entryKey(location);
    let frame = 0;
    const save = () => {
      frame = 0;
      const text = document.querySelector<HTMLElement>('.reader-text');
      const pos = !pendingRef.current && text ? currentPosition(text) : null;
      if (pos) savePosition(key, { ...pos, anchor: anchorRef.current ?? undefined });
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(save);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    const previous = history.scrollRestoration;
    history.scrollRestoration = 'manual';
    return () => {
      window.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
      history.scrollRestoration = previous;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one listener per entry
  }, [location.key]);

  /** Changes URL parameters from inside the reader, moving the view as `move` says. */
  const go = useCallback(
    (changes: Record<string, string | null>, move: ReaderMove, replace = false) => {
      const next = new URLSearchParams(window.location.search);
      for (const [k, v] of Object.entries(changes)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      void navigate({ search: next.toString() ? `?${next.toString()}` : '' }, { state: { reader: move }, replace });
    },
    [navigate],
  );

  /** Keeps the passage at the top of the view in place while the window is fetched again (e.g. other roles). */
  const holdPlace = useCallback(() => {
    const text = document.querySelector<HTMLElement>('.reader-text');
    const pos = text ? currentPosition(text) : null;
    if (!pos) return;
    setPending({ restore: pos });
    setAnchor(pos.passage);
  }, []);

  const setLocator = useCallback((f: (target: Pending) => Placement) => {
    locate.current = f;
  }, []);

  return { item, passage, anchor, pending, setPending, missing, setMissing, go, holdPlace, locate, setLocator };
}

export type ReaderNavigation = ReturnType<typeof useReaderNavigation>;

/** Once the window around the anchor is rendered, scrolls to the pending target and focuses it (or reports it missing). */
export function useSettle(nav: ReaderNavigation, ready: boolean, revision: string): void {
  const { pending, setPending, setMissing, locate } = nav;
  useLayoutEffect(() => {
    if (!pending || !ready) return;
    if (pending.restore) {
      const el = document.getElementById(pending.restore.passage);
      // Loaded but out of the page: put it in, and settle on the next render.
      if (!el && locate.current({ passage: pending.restore.passage }) === 'revealed') return;
      if (el) window.scrollBy(0, el.getBoundingClientRect().top - pending.restore.offset);
      // The selected item's quote, when back in view, takes the focus again.
      const mark = nav.item ? targetElement({ item: nav.item }) : null;
      const r = mark?.getBoundingClientRect();
      if (mark && r && r.top >= 0 && r.bottom <= window.innerHeight) mark.focus({ preventScroll: true });
      setPending(null);
      return;
    }
    const el = targetElement(pending);
    if (!el && locate.current(pending) === 'revealed') return;
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
    } else setMissing(pending);
    setPending(null);
  }, [pending, ready, revision, setPending, setMissing, nav.item, locate]);
}
