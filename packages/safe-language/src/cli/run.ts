import { readFile, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { glob, isDynamicPattern } from 'tinyglobby';
import { z } from 'zod/v4';
import packageJson from '../../package.json';
import { createChecker } from '../checker/checker';
import { PROFILES, SEVERITIES } from '../lexicon/types';
import { parseWith, SafeLanguageError } from '../errors';
import { decodeFile } from './decode';
import { extractText, formatFromPath, lineStartsOf, positionOf } from './extract';
import { formatJson, formatSarif, formatText, skippedNote, type FileFinding } from './report';

/** Where the CLI reads and writes; tests pass their own. */
export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes: 0 nothing at error severity, 1 at least one error-severity finding, 2 the run could not start. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

const HELP = `Usage: nttp-language check <files or globs…> [options]

Checks Markdown, MDX, HTML, JSON message catalogues and plain text for stigmatising language,
and suggests preferred wording.

Options:
  --format text|json|sarif   how to print findings (default: text)
  --profile ui|clinical-record|policy
                             who the text is for (default: ui)
  --allow <rule id or phrase>  leave a rule or phrase alone (repeatable)
  --min-severity error|warning|suggestion|info
                             the lowest severity to report (default: suggestion)
  --baseline <file>          report only findings that are not in this baseline
  --write-baseline <file>    save the current findings as a baseline and exit 0
  --progress / --no-progress show progress on stderr (default: on for 200 files or more)
  -h, --help                 show this help

Exit codes: 0 no error-severity findings, 1 at least one, 2 the check could not run.
`;

const ArgsSchema = z.object({
  command: z.literal('check', { message: 'Start with the command `check`, for example: nttp-language check "docs/**/*.md".' }),
  patterns: z.array(z.string()).min(1, 'Name at least one file or glob to check, for example: "docs/**/*.md".'),
  format: z.enum(['text', 'json', 'sarif']).default('text'),
  profile: z.enum(PROFILES).default('ui'),
  allow: z.array(z.string()).default([]),
  minSeverity: z.enum(SEVERITIES).default('suggestion'),
  baseline: z.string().optional(),
  writeBaseline: z.string().optional(),
  progress: z.boolean().optional(),
});

const BaselineSchema = z.union([
  z.object({ version: z.literal(1), fingerprints: z.array(z.string()) }),
  z.array(z.object({ fingerprint: z.string() }).loose()),
]);

const IGNORE = ['**/node_modules/**', '**/dist/**', '**/.git/**', '**/coverage/**', '**/storybook-static/**'];
const PROGRESS_FROM = 200;

/** Runs the CLI. Pure apart from reading the files it is given and writing a baseline when asked. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await check(argv, io);
  } catch (error) {
    if (error instanceof SafeLanguageError) {
      io.stderr(`${error.message}\n\nRun \`nttp-language --help\` to see the options.\n`);
      return EXIT.usage;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`${error.message.replace(/\. To specify.*$/, '.')}\nRun \`nttp-language --help\` to see the options.\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

async function check(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    allowNegative: true,
    options: {
      format: { type: 'string' },
      profile: { type: 'string' },
      allow: { type: 'string', multiple: true },
      'min-severity': { type: 'string' },
      baseline: { type: 'string' },
      'write-baseline': { type: 'string' },
      progress: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (values.version) {
    io.stdout(`${packageJson.version}\n`);
    return EXIT.ok;
  }
  const [command, ...patterns] = positionals;
  const args = parseWith(
    ArgsSchema,
    {
      command,
      patterns,
      format: values.format,
      profile: values.profile,
      allow: values.allow,
      minSeverity: values['min-severity'],
      baseline: values.baseline,
      writeBaseline: values['write-baseline'],
      progress: values.progress,
    },
    'command line',
  );

  const { files, missing } = await findFiles(args.patterns, io.cwd);
  if (missing.length > 0) {
    const list = missing.map((path) => `  ${path}`).join('\n');
    io.stderr(
      `${missing.length === 1 ? 'This file was' : 'These files were'} not found, so nothing was checked:\n${list}\nCheck the spelling and the folder you run the command from.\n`,
    );
    return EXIT.usage;
  }
  if (files.length === 0) {
    io.stderr(`No files matched ${args.patterns.map((pattern) => `"${pattern}"`).join(', ')}. Check the paths or quote the globs.\n`);
    return EXIT.usage;
  }
  const known = args.baseline ? await readBaseline(resolve(io.cwd, args.baseline)) : new Set<string>();

  const checker = createChecker({ profile: args.profile, allow: args.allow, minSeverity: args.minSeverity });
  const showProgress = args.progress ?? files.length >= PROGRESS_FROM;
  const step = Math.max(1, Math.ceil(files.length / 20));
  const findings: FileFinding[] = [];
  const skipped: string[] = [];
  let baselined = 0;
  for (const [index, file] of files.entries()) {
    const decoded = decodeFile(await readFile(resolve(io.cwd, file)));
    if (decoded.kind === 'binary') {
      skipped.push(file);
      continue;
    }
    const source = decoded.text;
    const text = extractText(source, formatFromPath(file));
    const lineStarts = lineStartsOf(source);
    const seen = new Map<string, number>();
    for (const finding of checker.check(text)) {
      const base = `${file}\u0000${finding.ruleId}\u0000${finding.match.toLowerCase().replace(/\s+/g, ' ')}`;
      const occurrence = seen.get(base) ?? 0;
      seen.set(base, occurrence + 1);
      const fingerprint = `${base}\u0000${occurrence}`;
      if (known.has(fingerprint)) {
        baselined++;
        continue;
      }
      const from = positionOf(lineStarts, finding.start);
      const to = positionOf(lineStarts, finding.end);
      findings.push({ ...finding, file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column, fingerprint });
    }
    if (showProgress && ((index + 1) % step === 0 || index + 1 === files.length)) {
      io.stderr(`Checked ${index + 1} of ${files.length} files…\n`);
    }
  }

  if (args.writeBaseline) {
    const path = resolve(io.cwd, args.writeBaseline);
    await writeFile(path, `${JSON.stringify({ version: 1, fingerprints: findings.map((finding) => finding.fingerprint) }, null, 2)}\n`);
    io.stderr(`Saved ${findings.length} finding${findings.length === 1 ? '' : 's'} to the baseline ${args.writeBaseline}. Later runs with --baseline show only new ones.\n`);
    return EXIT.ok;
  }

  if (args.format === 'json') io.stdout(formatJson(findings));
  else if (args.format === 'sarif') io.stdout(formatSarif(findings, packageJson.version));
  else io.stdout(formatText(findings, files.length - skipped.length, baselined, skipped));
  if (args.format !== 'text' && skipped.length > 0) io.stderr(`${skippedNote(skipped)}\n`);
  return findings.some((finding) => finding.severity === 'error') ? EXIT.findings : EXIT.ok;
}

/** The files the patterns name; a plain path (no glob characters) that does not exist is `missing`. */
async function findFiles(patterns: readonly string[], cwd: string): Promise<{ files: string[]; missing: string[] }> {
  const found = new Set<string>();
  const globs: string[] = [];
  const missing: string[] = [];
  for (const pattern of patterns) {
    const path = resolve(cwd, pattern);
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) found.add(toPosix(isAbsolute(pattern) ? relative(cwd, path) || pattern : relative(cwd, path)));
    else if (info?.isDirectory()) globs.push(`${toPosix(relative(cwd, path)) || '.'}/**/*.{md,mdx,markdown,html,htm,json,txt}`);
    else if (isDynamicPattern(pattern)) globs.push(pattern);
    else missing.push(pattern);
  }
  if (globs.length > 0) for (const file of await glob(globs, { cwd, ignore: IGNORE, onlyFiles: true })) found.add(toPosix(file));
  return { files: [...found].sort(), missing };
}

function toPosix(path: string): string {
  return path.split('\\').join('/');
}

async function readBaseline(path: string): Promise<Set<string>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new SafeLanguageError(
      [{ path: ['baseline'], where: 'baseline', message: `The baseline file ${path} could not be read as JSON. Create one with --write-baseline.`, code: 'baseline-unreadable' }],
      'command line',
    );
  }
  const baseline = parseWith(BaselineSchema, raw, 'baseline file', ['baseline']);
  return new Set(Array.isArray(baseline) ? baseline.map((item) => item.fingerprint) : baseline.fingerprints);
}
