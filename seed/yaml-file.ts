import { CORE_SCHEMA, load } from 'js-yaml';
import { type Document, LineCounter, isNode, parseDocument } from 'yaml';
import type { z } from 'zod';

export interface Problem {
  file: string;
  line?: number;
  item?: string;
  field?: string;
  message: string;
}

/**
 * One YAML file of the seed. Its value comes from js-yaml (fast, no positions); the `yaml`
 * package's Document, which knows the line of every node and can be written back with its
 * comments, is built only when something asks for it: a problem to place, or the anchor tool.
 * At 1× that parse was nearly all of the seed's reading time, and a valid file never needs it.
 */
export class YamlFile {
  #parsed?: { doc: Document; lines: LineCounter };

  constructor(
    /** For messages: the path relative to the folder the seed reads. */
    readonly name: string,
    readonly text: string,
  ) {}

  get doc(): Document {
    return this.#document().doc;
  }

  /** The line of the node at `path`, or of its nearest ancestor that exists. */
  lineOf(path: (string | number)[]): number | undefined {
    const { doc, lines } = this.#document();
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  }

  /** The problems of a value that failed its schema, each with the line of the field at fault. */
  zodProblems(error: z.ZodError): Problem[] {
    return error.issues.map((issue) => {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      return {
        file: this.name,
        line: this.lineOf(path),
        item: this.#itemIdAt(path),
        field: path.slice(2).join('.') || path.join('.') || undefined,
        message: issue.message,
      };
    });
  }

  #itemIdAt(path: (string | number)[]): string | undefined {
    if (path.length < 2 || typeof path[1] !== 'number') return undefined;
    const id = this.doc.getIn([path[0]!, path[1], 'id']);
    return typeof id === 'string' ? id : `${String(path[0])}[${path[1]}]`;
  }

  #document(): { doc: Document; lines: LineCounter } {
    if (!this.#parsed) {
      const lines = new LineCounter();
      this.#parsed = { doc: parseDocument(this.text, { lineCounter: lines, prettyErrors: false }), lines };
    }
    return this.#parsed;
  }

  /** The value, or the syntax errors with their lines. */
  static read(name: string, text: string): { file: YamlFile; value: unknown; problems: Problem[] } {
    const file = new YamlFile(name, text);
    try {
      return { file, value: load(text, { schema: CORE_SCHEMA }) ?? null, problems: [] };
    } catch {
      // js-yaml refuses the text: the `yaml` package says where (or, should it accept the text, its reading stands).
      const { doc, lines } = file.#document();
      if (!doc.errors.length) return { file, value: doc.toJS(), problems: [] };
      const problems = doc.errors.map((e) => ({ file: name, line: lines.linePos(e.pos[0]).line, message: `YAML syntax: ${e.message.split('\n')[0]}` }));
      return { file, value: undefined, problems };
    }
  }
}
