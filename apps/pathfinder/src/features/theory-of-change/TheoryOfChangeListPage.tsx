// The workspace's Theories of Change, and a way to start one: blank, or from the fictional example.
import type { FormEvent } from 'react';
import { exampleTheoryOfChange } from '@nttp/domain/fixtures';
import { Button, Card, Heading, RadioGroup, Stack, Text, TextInput } from '@nttp/ui';
import { useForm } from '../understanding/form';
import { newToc, putToc } from './toc-edits';
import './theory-of-change.css';

export default function TheoryOfChangeListPage() {
  const form = useForm('toc-start', { title: '', start: 'blank' });
  const { workspace, href } = form;

  const start = (event: FormEvent) => {
    event.preventDefault();
    const toc = newToc(workspace, form.values.title, form.values.start === 'example' ? exampleTheoryOfChange : undefined);
    if (form.apply((ws) => putToc(ws, toc))) location.hash = href(`theory-of-change/${toc.id}`);
  };

  return (
    <Stack gap={6}>
      <div>
        <Heading level={1} caption={workspace.pathfinder.name}>
          Theory of Change
        </Heading>
        <Text lead>
          A visual plan that links the activities prioritised at the lens event and in the assessment to the short-term, interim and long-term
          outcomes you hope for, locally and nationally. It becomes the framework for noticing progress.
        </Text>
      </div>
      <section aria-labelledby="toc-list-heading">
        <Heading level={2} id="toc-list-heading" tabIndex={-1}>
          Your Theories of Change
        </Heading>
        {workspace.theoriesOfChange.length === 0 ? (
          <Text>There is no Theory of Change in this workspace yet.</Text>
        ) : (
          <ul className="toc-list">
            {workspace.theoriesOfChange.map((toc) => (
              <li key={toc.id}>
                <Card title={toc.title} headingLevel={3} href={href(`theory-of-change/${toc.id}`)}>
                  <Text>
                    {toc.nodes.length} steps, {toc.links.length} links.
                  </Text>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="toc-start-heading">
        <Heading level={2} id="toc-start-heading">
          Start a Theory of Change
        </Heading>
        <form onSubmit={start} noValidate className="toc-form">
          {form.summary}
          <TextInput label="Title" hint="For example, ‘Our service: Theory of Change’." {...form.text('title')} />
          <RadioGroup
            label="How would you like to start?"
            {...form.choice('start')}
            options={[
              { value: 'blank', label: 'With a blank page' },
              { value: 'example', label: 'From the fictional example', hint: 'Activities and outcomes from a pathfinder like yours, to change as you need.' },
            ]}
          />
          <div>
            <Button type="submit">Start</Button>
          </div>
        </form>
      </section>
    </Stack>
  );
}
