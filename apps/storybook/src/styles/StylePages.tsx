// The Styles section of the design system: colour, type, spacing and focus, each read live from the
// tokens so the page shows what styles.css ships in the theme and width being viewed.
import { Button, Heading, Stack, Text, TextInput } from '@nttp/ui';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { COLOUR_TOKENS, SPACE_TOKENS, TEXT_PAIRS, TYPE_TOKENS, contrastRatio, tokenValue } from './tokens';

/** Reads token values from the nearest .nttp-root once the page is on screen. */
function useTokens<T>(read: (root: Element) => T): [React.RefObject<HTMLDivElement | null>, T | undefined] {
  const ref = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState<T>();
  useLayoutEffect(() => {
    const root = ref.current?.closest('.nttp-root') ?? ref.current;
    if (root) setValues(read(root));
    // Read once per mount: the theme toolbar remounts the story.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return [ref, values];
}

function Page({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  return (
    <Stack gap={5}>
      <Heading level={1}>{title}</Heading>
      <Text lead>{lead}</Text>
      {children}
    </Stack>
  );
}

export function ColourPage() {
  const [ref, colours] = useTokens((root) => Object.fromEntries(COLOUR_TOKENS.map(([name]) => [name, tokenValue(root, `--nttp-color-${name}`)])));
  return (
    <div ref={ref}>
      <Page title="Colour" lead="Every colour is a token. Text colours reach at least 4.5:1 against the surfaces they sit on, in the light and the dark theme.">
        <table className="styles-table">
          <caption className="nttp-visually-hidden">Colour tokens</caption>
          <thead>
            <tr>
              <th scope="col">Swatch</th>
              <th scope="col">Token</th>
              <th scope="col">Value</th>
              <th scope="col">Used for</th>
            </tr>
          </thead>
          <tbody>
            {COLOUR_TOKENS.map(([name, use]) => (
              <tr key={name}>
                <td data-label="Swatch">
                  <span className="styles-swatch" style={{ background: `var(--nttp-color-${name})` }} aria-hidden="true" />
                </td>
                <td data-label="Token">
                  <code>--nttp-color-{name}</code>
                </td>
                <td data-label="Value">
                  <code className="styles-value">{colours?.[name] ?? ''}</code>
                </td>
                <td data-label="Used for">{use}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Heading level={2}>Contrast of text on its surfaces</Heading>
        <table className="styles-table">
          <caption className="nttp-visually-hidden">Contrast ratios of text colours on surfaces, in this theme</caption>
          <thead>
            <tr>
              <th scope="col">Sample</th>
              <th scope="col">Text</th>
              <th scope="col">On</th>
              <th scope="col">Contrast</th>
            </tr>
          </thead>
          <tbody>
            {TEXT_PAIRS.map(([fg, bg]) => {
              const ratio = colours?.[fg] && colours[bg] ? contrastRatio(colours[fg], colours[bg]) : undefined;
              return (
                <tr key={`${fg}-${bg}`}>
                  <td data-label="Sample">
                    <span className="styles-sample" style={{ color: `var(--nttp-color-${fg})`, background: `var(--nttp-color-${bg})` }}>
                      Aa
                    </span>
                  </td>
                  <td data-label="Text">{fg}</td>
                  <td data-label="On">{bg}</td>
                  <td data-label="Contrast" data-contrast={ratio?.toFixed(2)}>{ratio ? `${ratio.toFixed(1)}:1 (${ratio >= 7 ? 'AAA' : ratio >= 4.5 ? 'AA' : 'below AA'})` : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Page>
    </div>
  );
}

export function TypePage() {
  const [ref, sizes] = useTokens((root) => Object.fromEntries(TYPE_TOKENS.map(([name]) => [name, tokenValue(root, `--nttp-font-size-${name}`)])));
  return (
    <div ref={ref}>
      <Page title="Type" lead="One responsive scale: body text is 19px on wider screens and 16px on phones, and each heading is clearly larger than the lead paragraph.">
        <Text>
          The font stack names each platform's own sans serif, then Arial and its metric twins (Liberation Sans, Nimbus Sans). It leaves out
          system-ui, which on Linux is DejaVu Sans. Nothing is downloaded.
        </Text>
        <table className="styles-table">
          <caption className="nttp-visually-hidden">Type scale at this screen width</caption>
          <thead>
            <tr>
              <th scope="col">Token</th>
              <th scope="col">Size here</th>
              <th scope="col">Phone / desktop</th>
              <th scope="col">Used for</th>
            </tr>
          </thead>
          <tbody>
            {TYPE_TOKENS.map(([name, use]) => (
              <tr key={name}>
                <td data-label="Token">
                  <code>--nttp-font-size-{name}</code>
                </td>
                <td data-label="Size here">{sizes?.[name] ?? ''}</td>
                <td data-label="Phone / desktop">{{ xxl: '32 / 48px', xl: '24 / 36px', l: '18 / 24px', m: '16 / 19px', s: '14 / 16px' }[name]}</td>
                <td data-label="Used for">
                  <span style={{ fontSize: `var(--nttp-font-size-${name})`, fontWeight: name === 'm' || name === 's' ? 400 : 700 }}>{use}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Text>
          Put pages inside an element with the class <code>nttp-root</code> (the whole body, or one region) so raw paragraphs get the same 19px
          body text as the components.
        </Text>
      </Page>
    </div>
  );
}

export function SpacingPage() {
  const [ref, spaces] = useTokens((root) => Object.fromEntries(SPACE_TOKENS.map((n) => [n, tokenValue(root, `--nttp-space-${n}`)])));
  return (
    <div ref={ref}>
      <Page title="Spacing" lead="A 4px base that doubles towards the larger steps. Use the tokens for every gap, margin and padding.">
        <table className="styles-table">
          <caption className="nttp-visually-hidden">Spacing tokens</caption>
          <thead>
            <tr>
              <th scope="col">Token</th>
              <th scope="col">Value</th>
              <th scope="col">Shown</th>
            </tr>
          </thead>
          <tbody>
            {SPACE_TOKENS.map((n) => (
              <tr key={n}>
                <td data-label="Token">
                  <code>--nttp-space-{n}</code>
                </td>
                <td data-label="Value">{spaces?.[n] ?? ''}</td>
                <td data-label="Shown">
                  <span className="styles-space" style={{ width: `var(--nttp-space-${n})` }} aria-hidden="true" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Text>Touch targets are at least 44px high (--nttp-target-min), above WCAG 2.2's 24px minimum.</Text>
      </Page>
    </div>
  );
}

export function FocusPage() {
  return (
    <Page title="Focus" lead="One focus style everywhere: a yellow band with a dark edge, visible on every surface in both themes. Press Tab to see it.">
      <Stack gap={4}>
        <Button>A button</Button>
        <a className="nttp-link" href="#focus-example">
          A link
        </a>
        <TextInput label="A text box" />
      </Stack>
      <Text>
        The band is 3px of --nttp-color-focus with a 3px edge of --nttp-color-focus-text, drawn as a box shadow so it never shifts the layout,
        with a transparent outline kept for Windows high contrast mode.
      </Text>
    </Page>
  );
}
