// Browser runs stay offline: after each story, no resource the page loaded (scripts, styles, images,
// fetches) came from anywhere but this machine.
import { afterEach, expect } from 'vitest';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

afterEach(() => {
  const remote = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => {
      const { protocol, hostname } = new URL(url, location.href);
      return (protocol === 'http:' || protocol === 'https:') && !LOCAL_HOSTS.has(hostname);
    });
  expect(remote).toEqual([]);
});

// Reflow (WCAG 1.4.10): at 320 CSS pixels wide (vitest.config.ts), no story makes the page scroll sideways.
afterEach(() => {
  const page = document.scrollingElement ?? document.documentElement;
  expect({ width: page.scrollWidth, viewport: window.innerWidth, wider: page.scrollWidth > window.innerWidth + 1 }).toMatchObject({ wider: false });
});
