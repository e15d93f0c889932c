import { exampleTheoryOfChange } from '@nttp/domain/fixtures';
import { describe, expect, it } from 'vitest';
import { TheoryOfChangeError } from './errors';
import { countPolylineCrossings, measureText, nodeStatus, outline, statusLine, summarise, wrapText } from './index';

const example = exampleTheoryOfChange();

describe('exported helpers check their input', () => {
  it('work on good input', () => {
    expect(measureText('Hi', 10)).toBeGreaterThan(0);
    expect(wrapText('one two three', 40, 13).length).toBeGreaterThan(1);
    expect(countPolylineCrossings([[{ x: 0, y: 0 }, { x: 10, y: 10 }], [{ x: 0, y: 10 }, { x: 10, y: 0 }]])).toBe(1);
    expect(statusLine(example.nodes.find((n) => n.id === 'i-shorter-waits')!)).toBe('◆ Needs attention');
    expect(nodeStatus(example.nodes[0]!)).toBeUndefined();
    expect(outline(example).pathways).toHaveLength(9);
    expect(summarise(example)).toContain('9 activities');
  });

  it('answer bad input with a TheoryOfChangeError that names the problem', () => {
    const issues = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(TheoryOfChangeError);
        return (error as TheoryOfChangeError).issues.map((i) => `${i.where}: ${i.message}`);
      }
      return [];
    };
    expect(issues(() => measureText('x', -1))).toEqual(['fontSize: The font size should be more than 0.']);
    expect(issues(() => wrapText(42 as never, 100, 13))).toEqual(['text: The text should be a string.']);
    expect(issues(() => measureText('x', 13, { measureText: 3 } as never))).toEqual(['options.measureText: measureText should be a function (text, font) => width.']);
    expect(issues(() => countPolylineCrossings([[{ x: 'a' }]] as never))).toEqual(['[0][0].x: x should be a number.', '[0][0].y: y should be a number.']);
    expect(issues(() => statusLine({ id: 'x' } as never)).length).toBeGreaterThan(0);
    expect(issues(() => outline(null as never)).length).toBeGreaterThan(0);
    expect(issues(() => summarise({} as never)).length).toBeGreaterThan(0);
  });
});
