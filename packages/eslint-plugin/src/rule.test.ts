import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import { safeLanguageRule } from './rule';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tsx = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});
const jsx = new RuleTester({ languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } });

const finding = (suggestions: { output: string }[]) => ({
  messageId: 'finding' as const,
  suggestions: suggestions.map((suggestion) => ({ messageId: 'replace' as const, output: suggestion.output })),
});

tsx.run('safe-language (tsx)', safeLanguageRule, {
  valid: [
    { code: 'const a = <p>People who use drugs are welcome here.</p>;', filename: 'a.tsx' },
    { code: 'const a = <p>Child abuse must be reported. No alcoholic drinks.</p>;', filename: 'a.tsx' },
    { code: 'const a = <img alt="A calm waiting room" src="addict.png" />;', filename: 'a.tsx' },
    { code: 'const a = <div className="addict junkie" data-note="addict" />;', filename: 'a.tsx' },
    // Not JSX: ordinary code and identifiers are left alone.
    { code: 'const addict = "junkie"; function relapse() { return addict; }', filename: 'a.tsx' },
    // Contested terms are suggestions: quiet unless minSeverity allows them.
    { code: 'const a = <p>He relapsed.</p>;', filename: 'a.tsx', options: [{ minSeverity: 'warning' }] },
    { code: 'const a = <p>The addict called.</p>;', filename: 'a.tsx', options: [{ allow: ['addict'] }] },
    // Code samples and mentions are not uses.
    { code: 'const a = <p>Avoid <code>junkie</code> and the word “addict”.</p>;', filename: 'a.tsx' },
  ],
  invalid: [
    {
      code: 'const a = <p>He is an addict.</p>;',
      filename: 'a.tsx',
      errors: [finding([{ output: 'const a = <p>He is a person who uses drugs.</p>;' }])],
    },
    {
      // Text split by an expression is read as one passage; the fix stays inside the text.
      code: 'const a = <p>Hello {name}, the junkies {" "}are gone.</p>;',
      filename: 'a.tsx',
      errors: [finding([{ output: 'const a = <p>Hello {name}, the people who use drugs {" "}are gone.</p>;' }])],
    },
    {
      // A phrase that runs across an expression is reported, but not rewritten.
      code: 'const a = <p>hard to{" "}reach groups</p>;',
      filename: 'a.tsx',
      options: [{ minSeverity: 'suggestion' }],
      errors: [{ messageId: 'finding', suggestions: [] }],
    },
    {
      code: 'const a = <img alt="A crack addict in a doorway" />;',
      filename: 'a.tsx',
      errors: [finding([{ output: 'const a = <img alt="A person who uses drugs in a doorway" />;' }])],
    },
    {
      code: "const a = <input placeholder={'Describe the junkie'} aria-label=\"Search\" />;",
      filename: 'a.tsx',
      errors: [finding([{ output: "const a = <input placeholder={'Describe the person who uses drugs'} aria-label=\"Search\" />;" }])],
    },
    {
      code: 'const a = <p>{`${count} addicts were seen`}</p>;',
      filename: 'a.tsx',
      errors: [finding([{ output: 'const a = <p>{`${count} people who use drugs were seen`}</p>;' }])],
    },
    {
      code: 'const a = <Button title={`He committed suicide`}>Close</Button>;',
      filename: 'a.tsx',
      errors: [finding([{ output: 'const a = <Button title={`He died by suicide`}>Close</Button>;' }, { output: 'const a = <Button title={`He took their own life`}>Close</Button>;' }])],
    },
    {
      code: 'const a = <Card helpText="Our frequent flyers" />;',
      filename: 'a.tsx',
      options: [{ attributes: ['helpText'] }],
      errors: [finding([{ output: 'const a = <Card helpText="Our people who attend often" />;' }, { output: 'const a = <Card helpText="Our people who need more support" />;' }])],
    },
    {
      code: 'const a = <><h2>Nutters</h2><p>He relapsed.</p></>;',
      filename: 'a.tsx',
      options: [{ minSeverity: 'suggestion' }],
      errors: [
        { messageId: 'finding', suggestions: [] },
        finding([{ output: 'const a = <><h2>Nutters</h2><p>He started using again.</p></>;' }, { output: 'const a = <><h2>Nutters</h2><p>He returned to use.</p></>;' }]),
      ],
    },
  ],
});

jsx.run('safe-language (jsx)', safeLanguageRule, {
  valid: [{ code: 'const a = <p>Welcome.</p>;', filename: 'a.jsx' }],
  invalid: [
    {
      code: 'const a = <p title="Service for the mentally ill">Hi</p>;',
      filename: 'a.jsx',
      errors: [
        finding([
          { output: 'const a = <p title="Service for people with mental health problems">Hi</p>;' },
          { output: 'const a = <p title="Service for people with experience of mental illness">Hi</p>;' },
        ]),
      ],
    },
  ],
});
