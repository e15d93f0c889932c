// The frame of a pattern page: what it is for, how it works, the principles it serves, then a worked
// example built only from @nttp/ui components, as a service would build it.
import { Heading, Stack, Text } from '@nttp/ui';
import type { ReactNode } from 'react';

export interface PatternProps {
  title: string;
  /** One sentence: the problem this pattern solves for people. */
  purpose: string;
  whenToUse: string[];
  howItWorks: string[];
  /** The principles it serves and why, in a sentence each. */
  principles: { name: 'Safety' | 'Trust' | 'Choice' | 'Collaboration' | 'Empowerment'; why: string }[];
  /** Where the approach comes from. */
  research: string[];
  example: ReactNode;
}

export function Pattern({ title, purpose, whenToUse, howItWorks, principles, research, example }: PatternProps) {
  return (
    <Stack gap={5}>
      <Heading level={1} caption="Pattern">
        {title}
      </Heading>
      <Text lead>{purpose}</Text>
      <section aria-labelledby="pattern-example" className="pattern-example">
        <Heading level={2} id="pattern-example">
          Example
        </Heading>
        <div className="pattern-example__frame">{example}</div>
      </section>
      <section aria-labelledby="pattern-when">
        <Heading level={2} id="pattern-when">
          When to use this pattern
        </Heading>
        <ul className="nttp-text">{whenToUse.map((item) => <li key={item}>{item}</li>)}</ul>
      </section>
      <section aria-labelledby="pattern-how">
        <Heading level={2} id="pattern-how">
          How it works
        </Heading>
        <ol className="nttp-text">{howItWorks.map((item) => <li key={item}>{item}</li>)}</ol>
      </section>
      <section aria-labelledby="pattern-principles">
        <Heading level={2} id="pattern-principles">
          The principles it serves
        </Heading>
        <dl className="pattern-principles">
          {principles.map((p) => (
            <div key={p.name}>
              <dt>{p.name}</dt>
              <dd>{p.why}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="pattern-research">
        <Heading level={2} id="pattern-research">
          Research behind it
        </Heading>
        <ul className="nttp-text">{research.map((item) => <li key={item}>{item}</li>)}</ul>
      </section>
    </Stack>
  );
}
