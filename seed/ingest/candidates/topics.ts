/** Topic suggestions by keyword overlap with each topic's id, name and description. */
import type { Topic } from './types.ts';

const STOP = new Set(
  'the a an and or of to in on for with by from at as is are be how who what where why their them they its it this that these those other over into online across between'.split(
    ' ',
  ),
);
const stem = (w: string) =>
  w
    .toLowerCase()
    .replace(/[’']s$/, '')
    .slice(0, 6);

export interface TopicIndex {
  suggest(text: string): { topics: string[]; score: number };
}

/** Keyword overlap with each topic's id, name and description. */
export function topicIndex(topics: Topic[]): TopicIndex {
  const keys = topics.map((t) => ({
    id: t.id,
    /** The id's own words weigh double: they name the topic. */
    idWords: new Set(
      t.id
        .split('-')
        .filter((w) => w.length > 3)
        .map(stem),
    ),
    words: new Set(
      `${t.id.replace(/-/g, ' ')} ${t.name} ${t.description}`
        .toLowerCase()
        .match(/[a-z][a-z-]{2,}/g)!
        .flatMap((w) => w.split('-'))
        .filter((w) => w.length > 3 && !STOP.has(w))
        .map(stem),
    ),
  }));
  return {
    suggest(text: string) {
      const words = new Set(
        (text.toLowerCase().match(/[a-z][a-z-]{2,}/g) ?? [])
          .flatMap((w) => w.split('-'))
          .filter((w) => w.length > 3 && !STOP.has(w))
          .map(stem),
      );
      const scored = keys
        .map((k) => ({ id: k.id, n: [...k.words].filter((w) => words.has(w)).length + [...k.idWords].filter((w) => words.has(w)).length }))
        .filter((x) => x.n > 0);
      scored.sort((a, b) => b.n - a.n || a.id.localeCompare(b.id));
      return { topics: scored.slice(0, 3).map((x) => x.id), score: scored[0]?.n ?? 0 };
    },
  };
}
