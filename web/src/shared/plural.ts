/** A count and its noun, the count written the British way: "1 claim", "1,204 claims". */
export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
