// Builds the Storybook docs and stories of a trauma-informed component from its typed examples file, so
// the stories, the tests and the docs all show the same states with the same words.
import type { StoryObj } from '@storybook/react-vite';
import { cloneElement, isValidElement, type ReactElement } from 'react';
import type { ComponentExamples } from './internal/examples';
import type { PrincipleId } from './internal/principles';

const PRINCIPLE_NAMES: Record<PrincipleId, string> = {
  safety: 'Safety',
  trust: 'Trust',
  choice: 'Choice',
  collaboration: 'Collaboration',
  empowerment: 'Empowerment',
};

function list(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

/** The component's docs page, in Markdown: the principle it serves, when to use it, its language and its accessibility criteria. */
export function describeComponent(examples: ComponentExamples): string {
  const also = examples.alsoServes?.length ? ` (also ${examples.alsoServes.map((p) => PRINCIPLE_NAMES[p].toLowerCase()).join(', ')})` : '';
  return [
    `**Serves: ${PRINCIPLE_NAMES[examples.principle]}${also}.** ${examples.summary}`,
    `### When to use\n${list(examples.whenToUse)}`,
    `### When not to use\n${list(examples.whenNotToUse)}`,
    `### Language: do\n${list(examples.language.do)}`,
    `### Language: don't\n${list(examples.language.dont)}`,
    `### Accessibility\n${list(examples.accessibility)}`,
    ...(examples.research?.length ? [`### Research\n${list(examples.research)}`] : []),
    ...(examples.knownIssues?.length ? [`### Known issues\n${list(examples.knownIssues)}`] : []),
    `### Status\n${examples.status ?? 'beta'}`,
  ].join('\n\n');
}

/** The component's entry in docs/trauma-informed.md. */
export function documentComponent(examples: ComponentExamples): string {
  const states = examples.examples.map((e) => `- ${e.name}${e.description ? `: ${e.description}` : ''}`).join('\n');
  return [`## ${examples.component}`, describeComponent(examples).replace(/^### /gm, '#### '), `#### Examples (stories)\n${states}`].join('\n\n');
}

/** The whole of docs/trauma-informed.md: a table of the components and their principles, then one entry each. */
export function documentAll(all: readonly ComponentExamples[]): string {
  const sorted = [...all].sort((a, b) => a.component.localeCompare(b.component));
  const table = sorted.map(
    (e) => `| [${e.component}](#${e.component.toLowerCase()}) | ${PRINCIPLE_NAMES[e.principle]} | ${(e.alsoServes ?? []).map((p) => PRINCIPLE_NAMES[p]).join(', ')} |`,
  );
  return [
    '# Trauma-informed components',
    '<!-- Generated from each component\'s examples file by src/trauma-informed.test.tsx. Run `UPDATE_DOCS=1 npx vitest run src/trauma-informed.test.tsx` after changing one. -->',
    'These components put the five principles of trauma-informed practice (safety, trust, choice, collaboration and empowerment) into the parts of a service people touch. Each serves one principle first. Every state below is a story in Storybook and is checked with axe in the tests.',
    ['| component | serves first | also serves |', '| --- | --- | --- |', ...table].join('\n'),
    ...sorted.map(documentComponent),
  ].join('\n\n') + '\n';
}

/**
 * The `parameters` of a component's default export. `isolated` renders each story on the docs page in its
 * own frame, for components such as modal dialogs that would otherwise compete for the one page.
 */
export function componentParameters(examples: ComponentExamples, options: { isolated?: boolean } = {}) {
  const story = options.isolated ? { story: { inline: false, iframeHeight: 480 } } : {};
  // `nttpExamples` feeds Storybook's component page (example first, then the guidance in GOV.UK's order).
  return { nttpExamples: examples, docs: { description: { component: describeComponent(examples) }, ...story } };
}

/** One story for the example with this name. */
export function storyFor(examples: ComponentExamples, name: string): StoryObj {
  const example = examples.examples.find((e) => e.name === name);
  if (!example) {
    throw new Error(`${examples.component} has no example called "${name}". Its examples are: ${examples.examples.map((e) => e.name).join(', ')}.`);
  }
  return {
    name: example.name,
    // The example's plain props (text, numbers, switches) become args, so Storybook's Controls can change
    // them; everything else (children, callbacks) stays as the example wrote it.
    args: plainProps(example.render()),
    render: (args) => {
      const element = example.render();
      return isValidElement(element) ? cloneElement(element, args) : element;
    },
    parameters: example.description ? { docs: { description: { story: example.description } } } : {},
  };
}

/** The string, number and boolean props of the element an example renders. */
export function plainProps(element: ReactElement): Record<string, string | number | boolean> {
  const props = isValidElement(element) ? (element.props as Record<string, unknown>) : {};
  const plain: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(props)) {
    if (key !== 'children' && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) plain[key] = value;
  }
  return plain;
}
