#!/usr/bin/env node
// The consumer test: what a developer from another team sees. It packs every publishable package, installs
// the tarballs with npm into throwaway projects under the system's temporary folder (outside the
// workspace, so no workspace links or source conditions help), and there:
//   - runs each README's examples as written (scripts/readme-examples.mjs reads them out of the README);
//   - type-checks them, and an import of every entry point, with TypeScript 7 (the native compiler), 6 and
//     5.9 under node16 and bundler resolution, skipLibCheck off;
//   - builds a Vite + React page from the READMEs' components;
//   - lints a .tsx file with each README ESLint config (ESLint 10, and 9);
//   - renders the custom element from its published bundle in Chromium, in a plain HTML page;
//   - checks @nttp/ui/styles.css leaves the host page alone;
//   - loads every entry under the react-server condition and from CommonJS, and renders a server component
//     with react-server-dom-webpack's Node loader, as a server-components bundler would;
//   - composes our schemas with the app's own `import { z } from 'zod/v4'`;
//   - in a second project, React 18 refs, zod 4.0.0 (the lowest zod 4) and TypeScript 5.9; in a third, zod
//     3.25.76 (whose `zod/v4` is zod 4), installed with no peer warning.
// Registry packages are cached between runs (npm's cache and each project's node_modules stay in the
// temporary folder), so later runs only reinstall our tarballs. Prints "consumer: N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readmeExamples } from './readme-examples.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = process.env.NTTP_CONSUMER_DIR ?? join(tmpdir(), 'nttp-consumer-test');
const npmCache = join(work, 'npm-cache');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const started = Date.now();
const results = [];

const packages = readdirSync(join(root, 'packages'))
  .map((folder) => ({ folder, dir: join(root, 'packages', folder), pkg: JSON.parse(readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8')) }))
  .filter(({ pkg }) => !pkg.private);

/** Runs one named check; a thrown error is a failure with its message. */
async function check(name, body) {
  const start = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}\n${String(error?.message ?? error).replace(/^/gm, '      ')}`);
  }
}

function run(command, args, cwd, options = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_cache: npmCache, NODE_OPTIONS: '' }, ...options });
  if (result.error) throw result.error;
  return { status: result.status ?? 1, out: `${result.stdout ?? ''}${result.stderr ?? ''}`, stdout: result.stdout ?? '' };
}

function mustRun(command, args, cwd, options) {
  const result = run(command, args, cwd, options);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} (exit ${result.status}):\n${result.out.trim().slice(-3000)}`);
  return result;
}

// ─── Pack ────────────────────────────────────────────────────────────────────────────────────────────
const tarballs = join(work, 'tarballs');
rmSync(tarballs, { recursive: true, force: true });
mkdirSync(tarballs, { recursive: true });
console.log(`Packing ${packages.length} packages into ${tarballs}…`);
const tarballOf = {};
for (const { dir, pkg } of packages) {
  const out = mustRun('pnpm', ['pack', '--pack-destination', tarballs, '--json'], dir).stdout;
  tarballOf[pkg.name] = join(tarballs, JSON.parse(out).filename.split('/').at(-1));
}

// ─── Projects ────────────────────────────────────────────────────────────────────────────────────────
const ours = Object.fromEntries(Object.entries(tarballOf).map(([name, file]) => [name, `file:${file}`]));
const PROJECTS = {
  // The newest of everything we support.
  current: {
    react: '19.3.1', reactDom: '19.3.1', typesReact: '19.3.0', typesReactDom: '19.3.0', zod: '4.6.7', typescript: '6.0.3', eslint: '10.15.0',
    // TypeScript 7 (the native compiler) under another name, beside 6; the server-components renderer.
    typescript7: '7.0.2',
    extra: { vite: '8.3.8', '@vitejs/plugin-react': '6.3.0', typescript7: 'npm:typescript@7.0.2', 'react-server-dom-webpack': '19.3.1' },
  },
  // The oldest we claim: React 18, zod 4.0.0 (the lowest zod 4 in the peer range), TypeScript 5.9, ESLint 9.
  oldest: {
    react: '18.3.1', reactDom: '18.3.1', typesReact: '18.3.32', typesReactDom: '18.3.7', zod: '4.0.0', typescript: '5.9.3', eslint: '9.39.5',
    extra: { 'react-test-renderer': '18.3.1' },
  },
  // An app still on zod 3: 3.25.76 ships zod 4 at `zod/v4`, the peer range's floor. The rest as `current`.
  // (Tried by hand on 2 December 2026: 3.25.74 and 3.25.75 pass too; 3.25.73 and earlier run the examples
  // but our declarations name `$partial`, which their `zod/v4/core` types lack, so the range starts here.)
  zod3: {
    react: '19.3.1', reactDom: '19.3.1', typesReact: '19.3.0', typesReactDom: '19.3.0', zod: '3.25.76', typescript: '6.0.3', eslint: '10.15.0',
    extra: {},
    lint: false,
  },
};

function prepareProject(name, versions) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  const manifest = {
    name: `nttp-consumer-${name}`,
    private: true,
    type: 'module',
    dependencies: {
      ...ours,
      react: versions.react,
      'react-dom': versions.reactDom,
      zod: versions.zod,
      typescript: versions.typescript,
      eslint: versions.eslint,
      'typescript-eslint': '8.73.0',
      '@types/react': versions.typesReact,
      '@types/react-dom': versions.typesReactDom,
      '@types/node': '20.19.43',
      ...versions.extra,
    },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // Our tarballs keep their names from run to run, so npm would take them as installed: take ours out
  // (and the lockfile that records them), and npm reinstalls them while the rest stays in node_modules.
  rmSync(join(dir, 'node_modules', '@nttp'), { recursive: true, force: true });
  rmSync(join(dir, 'package-lock.json'), { force: true });
  const start = Date.now();
  // Warnings shown, so that a peer range our packages declare and the project's versions miss is seen.
  const { out } = mustRun('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=warn'], dir);
  const peerWarnings = out.split('\n').filter((line) => /peer|ERESOLVE/i.test(line));
  if (peerWarnings.length > 0) throw new Error(`npm warned about peer dependencies:\n${peerWarnings.join('\n')}`);
  console.log(`  ${name}: npm install took ${((Date.now() - start) / 1000).toFixed(1)} s`);
  return dir;
}

// ─── README examples ─────────────────────────────────────────────────────────────────────────────────
const readmes = packages.map(({ folder, pkg, dir }) => ({ folder, name: pkg.name, examples: readmeExamples(readFileSync(join(dir, 'README.md'), 'utf8')) }));
const isNodeExample = (example) => ['ts', 'js'].includes(example.lang) && !example.file && /^import /m.test(example.code);
const isComponentExample = (example) => example.lang === 'tsx' && /^export function/m.test(example.code);

/** Writes every example into the project: runnable ones under examples/, components under src/. */
function writeExamples(dir) {
  const written = { node: [], components: [], eslint: [], html: [] };
  rmSync(join(dir, 'examples'), { recursive: true, force: true });
  rmSync(join(dir, 'src'), { recursive: true, force: true });
  mkdirSync(join(dir, 'examples'), { recursive: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  for (const { folder, examples } of readmes) {
    for (const example of examples) {
      const base = `${folder}-${example.index}`;
      if (isNodeExample(example)) {
        writeFileSync(join(dir, 'examples', `${base}.ts`), example.code);
        written.node.push({ ...example, folder, file: `examples/${base}.ts` });
      } else if (isComponentExample(example)) {
        writeFileSync(join(dir, 'src', `${base}.tsx`), example.code);
        written.components.push({ ...example, folder, module: `./${base}.tsx`, names: [...example.code.matchAll(/^export function (\w+)/gm)].map((m) => m[1]) });
      } else if (example.file?.startsWith('eslint.config')) {
        written.eslint.push({ ...example, folder, dir: join(dir, `lint-${base}`) });
      } else if (example.lang === 'html' && example.file) {
        writeFileSync(join(dir, example.file), example.code);
        written.html.push({ ...example, folder });
      }
    }
  }
  return written;
}

/** Runs a README example with Node after TypeScript strips its types (Node 20 cannot run .ts itself). */
function runNodeExample(dir, example) {
  const ts = createRequire(join(dir, 'package.json'))('typescript');
  const js = ts.transpileModule(readFileSync(join(dir, example.file), 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  const file = join(dir, example.file.replace(/\.ts$/, '.run.mjs'));
  writeFileSync(file, js);
  const result = mustRun(process.execPath, [file], dir);
  if (example.prints.length > 0) {
    const printed = result.stdout.replace(/\n$/, '').split('\n');
    if (JSON.stringify(printed) !== JSON.stringify(example.prints)) {
      throw new Error(`printed:\n${printed.join('\n')}\nbut its "// prints:" comments say:\n${example.prints.join('\n')}`);
    }
  }
}

// ─── zod ─────────────────────────────────────────────────────────────────────────────────────────────
/** An app's own schema, written with the app's `zod/v4`, holding ours (type-checked with the examples). */
const ZOD_COMPOSITION = {
  file: 'examples/zod-composition.ts',
  code: `import { z } from 'zod/v4';
import { PathfinderWorkspaceSchema, TheoryOfChangeSchema, type PathfinderWorkspace } from '@nttp/domain';
import { exampleWorkspace } from '@nttp/domain/fixtures';
import { ResponseTableSchema } from '@nttp/assessment';
import { CheckOptionsSchema } from '@nttp/safe-language';
import { LayoutOptionsSchema } from '@nttp/theory-of-change';

const SavedState = z.object({
  ws: PathfinderWorkspaceSchema,
  draft: TheoryOfChangeSchema.optional(),
  table: ResponseTableSchema.optional(),
  language: CheckOptionsSchema.optional(),
  layout: LayoutOptionsSchema.optional(),
  savedOn: z.string(),
});
const state = SavedState.parse({ ws: exampleWorkspace, savedOn: '2026-12-02' });
const ws: PathfinderWorkspace = state.ws;
console.log(ws.theoriesOfChange.length, state.savedOn);
const moved = SavedState.safeParse({ ws: { ...exampleWorkspace, pathfinder: { ...exampleWorkspace.pathfinder, startDate: '31/02/2024' } }, savedOn: 1 });
console.log(moved.success ? 'parsed' : moved.error.issues.map((issue) => issue.path.join('.')).join(', '));
`,
  prints: ['1 2026-12-02', 'ws.pathfinder.startDate, ws.pathfinder.endDate, savedOn'],
};

// ─── Type-checking ───────────────────────────────────────────────────────────────────────────────────
/** One file importing every entry point of every package, the stylesheet included. */
function writeEntryImports(dir) {
  const lines = [];
  for (const { pkg } of packages) {
    for (const subpath of Object.keys(pkg.exports)) {
      if (subpath === './package.json') continue;
      const specifier = `${pkg.name}${subpath.slice(1)}`;
      if (subpath.endsWith('.css')) lines.push(`import '${specifier}';`);
      else lines.push(`export * as ${specifier.replace(/\W+/g, '_')} from '${specifier}';`);
    }
  }
  lines.push("const element = document.querySelector('theory-of-change-diagram');", 'export const toc: unknown = element?.toc;');
  writeFileSync(join(dir, 'src', 'entries.ts'), `${lines.join('\n')}\n`);
}

/**
 * Type-checks in a child process with the project's `typescript` (or another installed compiler, such as
 * `typescript7`); resolves with a failure message, or undefined when all is well.
 */
function typecheck(dir, resolution, compiler = 'typescript') {
  const name = compiler === 'typescript' ? resolution : `${compiler}-${resolution}`;
  const options = {
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    // Later runs re-check only what changed (our packages); the libraries' types are read from the cache.
    incremental: true,
    tsBuildInfoFile: `.tsbuildinfo-${name}`,
    target: 'es2022',
    lib: ['es2022', 'dom', 'dom.iterable'],
    jsx: 'react-jsx',
    // No @types/node: the examples and entry points use only what a browser or any runtime has, and
    // leaving its 2 MB of declarations out keeps the check quick.
    types: [],
    ...(resolution === 'node16' ? { module: 'node16', moduleResolution: 'node16' } : { module: 'esnext', moduleResolution: 'bundler' }),
  };
  const config = `tsconfig.${name}.json`;
  writeFileSync(join(dir, config), JSON.stringify({ compilerOptions: options, include: ['src', 'examples/*.ts'] }, null, 2));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(dir, 'node_modules', compiler, 'bin/tsc'), '-p', config], { cwd: dir });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('close', (status) => resolve(status === 0 ? undefined : `tsc -p ${config} (exit ${status}):\n${out.trim().slice(-3000)}`));
  });
}

// ─── ESLint ──────────────────────────────────────────────────────────────────────────────────────────
function lintWithReadmeConfig(example) {
  rmSync(example.dir, { recursive: true, force: true });
  mkdirSync(example.dir, { recursive: true });
  writeFileSync(join(example.dir, example.file), example.code);
  writeFileSync(join(example.dir, 'Page.tsx'), 'export const Page = () => <p title="For our service users">He is an addict.</p>;\n');
  writeFileSync(join(example.dir, 'plain.ts'), 'export const count: number = 1;\n');
  const eslint = join(example.dir, '..', 'node_modules', 'eslint', 'bin', 'eslint.js');
  const result = run(process.execPath, [eslint, '--format', 'json', 'Page.tsx', 'plain.ts'], example.dir);
  if (result.status !== 1) throw new Error(`ESLint exited ${result.status} (1 expected: one file with findings):\n${result.out.slice(-2000)}`);
  const report = JSON.parse(result.stdout);
  const rules = report.flatMap((file) => file.messages.map((message) => `${relative(example.dir, file.filePath)} ${message.ruleId}`));
  if (!rules.includes('Page.tsx @nttp/safe-language')) throw new Error(`no @nttp/safe-language finding in Page.tsx: ${rules.join(', ')}`);
  if (rules.some((rule) => rule.startsWith('plain.ts'))) throw new Error(`plain.ts should have no findings: ${rules.join(', ')}`);
}

// ─── React Server Components ─────────────────────────────────────────────────────────────────────────
// What a server-components bundler does, with React's own Node loader: under the react-server condition,
// a module marked 'use client' becomes client references (its code never runs on the server), and every
// other module runs on the server.
const RSC_FILES = {
  // Node 20 hands loaders a module's source as bytes, and React's loader reads text and fetches a source map
  // by its bare relative name, which Node cannot load: it gets text without the map comment.
  'text-loader.mjs': `export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  if (result.format !== 'module' || result.source == null) return result;
  const text = typeof result.source === 'string' ? result.source : new TextDecoder().decode(result.source);
  return { ...result, source: text.replace(/^\\/\\/# sourceMappingURL=.*$/gm, '') };
}
`,
  // The hook registered last runs first: React's loader, then ours, then Node's.
  'register.mjs': `import { register } from 'node:module';
register('./text-loader.mjs', import.meta.url);
register('react-server-dom-webpack/node-loader', import.meta.url);
`,
  // A server component using the React-free entries on the server and rendering our client components.
  'app.mjs': `import { createElement as h } from 'react';
import { Button } from '@nttp/ui';
import { TheoryOfChangeDiagram } from '@nttp/theory-of-change/react';
import { parseWorkspace } from '@nttp/domain';
import { exampleTheoryOfChange, exampleWorkspace } from '@nttp/domain/fixtures';
import { THEMES } from '@nttp/domain/reference';
import { cronbachAlpha } from '@nttp/assessment';
import { layout, validate } from '@nttp/theory-of-change';
import { checkText } from '@nttp/safe-language';

export function facts() {
  const alpha = cronbachAlpha([[1, 2, 3], [2, 3, 3], [3, 4, 5], [4, 4, 5]]).alpha;
  const toc = exampleTheoryOfChange();
  return [
    'themes ' + THEMES.length,
    'workspace ' + parseWorkspace(exampleWorkspace).pathfinder.name,
    'alpha ' + alpha.toFixed(3),
    'laid out ' + layout(toc).nodes.length + ' steps, ' + validate(toc).length + ' checks',
    'language findings ' + checkText('He is an addict.').length,
  ].join('; ');
}

export function Page() {
  return h('main', null, h('p', null, facts()), h(Button, null, 'Save'), h(TheoryOfChangeDiagram, { toc: exampleTheoryOfChange() }));
}
`,
  'facts.mjs': `import { facts } from './app.mjs';\nconsole.log(facts());\n`,
  'render.mjs': `import { createElement } from 'react';
import { renderToPipeableStream } from 'react-server-dom-webpack/server';
import { Writable } from 'node:stream';
import { Page } from './app.mjs';

// The bundler's client manifest: each client reference is a module (its URL) with no chunks to load.
const manifest = new Proxy({}, { get: (_, key) => (typeof key === 'string' ? { id: key.split('#')[0], chunks: [], name: key.split('#')[1] || '*' } : undefined) });
const errors = [];
let flight = '';
await new Promise((resolve) => {
  renderToPipeableStream(createElement(Page), manifest, { onError: (error) => errors.push(String(error?.stack ?? error)) }).pipe(
    new Writable({ write: (chunk, _, next) => ((flight += chunk), next()), final: (next) => (resolve(), next()) }),
  );
});
console.log(JSON.stringify({ flight, errors }));
`,
};

/** Renders the server component; throws unless the stream holds both client references and the server's facts. */
function renderServerComponents(dir) {
  const rsc = join(dir, 'rsc');
  mkdirSync(rsc, { recursive: true });
  for (const [file, code] of Object.entries(RSC_FILES)) writeFileSync(join(rsc, file), code);
  const expected = mustRun(process.execPath, ['facts.mjs'], rsc).stdout.trim();
  const { flight, errors } = JSON.parse(mustRun(process.execPath, ['--conditions=react-server', '--import', './register.mjs', 'render.mjs'], rsc).stdout);
  if (errors.length > 0) throw new Error(`the server render reported:\n${errors.join('\n')}`);
  // Client references are "I" rows naming the module (often by a "$n" reference to an earlier row) and the export.
  const rows = Object.fromEntries(flight.split('\n').filter(Boolean).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]));
  const value = (text) => (typeof text === 'string' && text.startsWith('$') ? JSON.parse(rows[text.slice(1)]) : text);
  const references = Object.values(rows)
    .filter((row) => row.startsWith('I['))
    .map((row) => JSON.parse(row.slice(1)))
    .map(([module, , name]) => `${relative(join(dir, 'node_modules'), fileURLToPath(value(module)))}#${value(name)}`);
  const wanted = ['@nttp/ui/dist/index.js#Button', '@nttp/theory-of-change/dist/react/index.js#TheoryOfChangeDiagram'];
  const missing = wanted.filter((reference) => !references.includes(reference));
  if (missing.length > 0) throw new Error(`no client reference to ${missing.join(', ')} in the stream (references: ${references.join(', ') || 'none'})`);
  if (!flight.includes(JSON.stringify(expected))) throw new Error(`the server-side facts "${expected}" are not in the stream:\n${flight.slice(0, 1500)}`);
}

// ─── Browser ─────────────────────────────────────────────────────────────────────────────────────────
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };

/** Serves `dir` on 127.0.0.1 (a random port). */
async function serve(dir) {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (pathname === '/favicon.ico') {
      response.writeHead(204).end(); // browsers ask for it unprompted
      return;
    }
    const path = join(dir, pathname);
    if (!path.startsWith(dir) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

async function withPage(browser, origin, body, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('request', (request) => !request.url().startsWith(origin) && !request.url().startsWith('data:') && problems.push(`request beyond localhost: ${request.url()}`));
  try {
    await body(page);
    if (problems.length > 0) throw new Error(problems.join('\n'));
  } finally {
    await context.close();
  }
}

// ─── The checks ──────────────────────────────────────────────────────────────────────────────────────
console.log('Installing the tarballs into throwaway projects…');
const dirs = {};
for (const [name, versions] of Object.entries(PROJECTS)) {
  await check(`${name} project: npm installs every tarball with ${Object.entries({ react: versions.react, zod: versions.zod, typescript: versions.typescript, eslint: versions.eslint }).map(([k, v]) => `${k} ${v}`).join(', ')}`, () => {
    dirs[name] = prepareProject(name, versions);
  });
}

for (const [projectName, dir] of Object.entries(dirs)) {
  console.log(`\n${projectName} project (${dir})`);
  const written = writeExamples(dir);
  writeEntryImports(dir);
  writeFileSync(join(dir, ZOD_COMPOSITION.file), ZOD_COMPOSITION.code);

  await check(`${projectName}: every README asks for its package in an npm install line`, () => {
    const missing = readmes.filter(({ name, examples }) => !examples.some((example) => example.lang === 'sh' && new RegExp(`npm install[^\\n]*${name.replace('/', '\\/')}(\\s|$)`).test(example.code)));
    if (missing.length > 0) throw new Error(`no "npm install ${missing.map((m) => m.name).join('", "')}" line`);
  });

  for (const example of written.node) {
    await check(`${projectName}: ${example.folder} README example ${example.index} runs${example.prints.length ? ' and prints what its comments say' : ''}`, () => runNodeExample(dir, example));
  }

  await check(`${projectName}: the app's own zod/v4 schema holds ours and parses through them (zod ${PROJECTS[projectName].zod})`, () => runNodeExample(dir, ZOD_COMPOSITION));

  // Both resolutions at once: each tsc mostly waits on reading declarations.
  const typechecks = Object.fromEntries(['node16', 'bundler'].map((resolution) => [resolution, typecheck(dir, resolution)]));
  for (const [resolution, outcome] of Object.entries(typechecks)) {
    await check(`${projectName}: README examples, every entry point and the zod composition type-check (TypeScript ${PROJECTS[projectName].typescript}, ${resolution}, skipLibCheck false)`, async () => {
      const problem = await outcome;
      if (problem) throw new Error(problem);
    });
  }
  if (PROJECTS[projectName].typescript7) {
    const native = Object.fromEntries(['node16', 'bundler'].map((resolution) => [resolution, typecheck(dir, resolution, 'typescript7')]));
    for (const [resolution, outcome] of Object.entries(native)) {
      await check(`${projectName}: the same type-check with TypeScript ${PROJECTS[projectName].typescript7} (the native compiler), ${resolution}, skipLibCheck false`, async () => {
        const problem = await outcome;
        if (problem) throw new Error(problem);
      });
    }
  }

  for (const example of PROJECTS[projectName].lint === false ? [] : written.eslint) {
    await check(`${projectName}: ESLint ${PROJECTS[projectName].eslint} lints .tsx with the ${example.folder} README's ${example.file} (example ${example.index})`, () => lintWithReadmeConfig(example));
  }

  await check(`${projectName}: every entry loads from CommonJS and ESM; under react-server, React-free entries load and ui and theory-of-change/react are marked 'use client'`, () => {
    const script = `
      const { createRequire } = require('node:module');
      const { readFileSync } = require('node:fs');
      const entries = ${JSON.stringify(packages.flatMap(({ pkg }) => Object.entries(pkg.exports).filter(([s]) => s !== './package.json' && !s.endsWith('.css')).map(([s, t]) => ({ id: pkg.name + s.slice(1), cjs: Boolean(t.require) }))))};
      const clientOnly = ['@nttp/ui', '@nttp/theory-of-change/react'];
      (async () => {
        const problems = [];
        for (const { id, cjs } of entries) {
          const serverSide = process.execArgv.some((a) => a.includes('react-server'));
          if (serverSide && clientOnly.includes(id)) {
            const file = require.resolve(id);
            if (!readFileSync(file, 'utf8').startsWith("'use client';")) problems.push(id + ' (require) is not marked use client');
            continue;
          }
          try { await import(id); } catch (e) { problems.push(id + ' (import): ' + e.message.split('\\n')[0]); }
          if (cjs && !serverSide) { try { require(id); } catch (e) { problems.push(id + ' (require): ' + e.message.split('\\n')[0]); } }
        }
        if (problems.length) { console.error(problems.join('\\n')); process.exit(1); }
      })();`;
    writeFileSync(join(dir, 'load-entries.cjs'), script);
    mustRun(process.execPath, ['load-entries.cjs'], dir);
    mustRun(process.execPath, ['--conditions=react-server', 'load-entries.cjs'], dir);
    // The ESM files a server-components bundler would see under react-server are marked too.
    const esmCheck = `for (const id of ['@nttp/ui', '@nttp/theory-of-change/react']) { const file = new URL(import.meta.resolve(id)); const text = (await import('node:fs')).readFileSync(file, 'utf8'); if (!text.startsWith("'use client';")) { console.error(id + ' is not marked use client'); process.exit(1); } }`;
    writeFileSync(join(dir, 'use-client.mjs'), esmCheck);
    mustRun(process.execPath, ['--conditions=react-server', 'use-client.mjs'], dir);
  });

  if (PROJECTS[projectName].extra['react-server-dom-webpack']) {
    await check(`${projectName}: a server component renders with react-server-dom-webpack's Node loader under react-server: Button and TheoryOfChangeDiagram are client references, domain, assessment, theory-of-change and safe-language run on the server`, () =>
      renderServerComponents(dir),
    );
  }

  if (projectName === 'oldest') {
    await check('oldest: refs on Button, Link, Select, TextInput and Textarea reach the element on React 18', () => {
      writeFileSync(
        join(dir, 'refs.mjs'),
        `import { createElement, createRef } from 'react';
        import TestRenderer from 'react-test-renderer';
        import { Button, Link, Select, TextInput, Textarea } from '@nttp/ui';
        const cases = [[Button, { children: 'Save' }, 'button'], [Link, { href: '#a', children: 'Next' }, 'a'], [Select, { label: 'Area', options: [{ value: 'a', label: 'A' }] }, 'select'], [TextInput, { label: 'Name' }, 'input'], [Textarea, { label: 'Notes' }, 'textarea']];
        const problems = [];
        for (const [Component, props, tag] of cases) {
          const ref = createRef();
          TestRenderer.create(createElement(Component, { ...props, ref }), { createNodeMock: (element) => ({ tag: element.type }) });
          if (ref.current?.tag !== tag) problems.push(Component.displayName ?? Component.render?.name ?? tag);
        }
        if (problems.length) { console.error('ref stayed empty on React 18: ' + problems.join(', ')); process.exit(1); }`,
      );
      mustRun(process.execPath, ['refs.mjs'], dir);
    });
  }

  if (projectName === 'current') {
    await check('current: Vite builds a React page from the READMEs\' components with @nttp/ui/styles.css', () => {
      const imports = written.components.map((c, i) => `import { ${c.names.map((n) => `${n} as C${i}_${n}`).join(', ')} } from '${c.module}';`);
      const rendered = written.components.flatMap((c, i) => c.names.map((n) => `<C${i}_${n} />`));
      writeFileSync(join(dir, 'src', 'main.tsx'), `${imports.join('\n')}\nimport { createRoot } from 'react-dom/client';\n\ncreateRoot(document.getElementById('root')!).render(<>${rendered.join('')}</>);\n`);
      writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Consumer</title></head><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>\n');
      writeFileSync(join(dir, 'vite.config.js'), "import react from '@vitejs/plugin-react';\nexport default { plugins: [react()], logLevel: 'warn' };\n");
      if (written.components.length < 2) throw new Error('expected the ui and theory-of-change React examples');
      mustRun(process.execPath, [join(dir, 'node_modules/vite/bin/vite.js'), 'build'], dir);
    });

    if (existsSync(CHROMIUM)) {
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
      const { server, origin } = await serve(dir);
      try {
        for (const example of written.html) {
          await check(`current: Chromium renders the ${example.folder} README's ${example.file} from the published files alone`, () =>
            withPage(browser, origin, async (page) => {
              await page.goto(`${origin}/${example.file}`);
              await page.waitForFunction(() => document.querySelector('theory-of-change-diagram')?.shadowRoot?.querySelector('svg'), null, { timeout: 10_000 });
              const labels = await page.evaluate(() => document.querySelector('theory-of-change-diagram').shadowRoot.querySelector('svg').textContent);
              if (!labels.includes('Staff feel confident to respond')) throw new Error(`the diagram does not show its steps: ${labels.slice(0, 200)}`);
            }),
          );
        }
        await check('current: the Vite page renders the README components in Chromium', async () => {
          const built = await serve(join(dir, 'dist'));
          try {
            await withPage(browser, built.origin, async (page) => {
              await page.goto(`${built.origin}/index.html`);
              await page.waitForSelector('.nttp-button', { timeout: 10_000 });
              await page.waitForSelector('svg', { timeout: 10_000 });
            });
          } finally {
            built.server.close();
          }
        });
        await check('current: @nttp/ui/styles.css leaves the host page alone in dark mode (no page color-scheme, host text unchanged)', async () => {
          writeFileSync(
            join(dir, 'styles-scope.html'),
            '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="stylesheet" href="/node_modules/@nttp/ui/dist/styles.css"></head><body><p id="host">Host text</p><div class="nttp-root"><p id="ours">Ours</p></div></body></html>\n',
          );
          await withPage(
            browser,
            origin,
            async (page) => {
              await page.goto(`${origin}/styles-scope.html`);
              const seen = await page.evaluate(() => ({
                scheme: getComputedStyle(document.documentElement).colorScheme,
                host: getComputedStyle(document.getElementById('host')).color,
                ours: getComputedStyle(document.querySelector('.nttp-root')).colorScheme,
              }));
              if (seen.scheme !== 'normal' || seen.host !== 'rgb(0, 0, 0)' || seen.ours !== 'dark') throw new Error(`page color-scheme ${seen.scheme}, host text ${seen.host}, .nttp-root color-scheme ${seen.ours}`);
            },
            { colorScheme: 'dark' },
          );
        });
      } finally {
        server.close();
        await browser.close();
      }
    } else {
      results.push({ name: 'browser checks', ok: false });
      console.log(`  ✗ Chromium is not at ${CHROMIUM}: the browser checks could not run (set CHROMIUM_PATH).`);
    }
  }
}

const passed = results.filter((result) => result.ok).length;
const failed = results.length - passed;
console.log(`\nconsumer: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
process.exit(failed === 0 ? 0 : 1);
