import type { QueryResult, RecordShape } from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { Db, type RequestBounds, type WriteTx } from '../db.ts';

export const ROUND_TRIP_LIMIT_CODE = 'ROUND_TRIP_LIMIT_EXCEEDED';

export function roundTripLimitError(max: number): GraphQLError {
  return new GraphQLError(
    `Database round-trip limit of ${max} per request exceeded: this operation needs more queries than one request may make. Split it into smaller requests.`,
    { extensions: { code: ROUND_TRIP_LIMIT_CODE, maxRoundTrips: max, http: { status: 400 } } },
  );
}

/**
 * The per-request Db with a ceiling on round trips: past it, every further query fails at once
 * (before reaching Neo4j) with ROUND_TRIP_LIMIT_EXCEEDED, so no request can hold the pool.
 */
export class BoundedDb extends Db {
  constructor(
    driver: Driver,
    readonly maxRoundTrips: number,
    bounds: RequestBounds = {},
  ) {
    super(driver, bounds);
  }

  /** True once a query was refused for the ceiling. */
  exceeded = false;

  private check(): void {
    if (this.roundTrips >= this.maxRoundTrips) {
      this.exceeded = true;
      throw roundTripLimitError(this.maxRoundTrips);
    }
  }

  override async read<T extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}): Promise<QueryResult<T>> {
    this.check();
    return super.read<T>(cypher, params);
  }

  override async write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    this.check();
    return super.write((tx) =>
      work({
        run: async (cypher, params) => {
          this.check();
          return tx.run(cypher, params);
        },
      }),
    );
  }
}
