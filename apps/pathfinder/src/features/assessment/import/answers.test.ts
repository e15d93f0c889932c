import { describe, expect, it } from 'vitest';
import { readAnswer } from './answers';

const AGREEMENT = { min: 1, max: 5, labels: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'].map((label, i) => ({ value: i + 1, label })) };

describe('readAnswer', () => {
  it.each([
    ['Agree', 4],
    ['STRONGLY DISAGREE', 1],
    [' strongly agree ', 5],
    ['Neither agree nor disagree', 3],
    ['3', 3],
    ['4.0', 4],
    ['2 - Disagree', 2],
    [5, 5],
    ['N/A', 'not-applicable'],
    ['n/a', 'not-applicable'],
    ['Not applicable to me', 'not-applicable'],
    ["Don't know", 'dont-know'],
    ['Don’t know', 'dont-know'],
    ['DK', 'dont-know'],
    ['dk', 'dont-know'],
    ['', null],
    [null, null],
  ])('reads %j as %j', (cell, expected) => {
    expect(readAnswer(cell, AGREEMENT)).toEqual({ ok: true, answer: expected });
  });

  it('refuses a number beyond the scale rather than rescaling it', () => {
    expect(readAnswer('7', AGREEMENT)).toEqual({ ok: false, reason: 'off-scale', text: '7' });
    expect(readAnswer('0', AGREEMENT)).toEqual({ ok: false, reason: 'off-scale', text: '0' });
  });

  it('asks about words it does not know, and uses the mapping the person gives', () => {
    expect(readAnswer('Somewhat agree', AGREEMENT)).toEqual({ ok: false, reason: 'unknown-word', text: 'Somewhat agree' });
    expect(readAnswer('Somewhat agree', AGREEMENT, new Map([['somewhat agree', 4]]))).toEqual({ ok: true, answer: 4 });
    expect(readAnswer('7', AGREEMENT, new Map([['7', 5]]))).toEqual({ ok: true, answer: 5 });
  });

  it('reads the labels of a yes-or-no scale', () => {
    const completed = { min: 0, max: 1, labels: [{ value: 0, label: 'Not yet' }, { value: 1, label: 'Yes, completed' }] };
    expect(readAnswer('Yes, completed', completed)).toEqual({ ok: true, answer: 1 });
    expect(readAnswer('0', completed)).toEqual({ ok: true, answer: 0 });
    expect(readAnswer('Agree', completed).ok).toBe(false);
  });
});
