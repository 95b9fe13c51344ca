/**
 * The API's errors, once. Data access, validation and authorisation throw these classes; each
 * carries its GraphQL extensions (code, HTTP status, the field at fault) as an own `extensions`
 * property, which graphql-js copies onto the GraphQL error it wraps a resolver's error in, so
 * Apollo answers with that code and status. The exports answer the same errors through
 * `httpError` (one mapping for each side, none per resolver or route).
 */
import { HeaderMap } from '@apollo/server';

/** One field at fault in a request's input. */
export interface FieldIssue {
  field: string;
  message: string;
}

export interface ErrorExtensions {
  code: string;
  /** Only on errors that decide the whole response's status; a field's bad input answers 200 with the error, as GraphQL does. */
  http?: { status: number; headers?: HeaderMap };
  field?: string;
  /** Kept for clients written against the first error shape: the same as `field`. */
  argumentName?: string;
  fields?: FieldIssue[];
}

export abstract class ApiError extends Error {
  abstract readonly code: string;
  /** The HTTP status of an export answering this error. */
  abstract readonly status: number;
  /** Whether a GraphQL response carrying this error takes its status (authentication, outages) or stays 200. */
  protected readonly setsGraphQLStatus: boolean = false;
  /** Read by graphql-js (GraphQLError copies an original error's extensions) and so by Apollo. */
  get extensions(): ErrorExtensions {
    return { code: this.code, ...(this.setsGraphQLStatus ? { http: { status: this.status } } : {}) };
  }
}

/** Input the API refuses: 400, BAD_USER_INPUT, naming the field (argument or input path) at fault. */
export class BadInput extends ApiError {
  readonly code = 'BAD_USER_INPUT';
  readonly status = 400;
  constructor(
    message: string,
    readonly field?: string,
    readonly fields?: FieldIssue[],
  ) {
    super(message);
  }
  override get extensions(): ErrorExtensions {
    return {
      ...super.extensions,
      ...(this.field ? { field: this.field, argumentName: this.field } : {}),
      ...(this.fields ? { fields: this.fields } : {}),
    };
  }
}

/** "field: message" — how a field's problem reads in a BadInput. */
export const badField = (field: string, message: string) => new BadInput(`${field}: ${message}`, field);

/** Something that should exist does not (an inconsistency, not a lookup that may miss: those answer null). */
export class NotFound extends ApiError {
  readonly code = 'NOT_FOUND';
  readonly status = 404;
}

/** A known token without the role the operation needs: 403. */
export class Forbidden extends ApiError {
  readonly code = 'FORBIDDEN';
  readonly status = 403;
  protected override readonly setsGraphQLStatus = true;
}

/** No token, or an unknown one: 401 with a Bearer challenge. */
export class Unauthenticated extends ApiError {
  readonly code = 'UNAUTHENTICATED';
  readonly status = 401;
  override get extensions(): ErrorExtensions {
    return { code: this.code, http: { status: this.status, headers: new HeaderMap([['www-authenticate', CHALLENGE]]) } };
  }
}

/** A 503 the client may retry shortly: the answer carries Retry-After (GraphQL and exports alike). */
abstract class RetryLater extends ApiError {
  readonly status = 503;
  override get extensions(): ErrorExtensions {
    return { code: this.code, http: { status: this.status, headers: new HeaderMap([['retry-after', RETRY_AFTER]]) } };
  }
}

/** The graph database cannot be reached: 503, try again shortly. */
export class Unavailable extends RetryLater {
  readonly code = 'DATABASE_UNAVAILABLE';
  constructor(message = 'The graph database is unavailable; try again shortly.') {
    super(message);
  }
}

/** The request ran past its time (REQUEST_TIMEOUT_MS) and its database work was stopped: 503, try again or ask for less. */
export class TimedOut extends RetryLater {
  readonly code = 'REQUEST_TIMEOUT';
  constructor(ms: number) {
    super(`The request took longer than ${ms} ms and was stopped; ask for less (a smaller page or budget) or try again shortly.`);
  }
}

/** The connection to Neo4j failed while a change was being committed: it may or may not have been saved. 503: check, then retry. */
export class OutcomeUnknown extends RetryLater {
  readonly code = 'COMMIT_OUTCOME_UNKNOWN';
  constructor() {
    super(
      'The connection to the graph database was lost while the change was being committed, so it may or may not have been saved. Check (for example in the audit log) before making it again.',
    );
  }
}

/** The client went away before the answer: its database work was stopped (nobody reads this answer; the log does). */
export class Cancelled extends ApiError {
  readonly code = 'REQUEST_CANCELLED';
  // nginx's "client closed request": no standard status fits an answer nobody receives.
  readonly status = 499;
  constructor() {
    super('The client closed the connection; the request was stopped.');
  }
}

/** Seconds a client should wait before trying again while the database is down: the breaker probes far more often. */
const RETRY_AFTER = '1';

const CHALLENGE = 'Bearer realm="triangulate"';

/** The codes of these classes: safe to show as they are, in production too. */
export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'DATABASE_UNAVAILABLE',
  'REQUEST_TIMEOUT',
  'REQUEST_CANCELLED',
  'COMMIT_OUTCOME_UNKNOWN',
] as const;

/** An error as a plain HTTP answer (the exports): status, JSON body and headers; null for anything else (a 500). */
export function httpError(e: unknown): { status: number; body: { error: string; parameter?: string }; headers: Record<string, string> } | null {
  if (!(e instanceof ApiError)) return null;
  const headers: Record<string, string> =
    e instanceof Unauthenticated ? { 'www-authenticate': CHALLENGE } : e instanceof RetryLater ? { 'retry-after': RETRY_AFTER } : {};
  const body = e instanceof BadInput && e.field ? { error: e.message, parameter: e.field } : { error: e.message };
  return { status: e.status, body, headers };
}
