// Reads the examples out of a README, so the tests run exactly what people copy. Used by each package's
// docs test (inside the workspace) and by the consumer test (against the installed tarballs).
//
// Conventions the READMEs follow:
// - a fenced block's language is its kind: ts, tsx, js, html, sh;
// - a block whose first line is a comment naming a file (`// eslint.config.js`, `<!-- page.html -->`) is
//   that file, written as it stands;
// - `// prints: <text>` (on its own line or after code) is one line the example prints, in order; an
//   example with such comments must print exactly those lines and nothing more.

/**
 * @typedef {{ lang: string, code: string, file?: string, prints: string[], index: number }} Example
 */

/** Every fenced code block in `markdown`, in order. @returns {Example[]} */
export function readmeExamples(markdown) {
  const examples = [];
  for (const match of markdown.matchAll(/^```(\w*)[^\n]*\n([\s\S]*?)^```/gm)) {
    const [, lang, code] = match;
    const firstLine = code.split('\n', 1)[0].trim();
    const file = /^\/\/\s*([\w.-]+\.[cm]?[jt]sx?)$/.exec(firstLine)?.[1] ?? /^<!--\s*([\w.-]+\.html)\s*-->$/.exec(firstLine)?.[1];
    const prints = [...code.matchAll(/\/\/ prints: (.*)$/gm)].map((line) => line[1].trimEnd());
    examples.push({ lang, code, file, prints, index: examples.length });
  }
  return examples;
}

/** The package names an `npm install` line in the README asks for. */
export function installedNames(markdown) {
  const names = new Set();
  for (const example of readmeExamples(markdown).filter((block) => block.lang === 'sh')) {
    for (const line of example.code.split('\n')) {
      const words = line.trim().split(/\s+/);
      if (words[0] !== 'npm' || !['install', 'i', 'add'].includes(words[1])) continue;
      for (const word of words.slice(2)) if (!word.startsWith('-')) names.add(word.replace(/(.)@[^/]*$/, '$1'));
    }
  }
  return [...names];
}
