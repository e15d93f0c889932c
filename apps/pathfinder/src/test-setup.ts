import { cleanup } from '@testing-library/react';
import { afterEach, expect } from 'vitest';
import * as matchers from 'vitest-axe/matchers';

expect.extend(matchers);
// Vitest runs without globals, so Testing Library cannot register its own clean-up.
afterEach(cleanup);
