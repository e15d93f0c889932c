// The size budget as a test: what @nttp/ui adds to an app's production bundle (esbuild, minified,
// gzipped, React left out), for the whole package and for each component imported alone. It also proves
// the development language warnings leave nothing of @nttp/safe-language in a production bundle.
//
// Why these budgets:
// - A component imported alone should cost about as much as writing it by hand. Presentational ones
//   (a button, a heading) are a few hundred bytes: 1 KB catches one that starts pulling in others.
//   Interactive ones (timers, keyboard handling, focus traps) measure 0.7–1.8 KB: 2.5 KB leaves room
//   to grow and still catches a component that drags in the language checker or another component's
//   machinery.
// - The whole package measured about 13 KB; 20 KB leaves room for the components still to come while
//   staying far below the language checker alone (well over 100 KB with its lexicon), so a leak of the
//   checker into production fails at once.
// - The stylesheet (every component's CSS) measured about 5 KB; 8 KB is the ceiling.
import { lexicon } from '@nttp/safe-language';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundle, bundleExport, componentNames, measureStyles, type Measured } from './measure';

const KB = 1024;
const PACKAGE_BUDGET = 20 * KB;
const STYLES_BUDGET = 8 * KB;
const COMPONENT_BUDGET = 2.5 * KB;
const PRESENTATIONAL_BUDGET = 1 * KB;
const PRESENTATIONAL = ['Button', 'Card', 'Details', 'GentleCallout', 'Heading', 'Link', 'MotionSafe', 'Stack', 'Text', 'WhyWeAsk'];

/** Strings only the lexicon holds: every entry's id, quoted as it would be in bundled code. */
const lexiconMarkers = lexicon.flatMap((entry) => [`"${entry.id}"`, entry.rationale.slice(0, 40)]);
const leaked = (code: string) => lexiconMarkers.filter((marker) => code.includes(marker));

describe('size budget', () => {
  let whole: Measured;
  let development: Measured;
  beforeAll(async () => {
    [whole, development] = await Promise.all([bundle(`export * from './index.ts';`), bundle(`export * from './index.ts';`, 'development')]);
  }, 60_000);

  it(`keeps the whole package under ${PACKAGE_BUDGET / KB} KB min+gzip`, () => {
    expect(whole.gzipped).toBeLessThanOrEqual(PACKAGE_BUDGET);
  });

  it('leaves the language checker and its lexicon out of production bundles', () => {
    expect(leaked(whole.code)).toEqual([]);
    expect(whole.code).not.toContain('console.warn');
    // The development prop checks go too (UiPropsError itself stays, so apps can still catch it).
    expect(whole.code).not.toContain('is already used by');
  });

  it('keeps the language warnings in development bundles (so the check above means something)', () => {
    expect(leaked(development.code).length).toBeGreaterThan(lexicon.length);
    expect(development.code).toContain('console.warn');
    expect(development.code).toContain('is already used by');
    expect(development.gzipped).toBeGreaterThan(whole.gzipped * 2);
  });

  it(`keeps styles.css under ${STYLES_BUDGET / KB} KB min+gzip`, async () => {
    const styles = await measureStyles();
    expect(styles.gzipped).toBeLessThanOrEqual(STYLES_BUDGET);
  });

  const names = componentNames();
  it('measures every component', () => {
    expect(names.length).toBeGreaterThanOrEqual(34);
    for (const name of PRESENTATIONAL) expect(names).toContain(name);
  });

  it('lists every component in the README with its principle and size', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const listed = names.filter((name) => new RegExp(`^\\| ${name}[ ,].*\\| (safety|trust|choice|collaboration|empowerment)\\b.*\\| \\d+\\.\\d\\d KB \\|`, 'm').test(readme));
    expect(listed).toEqual(names);
  });

  for (const name of names) {
    const budget = PRESENTATIONAL.includes(name) ? PRESENTATIONAL_BUDGET : COMPONENT_BUDGET;
    it(`${name} alone stays under ${budget / KB} KB min+gzip, with no lexicon`, async () => {
      const measured = await bundleExport(name);
      expect(measured.code).toMatch(/export\s*\{/);
      expect(measured.gzipped).toBeLessThanOrEqual(budget);
      expect(leaked(measured.code)).toEqual([]);
      expect(measured.code).not.toContain('is already used by');
    });
  }
});
