// @vitest-environment jsdom
import { exampleTheoryOfChange } from '@nttp/domain/fixtures';
import { afterEach, describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { smallToc } from '../test-utils/arbitraries';
import { renderSvg } from './svg';

const AXE_JSDOM = { rules: { 'color-contrast': { enabled: false } } } as const;
const example = exampleTheoryOfChange();

afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

/** Every selector of every rule in a stylesheet, media rules opened up. */
function selectors(rules: CSSRuleList): string[] {
  return [...rules].flatMap((rule) => {
    if (rule instanceof CSSStyleRule) return rule.selectorText.split(',').map((s) => s.trim());
    if (rule instanceof CSSMediaRule) return selectors(rule.cssRules);
    return [];
  });
}

describe('renderSvg styles and checks', () => {
  it('scopes every rule of its stylesheet to its own drawing, with its own class names', () => {
    document.body.innerHTML = renderSvg(example);
    // jsdom parses the stylesheets of HTML <style> elements only
    const copy = document.createElement('style');
    copy.textContent = document.querySelector('svg style')!.textContent;
    document.head.append(copy);
    const sheet = copy.sheet!;
    const all = selectors(sheet.cssRules);
    expect(all.length).toBeGreaterThan(30);
    for (const selector of all) expect(selector).toMatch(/#toc-toc-glenmoray(-drawing)?(\s|$)/);
    // a page's own table-of-contents classes are left alone: our classes all start with "ntoc-"
    expect(all.filter((s) => /\.toc-/.test(s))).toEqual([]);
    expect(document.querySelectorAll('svg .toc-link')).toHaveLength(0);
  });

  it('with print: "pages", wraps the drawing with one print page per group of stages, its print rules scoped too', () => {
    const wide = { maxNodeWidth: 420, minNodeWidth: 400, columnGap: 140 };
    expect(renderSvg(example, wide).startsWith('<svg')).toBe(true);
    document.body.innerHTML = renderSvg(example, { ...wide, print: 'pages' });
    const wrapper = document.body.firstElementChild!;
    expect(wrapper.id).toBe('toc-toc-glenmoray-printable');
    const pages = [...wrapper.querySelectorAll('.ntoc-print-pages > svg.ntoc-print-page')];
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map((p) => p.getAttribute('aria-label'))[0]).toMatch(/^Page 1 of \d: Activities, /);
    for (const page of pages) expect(page.querySelector('use')!.getAttribute('href')).toBe('#toc-toc-glenmoray-drawing');
    expect(wrapper.querySelector('svg.ntoc-diagram')!.classList.contains('ntoc-print-hide')).toBe(true);
    const copy = document.createElement('style');
    copy.textContent = wrapper.querySelector('svg style')!.textContent;
    document.head.append(copy);
    const all = selectors(copy.sheet!.cssRules);
    expect(all.filter((s) => s.includes('ntoc-print'))).toContain('#toc-toc-glenmoray-printable .ntoc-print-page');
    for (const selector of all) expect(selector).toMatch(/#toc-toc-glenmoray(-drawing|-printable)?(\s|$)/);
    expect(copy.textContent).toContain('@page ntoc-landscape{size:landscape}');
    // a drawing that fits one page gets the wrapper and the landscape page, and no print pages
    const small = smallToc('s', 'Small', [['a', 'activity', 'Run sessions'], ['o', 'output', 'Sessions run']], [['l', 'a', 'o']]);
    document.body.innerHTML = renderSvg(small, { print: 'pages' });
    expect(document.body.firstElementChild!.id).toBe('toc-s-printable');
    expect(document.querySelectorAll('.ntoc-print-page')).toHaveLength(0);
    expect(document.querySelector('svg.ntoc-diagram')!.classList.contains('ntoc-print-hide')).toBe(false);
  });

  it('carries the three palettes: light, dark (by data-theme and the system setting), and forced colours', () => {
    const style = renderSvg(example).match(/<style>(.*)<\/style>/)![1]!;
    expect(style).toContain('@media (prefers-color-scheme:dark)');
    expect(style).toContain('[data-theme="dark"] #toc-toc-glenmoray-drawing{');
    expect(style).toContain('[data-theme="light"] #toc-toc-glenmoray-drawing{');
    expect(style).toContain('@media (forced-colors:active)');
    expect(style).toMatch(/\.ntoc-link[^}]*stroke:CanvasText/);
  });

  it('draws the checks on the diagram when asked: a dashed, labelled outline, never colour alone', () => {
    const doc = smallToc(
      'checks',
      'Checks',
      [
        ['a', 'activity', 'Run sessions'],
        ['o', 'output', 'Sessions held'],
        ['i', 'impact', 'Lives change'],
        ['lonely', 'interim-outcome', 'Nobody links here'],
      ],
      [
        ['ao', 'a', 'o'],
        ['oi', 'o', 'i'],
        ['back', 'i', 'a'],
      ],
    );
    expect(renderSvg(doc)).not.toContain('class="ntoc-check');
    document.body.innerHTML = renderSvg(doc, { checks: true });
    const back = document.querySelector('[data-link-id="back"]')!;
    expect(back.classList.contains('ntoc-flagged')).toBe(true);
    expect(document.querySelector('[data-check-for="back"] text')!.textContent).toBe('⚠ Goes back a stage');
    expect(document.querySelector('[data-check-for="back"] title')!.textContent).toContain('goes back a stage');
    const lonely = document.querySelector('[data-check-for="lonely"]')!;
    expect(lonely.querySelector('.ntoc-check-outline')).not.toBeNull();
    expect(lonely.querySelector('text')!.textContent).toBe('⚠ Not linked yet');
    expect(document.querySelector('[data-link-id="ao"]')!.classList.contains('ntoc-flagged')).toBe(false);
    const style = document.querySelector('style')!.textContent!;
    expect(style).toMatch(/\.ntoc-link\.ntoc-flagged\{[^}]*stroke-dasharray/);
    expect(style).toMatch(/\.ntoc-check-outline\{[^}]*stroke-dasharray/);
  });

  it('scales to its container in the responsive mode', () => {
    const fitted = new DOMParser().parseFromString(renderSvg(example, { fit: 'width' }), 'image/svg+xml').documentElement;
    expect(fitted.getAttribute('width')).toBe('100%');
    expect(fitted.getAttribute('height')).toBeNull();
    expect(fitted.getAttribute('viewBox')).toMatch(/^0 0 \d/);
    expect(fitted.classList.contains('ntoc-fit')).toBe(true);
  });

  it('has no axe violations inline in a page, with checks drawn and lanes on', async () => {
    document.body.innerHTML = `<main><h1>Our plan</h1>${renderSvg(example, { checks: true, swimlanes: true })}</main>`;
    expect(await axe(document.body, AXE_JSDOM)).toHaveNoViolations();
  });
});
