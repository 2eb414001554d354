import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // better-sqlite3 is a native module and some tests spawn and kill processes:
    // separate processes keep each file's state its own.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
