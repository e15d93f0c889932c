// The two test pages' scripts, bundled by esbuild for the browser: the custom element, and the React
// component with editing on.
import { exampleTheoryOfChange } from '@nttp/domain/fixtures';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { defineTheoryOfChangeElement } from '../src/element/index';
import { TheoryOfChangeDiagram } from '../src/react/index';

const page = document.body.dataset.page;
if (page === 'element') {
  defineTheoryOfChangeElement();
  const element = document.createElement('theory-of-change-diagram');
  element.setAttribute('toc', JSON.stringify(exampleTheoryOfChange()));
  if (new URLSearchParams(location.search).has('interactive')) element.setAttribute('interactive', '');
  document.querySelector('main')!.append(element);
} else {
  createRoot(document.querySelector('main')!).render(createElement(TheoryOfChangeDiagram, { toc: exampleTheoryOfChange(), editable: true }));
}
