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

describe('the API edge settings', () => {
  it('parses CORS origins, trust proxy and admission numbers, naming a bad one', () => {
    const c = readConfig({ CORS_ORIGINS: 'https://a.example, http://b.example:8080/', TRUST_PROXY: '1', MAX_CONCURRENT_REQUESTS: '8' });
    expect(c.CORS_ORIGINS).toEqual(['https://a.example', 'http://b.example:8080']);
    expect(c.TRUST_PROXY).toBe(1);
    expect(c.MAX_CONCURRENT_REQUESTS).toBe(8);
    expect(c.NODE_ENV).toBe('production');
    expect(readConfig({ TRUST_PROXY: 'loopback' }).TRUST_PROXY).toBe('loopback');
    expect(() => readConfig({ CORS_ORIGINS: 'https://a.example/path' })).toThrow(/CORS_ORIGINS: "https:\/\/a.example\/path" is not an origin/);
    expect(() => readConfig({ RATE_LIMIT_PER_SECOND: '0' })).toThrow(/RATE_LIMIT_PER_SECOND/);
  });
});
