import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Tests share one real Neo4j (started by test/global-setup.ts) and some of them rewrite the seed,
// so test files run one at a time; the machine has two cores and Neo4j needs one.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['test/**/*.test.{ts,tsx}', 'api/**/*.test.ts', 'seed/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
    globalSetup: ['test/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default'],
  },
});
