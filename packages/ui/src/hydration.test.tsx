// Hydration: the HTML each example renders on the server is taken over in the browser without a
// mismatch (React reports mismatches, such as differing ids, as recoverable errors).
import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ComponentExamples } from './internal/examples';

const modules = import.meta.glob<{ examples: ComponentExamples }>('./components/*/*.examples.tsx', { eager: true });

describe('hydration', () => {
  for (const { examples } of Object.values(modules)) {
    for (const example of examples.examples) {
      it(`${examples.component} "${example.name}" hydrates without a mismatch`, async () => {
        const container = document.createElement('div');
        container.innerHTML = renderToString(example.render());
        document.body.append(container);
        const recoverable: string[] = [];
        const root = await act(async () => hydrateRoot(container, example.render(), { onRecoverableError: (error) => recoverable.push(String(error)) }));
        expect(recoverable).toEqual([]);
        await act(async () => root.unmount());
        container.remove();
      });
    }
  }
});
