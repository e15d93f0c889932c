// axe matchers for the component tests (jsdom); harmless in the node environment.
import { expect } from 'vitest';
import * as matchers from 'vitest-axe/matchers';

expect.extend(matchers);
