/** The API refuses longer queries. */
export const MAX_QUERY = 500;
export const SEARCH_INPUT_ID = 'site-search';

/** Whether a key press is typing into a field (then "/" is a character, not a shortcut). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'image', 'range', 'color'].includes(target.type);
}

export function focusSearchBox(): void {
  const input = document.getElementById(SEARCH_INPUT_ID);
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  }
}

/** The hit that holds the list's roving focus (the one Tab lands on). */
export function activeHit(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.search-results [data-hit-index][tabindex="0"]');
}
