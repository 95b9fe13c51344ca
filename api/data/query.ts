/**
 * Typed queries: a Cypher builder returns the text, its parameters and a checked decoder of one
 * result row; `rows` and `one` run it through the request's counted Db (or a write transaction)
 * and give typed rows. Nothing outside this module reads a driver Record.
 */
import type { Db, WriteTx } from '../db.ts';
import { object, type Decoder, type Fields } from './decode.ts';

export interface CypherQuery<Row = unknown> {
  cypher: string;
  params: Record<string, unknown>;
  /** Checks and types one row (the record as an object of its columns). */
  row: Decoder<Row>;
}

/** A row decoder from one decoder per column. */
export const columns = <Row extends object>(fields: Fields<Row>): Decoder<Row> => object(fields);

type Runner = Db | WriteTx;

async function run(on: Runner, q: CypherQuery): Promise<Record<string, unknown>[]> {
  const result = 'read' in on ? await on.read(q.cypher, q.params) : await on.run(q.cypher, q.params);
  return result.records.map((r) => r.toObject() as Record<string, unknown>);
}

/** Every row of a query, checked. */
export async function rows<Row>(on: Runner, q: CypherQuery<Row>): Promise<Row[]> {
  return (await run(on, q)).map((r, i) => q.row(r, `row ${i}`));
}

/** The first row of a query, checked, or null when there is none. */
export async function one<Row>(on: Runner, q: CypherQuery<Row>): Promise<Row | null> {
  const [first] = await run(on, q);
  return first === undefined ? null : q.row(first, 'row 0');
}
