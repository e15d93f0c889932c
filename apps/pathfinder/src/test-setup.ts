import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { cleanup } from '@testing-library/react';
import { afterEach, expect } from 'vitest';
import * as matchers from 'vitest-axe/matchers';
import { closeDatabase } from './workspace/db';

expect.extend(matchers);
// Vitest runs without globals, so Testing Library cannot register its own clean-up.
afterEach(async () => {
  cleanup();
  // Each test starts with an empty browser database.
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
});
