import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./TaskList.css', import.meta.url), 'utf8');

describe('TaskList styles', () => {
  it('draws statuses as words, with no border or fill that makes them look like buttons', () => {
    const rules = [...css.matchAll(/([^{}]*nttp-task-list__status[^{}]*)\{([^}]*)\}/g)];
    expect(rules.length).toBeGreaterThan(0);
    for (const [, , body] of rules) {
      expect(body).not.toMatch(/\bborder(?:-width|-style)?\s*:/);
      expect(body).not.toMatch(/\bbackground(?:-color)?\s*:/);
    }
  });
});
