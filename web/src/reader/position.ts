/**
 * Where the reader was, per history entry: the passage at the top of the viewport and how far
 * it sat from the viewport's top, kept in session storage under the entry's key so back and
 * forward return to it.
 */
export interface ReaderPosition {
  passage: string;
  offset: number;
  /** The id the window was fetched around (so the same cached window comes back). */
  anchor?: string;
}

const KEY = (entry: string) => `triangulate:reader:${entry}`;

export function savePosition(entry: string, position: ReaderPosition): void {
  try {
    sessionStorage.setItem(KEY(entry), JSON.stringify(position));
  } catch {
    // Storage full or disabled: back and forward then open at the link's target instead.
  }
}

export function loadPosition(entry: string): ReaderPosition | null {
  try {
    const raw = sessionStorage.getItem(KEY(entry));
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<ReaderPosition>;
    if (typeof v.passage !== 'string' || typeof v.offset !== 'number') return null;
    return { passage: v.passage, offset: v.offset, anchor: typeof v.anchor === 'string' ? v.anchor : undefined };
  } catch {
    return null;
  }
}

/** The first passage whose bottom lies below `top` (the sticky chrome's height), with its offset. */
export function currentPosition(container: HTMLElement, top = 0): ReaderPosition | null {
  for (const el of container.querySelectorAll<HTMLElement>('.passage')) {
    const r = el.getBoundingClientRect();
    if (r.bottom > top) return { passage: el.id, offset: r.top };
  }
  return null;
}

/** The element a target names: an item's first mark, or a passage. */
export function targetElement(target: { item?: string | null; passage?: string | null }): HTMLElement | null {
  if (target.item) {
    const mark = document.querySelector<HTMLElement>(`mark[data-items~="${CSS.escape(target.item)}"]`);
    if (mark) return mark;
  }
  return target.passage ? document.getElementById(target.passage) : null;
}
