import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { Db } from './db.ts';

export interface ApiContext {
  driver: Driver;
  db: Db;
  log: Logger;
  requestId: string;
}
