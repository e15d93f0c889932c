// Server rendering in the node environment: no window, no document.
import { exampleTheoryOfChange } from '@nttp/domain/fixtures';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TheoryOfChangeDiagram } from './index';

describe('<TheoryOfChangeDiagram> on the server', () => {
  it('renders to a string without browser globals, with the diagram, its names and no motion', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<TheoryOfChangeDiagram toc={exampleTheoryOfChange()} editable />);
    expect(html).toContain('<svg');
    expect(html).toContain('data-reduced-motion="true"');
    expect(html).toContain('aria-label="Activity: Co-produce a welcome leaflet with people with lived experience.');
    expect(html).toContain('Ceiling of accountability');
    expect(html).toContain('Add a step');
  });

  it('renders the outline view on the server too', () => {
    const html = renderToString(<TheoryOfChangeDiagram toc={exampleTheoryOfChange()} defaultView="outline" />);
    expect(html).toContain('Pathways from each activity');
    expect(html).not.toContain('<svg');
  });
});
