/** Checks of list and text arguments, the same everywhere: one error shape, naming the argument. */
import { BadInput } from './errors.ts';

export const MAX_LIST = 50;

/** A list argument: at most MAX_LIST values; an empty or absent list is null (no filter). */
export function listArg<T>(name: string, v: readonly T[] | null | undefined): T[] | null {
  if (v && v.length > MAX_LIST) throw new BadInput(`${name} takes at most ${MAX_LIST} values`, name);
  return v && v.length ? [...v] : null;
}

/** A free-text argument: trimmed, at most `max` characters; empty is null. */
export function textArg(name: string, v: string | null | undefined, max: number): string | null {
  const t = v?.trim() || null;
  if (t && t.length > max) throw new BadInput(`${name} is longer than ${max} characters`, name);
  return t;
}
