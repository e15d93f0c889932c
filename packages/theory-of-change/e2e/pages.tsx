// The test pages' scripts, bundled by esbuild for the browser: the custom element, the React component
// with editing on, and the plain SVG string inline in a page. Query words pick variants: `interactive`,
// `fit` (scale to the width), `wide` (too wide for one printed page), `checks`, `theme=dark|light`
// (data-theme on <html>), `host` (a page with its own .toc-link).
import { exampleTheoryOfChange } from '@nttp/domain/fixtures';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { defineTheoryOfChangeElement } from '../src/element/index';
import { renderSvg } from '../src/index';
import { TheoryOfChangeDiagram } from '../src/react/index';

const page = document.body.dataset.page;
const query = new URLSearchParams(location.search);
const main = document.querySelector('main')!;
const theme = query.get('theme');
if (theme) document.documentElement.dataset.theme = theme;
const wide = query.has('wide') ? { maxNodeWidth: 420, minNodeWidth: 400, columnGap: 140 } : undefined;

if (page === 'element') {
  defineTheoryOfChangeElement();
  const element = document.createElement('theory-of-change-diagram');
  element.setAttribute('toc', JSON.stringify(exampleTheoryOfChange()));
  for (const flag of ['interactive', 'checks', 'swimlanes']) if (query.has(flag)) element.setAttribute(flag, '');
  if (query.has('fit')) element.setAttribute('fit', 'width');
  main.append(element);
} else if (page === 'svg') {
  if (query.has('host')) main.insertAdjacentHTML('beforeend', '<style>.toc-link{color:#0b57d0}</style><nav aria-label="Contents"><a class="toc-link" href="#plan">Our plan</a></nav>');
  main.insertAdjacentHTML('beforeend', renderSvg(exampleTheoryOfChange(), { checks: query.has('checks'), fit: query.has('fit') ? 'width' : 'none' }));
} else {
  createRoot(main).render(
    createElement(TheoryOfChangeDiagram, {
      toc: exampleTheoryOfChange(),
      editable: !query.has('still'),
      fit: query.has('fit') ? 'width' : 'none',
      ...(wide ? { layoutOptions: wide } : {}),
    }),
  );
}
