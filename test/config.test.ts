import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../api/config.ts';

describe('environment', () => {
  it('has sensible defaults', () => {
    const c = readConfig({});
    expect(c.PORT).toBe(4000);
    expect(c.NEO4J_URI).toBeUndefined();
    expect(c.NEO4J_USER).toBe('neo4j');
  });
  it('names the variable at fault', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => readConfig({ NEO4J_URI: 'http://x' })).toThrow(/NEO4J_URI: must be a bolt/);
  });
});
