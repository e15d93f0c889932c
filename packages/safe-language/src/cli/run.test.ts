import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type CliIo } from './run';

let dir: string;

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { cwd: dir, stdout: (text) => (out += text), stderr: (text) => (err += text) };
  const code = await run(argv, io);
  return { code, out, err };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nttp-language-'));
  await mkdir(join(dir, 'docs'));
  await writeFile(join(dir, 'docs', 'guide.md'), '# Guide\n\nWe welcome people who use drugs.\n\nSome staff still say addicts.\n');
  await writeFile(join(dir, 'docs', 'clean.md'), '# Clean\n\nChild abuse must be reported. Alcoholic drinks are not served.\n');
  await writeFile(join(dir, 'page.html'), '<h1>Welcome</h1><img alt="A junkie in a doorway" src="a.png">');
  await writeFile(join(dir, 'en.json'), '{\n  "relapse": "He relapsed last year."\n}\n');
  await writeFile(join(dir, 'notes.txt'), 'She is hard to reach.\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('nttp-language check', () => {
  it('checks files and globs, prints lines and columns, and exits 1 on an error-severity finding', async () => {
    const { code, out } = await cli('check', 'docs/**/*.md', 'page.html');
    expect(code).toBe(1);
    expect(out).toContain('docs/guide.md\n  5:22');
    expect(out).toContain('(addict)');
    expect(out).toContain('page.html');
    expect(out).toContain('(junkie)');
    expect(out).not.toContain('clean.md');
    expect(out).toMatch(/Checked 3 files: 2 places to look at \(2 errors\)/);
  });

  it('exits 0 when only suggestions are found, and reads JSON catalogues and text', async () => {
    const { code, out } = await cli('check', 'en.json', 'notes.txt', '--format', 'json');
    expect(code).toBe(0);
    const findings = JSON.parse(out) as { file: string; ruleId: string; line: number; severity: string }[];
    expect(findings.map((finding) => [finding.file, finding.ruleId, finding.line, finding.severity])).toEqual([
      ['en.json', 'relapse', 2, 'suggestion'],
      ['notes.txt', 'hard-to-reach', 1, 'suggestion'],
    ]);
  });

  it('writes SARIF 2.1.0', async () => {
    const { out } = await cli('check', 'docs', '--format', 'sarif');
    const sarif = JSON.parse(out);
    expect(sarif.version).toBe('2.1.0');
    const [result] = sarif.runs[0].results;
    expect(result).toMatchObject({ ruleId: 'addict', level: 'error' });
    expect(result.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'docs/guide.md' }, region: { startLine: 5, startColumn: 22 } });
    expect(sarif.runs[0].tool.driver.rules[0].helpUri).toMatch(/^https?:\/\//);
  });

  it('reports only new findings with --baseline', async () => {
    expect((await cli('check', 'docs', '--write-baseline', 'baseline.json')).code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'baseline.json'), 'utf8')).fingerprints).toHaveLength(1);
    const same = await cli('check', 'docs', '--baseline', 'baseline.json');
    expect(same.code).toBe(0);
    expect(same.out).toMatch(/nothing to change\. 1 known finding is in the baseline/);
    await writeFile(join(dir, 'docs', 'guide.md'), '# Guide\n\nA new line first.\n\nSome staff still say addicts.\n\nThe junkie left.\n');
    const changed = await cli('check', 'docs', '--baseline', 'baseline.json', '--format', 'json');
    expect(JSON.parse(changed.out).map((finding: { ruleId: string }) => finding.ruleId)).toEqual(['junkie']);
  });

  it('honours --allow and --profile', async () => {
    expect((await cli('check', 'docs', '--allow', 'addict', '--allow', 'junkie')).code).toBe(0);
    const clinical = await cli('check', 'en.json', '--profile', 'clinical-record', '--format', 'json');
    expect(JSON.parse(clinical.out)).toEqual([]);
  });

  it('shows progress on stderr for large runs', async () => {
    const { err } = await cli('check', 'docs', 'notes.txt', '--progress');
    expect(err).toMatch(/Checked 3 of 3 files…/);
    expect((await cli('check', 'notes.txt')).err).toBe('');
  });

  it('names a file that does not exist and exits 2 instead of skipping it', async () => {
    const { code, out, err } = await cli('check', 'notes.txt', 'missing.md');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/This file was not found, so nothing was checked:\n {2}missing\.md\n/);
    expect((await cli('check', 'gone.md', 'docs/none.md')).err).toMatch(/These files were not found[^]*gone\.md[^]*docs\/none\.md/);
  });

  it('reads UTF-16 files with a byte-order mark, so their words are checked', async () => {
    await writeFile(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Some staff still say addicts.\n', 'utf16le')]));
    const { code, out } = await cli('check', 'utf16.txt', '--format', 'json');
    expect(code).toBe(1);
    expect(JSON.parse(out)).toMatchObject([{ ruleId: 'addict', line: 1, column: 22 }]);
  });

  it('reports a binary file as skipped, not as having nothing to change', async () => {
    await writeFile(join(dir, 'logo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const text = await cli('check', 'logo.md', 'notes.txt');
    expect(text.out).toMatch(/Checked 1 file: 1 place to look at[^]*Skipped 1 file that is not text, so it was not checked: logo\.md\./);
    const alone = await cli('check', 'logo.md');
    expect(alone.out).not.toMatch(/nothing to change/);
    expect(alone.out).toMatch(/Skipped 1 file that is not text/);
    expect((await cli('check', 'logo.md', '--format', 'json')).err).toMatch(/Skipped 1 file that is not text/);
  });

  it('answers usage problems calmly with exit code 2', async () => {
    const unknownFormat = await cli('check', 'docs', '--format', 'xml');
    expect(unknownFormat.code).toBe(2);
    expect(unknownFormat.err).toMatch(/format: Use one of: text, json, sarif/);
    const nothing = await cli('check', 'nowhere/*.md');
    expect(nothing.code).toBe(2);
    expect(nothing.err).toMatch(/No files matched "nowhere\/\*\.md"/);
    expect((await cli('lint', 'docs')).err).toMatch(/Start with the command `check`/);
    expect((await cli('check', 'docs', '--colour')).code).toBe(2);
    expect((await cli('check', 'docs', '--baseline', 'missing.json')).err).toMatch(/could not be read as JSON/);
    expect((await cli('--help')).out).toMatch(/Usage: nttp-language check/);
  });
});

const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

describe.runIf(existsSync(bin))('the built bin', () => {
  it('runs on plain Node without a TypeScript loader', async () => {
    const result = await promisify(execFile)(process.execPath, [bin, 'check', 'notes.txt', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(result.stdout)[0].ruleId).toBe('hard-to-reach');
  });
});
