// @vitest-environment jsdom
// The trauma-informed components as a set: all exported from the package, every example free of
// error-severity language findings, a development warning for copy that has one, and
// docs/trauma-informed.md in step with the examples files.
import { cleanup, render } from '@testing-library/react';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetLanguageWarnings } from './internal/dev-language-warning';
import type { ComponentExamples } from './internal/examples';
import * as trauma from './trauma-informed';
import { documentAll } from './trauma-informed-stories';

const modules = import.meta.glob<{ examples: ComponentExamples }>('./components/*/*.examples.tsx', { eager: true });

export const TRAUMA_INFORMED_COMPONENTS = [
  'BreathingPacer',
  'ConsentControl',
  'ContentWarning',
  'DataUseSummary',
  'ExitThisPage',
  'FeedbackPrompt',
  'GentleCallout',
  'LikertScale',
  'MotionSafe',
  'OptionalAnswer',
  'PauseAndReturn',
  'ProgressSummary',
  'SupportSignpost',
  'TaskList',
  'TimeoutWarning',
  'WhatHappensNext',
  'WhyWeAsk',
] as const;

const all = TRAUMA_INFORMED_COMPONENTS.map((name) => {
  const module = modules[`./components/${name}/${name}.examples.tsx`];
  if (!module) throw new Error(`${name} has no examples file at components/${name}/${name}.examples.tsx.`);
  return module.examples;
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  resetLanguageWarnings();
});

describe('the trauma-informed components', () => {
  it('are all exported, each with an examples file naming it', () => {
    for (const [index, name] of TRAUMA_INFORMED_COMPONENTS.entries()) {
      expect(typeof (trauma as Record<string, unknown>)[name]).toBe('function');
      expect(all[index]?.component).toBe(name);
    }
  });

  it('cover all five principles between them', () => {
    expect(new Set(all.map((e) => e.principle))).toEqual(new Set(['safety', 'trust', 'choice', 'collaboration', 'empowerment']));
  });

  it('have copy with no error-severity safe-language finding in any example', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const examples of all) {
      for (const example of examples.examples) {
        render(example.render());
        cleanup();
      }
    }
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([]);
  });

  it('warn in development when a service gives them copy with an error-severity finding', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <trauma.ContentWarning topic="a story of someone told it was their own fault">
        <p>Story</p>
      </trauma.ContentWarning>,
    );
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^\[@nttp\/ui\] ContentWarning topic: "their own fault"/);
  });

  it('are documented in docs/trauma-informed.md, generated from the examples files', () => {
    const path = join(__dirname, '../docs/trauma-informed.md');
    const expected = documentAll(all);
    if (process.env.UPDATE_DOCS === '1') writeFileSync(path, expected);
    expect(readFileSync(path, 'utf8')).toBe(expected);
  });
});
