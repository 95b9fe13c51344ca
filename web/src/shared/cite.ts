export { shortCitation } from '../../../core/cite.ts';

/** Reader link that opens a source at an item (and selects it). */
export function readerLink(sourceId: string, itemId: string): string {
  return `/sources/${encodeURIComponent(sourceId)}?item=${encodeURIComponent(itemId)}`;
}
