// A component's page in GOV.UK's order: the example first, when to use it and when not, how it works, the
// principle it serves and why, do and don't side by side, research and known issues, its status, then the
// React code and the rendered HTML (so a service not on React can use styles.css with the same markup),
// then every state. Components without an examples file get Storybook's usual page.
import { Controls, Description, Primary, Source, Stories, Title, useOf } from '@storybook/addon-docs/blocks';
import { renderToStaticMarkup } from 'react-dom/server';
// The typed examples file each @nttp/ui component has (the same one its stories and tests use).
import type { ComponentExamples as ExamplesFile } from '../../../packages/ui/src/internal/examples';


const PRINCIPLE_WHY: Record<string, string> = {
  safety: 'Safety: people are physically and emotionally safe, and nothing catches them unawares.',
  trust: 'Trust: the service is open about what happens and keeps its word.',
  choice: 'Choice: people decide what to share and when, and can change their minds.',
  collaboration: 'Collaboration: people work with the service, not have things done to them.',
  empowerment: 'Empowerment: people have what they need to take the next step themselves.',
};

const STATUS_WORDS = {
  experimental: 'Experimental: it may change a lot, so try it with care.',
  beta: 'Beta: services use it, and it may still change as we learn.',
  stable: 'Stable: settled, and changed only with a major version.',
};

function List({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** Pretty-prints static markup one element a line, enough to read and copy. */
export function formatHtml(html: string): string {
  return html.replace(/></g, '>\n<');
}

export function ComponentPage() {
  const meta = useOf('meta');
  const examples = meta.preparedMeta.parameters.nttpExamples as ExamplesFile | undefined;
  if (!examples) {
    return (
      <>
        <Title />
        <Primary />
        <Description />
        <Controls />
        <Stories />
      </>
    );
  }
  const first = examples.examples[0];
  const html = first ? formatHtml(renderToStaticMarkup(first.render())) : '';
  return (
    <>
      <Title />
      <p className="nttp-docs-summary">{examples.summary}</p>
      <Primary />
      <h2>When to use</h2>
      <List items={examples.whenToUse} />
      <h2>When not to use</h2>
      <List items={examples.whenNotToUse} />
      <h2>How it works</h2>
      <List items={[...(examples.howItWorks ?? []), ...examples.accessibility]} />
      <h2>The principle it serves, and why</h2>
      <p>{PRINCIPLE_WHY[examples.principle] ?? examples.principle}</p>
      {examples.alsoServes?.length ? <p>It also serves: {examples.alsoServes.join(', ')}.</p> : null}
      <h2>Do and don't</h2>
      <div className="nttp-docs-pairs">
        <section className="nttp-docs-pair nttp-docs-pair--do" aria-label="Do">
          <h3>
            <span aria-hidden="true">✓ </span>Do
          </h3>
          <List items={examples.language.do} />
        </section>
        <section className="nttp-docs-pair nttp-docs-pair--dont" aria-label="Don't">
          <h3>
            <span aria-hidden="true">✗ </span>Don't
          </h3>
          <List items={examples.language.dont} />
        </section>
      </div>
      <h2>Research and known issues</h2>
      {examples.research?.length ? <List items={examples.research} /> : <p>We have not yet tested this with the people who use it; tell us what you learn.</p>}
      {examples.knownIssues?.length ? (
        <>
          <h3>Known issues</h3>
          <List items={examples.knownIssues} />
        </>
      ) : null}
      <h2>Status</h2>
      <p>{STATUS_WORDS[examples.status ?? 'beta']}</p>
      <h2>Code</h2>
      <h3>React</h3>
      <Source />
      <h3>HTML (with @nttp/ui/styles.css, for services not on React)</h3>
      <Source code={html} language="html" dark={false} />
      <Stories title="Every state" />
    </>
  );
}
