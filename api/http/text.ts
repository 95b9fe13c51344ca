/**
 * Text inputs: well-formed Unicode without control characters or bidirectional overrides.
 * A lone surrogate cannot be stored faithfully, a control character (other than tab and line
 * breaks) has no place in a note or a rationale, and a bidi override (U+202A–U+202E, U+2066–U+2069)
 * makes text display in another order than it is stored (a "Trojan source" trick).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;

/** What is wrong with a text, or null when it is acceptable. */
export function textProblem(s: string): string | null {
  if (LONE_SURROGATE.test(s)) return 'contains a lone surrogate (not well-formed Unicode)';
  const control = CONTROL.exec(s);
  if (control) return `contains the control character U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const bidi = BIDI.exec(s);
  if (bidi) return `contains the bidirectional override U+${bidi[0].codePointAt(0)!.toString(16).toUpperCase()}`;
  return null;
}

/**
 * Checks every string in a value (variables of a request), depth first; returns the path and the
 * problem of the first bad one. Strings are normalised to NFC in place.
 */
export function checkStrings(value: unknown, path: string): { path: string; problem: string } | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i] as unknown;
      if (typeof v === 'string') {
        const problem = textProblem(v);
        if (problem) return { path: `${path}[${i}]`, problem };
        value[i] = v.normalize('NFC');
      } else {
        const found = checkStrings(v, `${path}[${i}]`);
        if (found) return found;
      }
    }
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'string') {
        const problem = textProblem(v);
        if (problem) return { path: `${path}.${k}`, problem };
        o[k] = v.normalize('NFC');
      } else {
        const found = checkStrings(v, `${path}.${k}`);
        if (found) return found;
      }
    }
  }
  return null;
}
