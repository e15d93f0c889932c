// Refs reach the DOM element on React 18 as well as 19: React 18 drops a `ref` prop on a plain function
// component, so these components are forwardRef components (the consumer test renders them on React 18).
import { render } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { Button, Link, Select, TextInput, Textarea } from './index';

const FORWARD_REF = Symbol.for('react.forward_ref');

describe('refs', () => {
  it('are forwardRef components, which React 18 and 19 both honour', () => {
    for (const component of [Button, Link, Select, TextInput, Textarea]) {
      expect((component as unknown as { $$typeof: symbol }).$$typeof).toBe(FORWARD_REF);
    }
  });

  it('point at the native element', () => {
    const button = createRef<HTMLButtonElement>();
    const link = createRef<HTMLAnchorElement>();
    const select = createRef<HTMLSelectElement>();
    const input = createRef<HTMLInputElement>();
    const textarea = createRef<HTMLTextAreaElement>();
    render(
      <div className="nttp-root">
        <Button ref={button}>Save</Button>
        <Link ref={link} href="#next">Next</Link>
        <Select ref={select} label="Area" options={[{ value: 'a', label: 'A' }]} />
        <TextInput ref={input} label="Name" />
        <Textarea ref={textarea} label="Notes" />
      </div>,
    );
    expect(button.current?.tagName).toBe('BUTTON');
    expect(link.current?.tagName).toBe('A');
    expect(select.current?.tagName).toBe('SELECT');
    expect(input.current?.tagName).toBe('INPUT');
    expect(textarea.current?.tagName).toBe('TEXTAREA');
  });
});
