import type { Finding } from '../checker/checker';
import type { Severity } from '../lexicon/types';

/** A finding placed in a file. */
export interface FileFinding extends Finding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Stable across edits elsewhere in the file: file, rule, matched words and occurrence number. */
  fingerprint: string;
}

export type OutputFormat = 'text' | 'json' | 'sarif';

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', suggestion: 'suggestion', info: 'note' };

export function formatText(findings: readonly FileFinding[], filesChecked: number, baselined: number, skipped: readonly string[] = []): string {
  const lines: string[] = [];
  let current = '';
  for (const finding of findings) {
    if (finding.file !== current) {
      if (current) lines.push('');
      current = finding.file;
      lines.push(finding.file);
    }
    const where = `${finding.line}:${finding.column}`.padEnd(8);
    lines.push(`  ${where}${LABEL[finding.severity].padEnd(11)}${finding.message}  (${finding.ruleId})`);
  }
  if (lines.length > 0) lines.push('');
  lines.push(summary(findings, filesChecked, baselined));
  if (skipped.length > 0) lines.push(skippedNote(skipped));
  return `${lines.join('\n')}\n`;
}

/** Files that are not text (images, PDFs) are named, so nobody takes them for checked. */
export function skippedNote(skipped: readonly string[]): string {
  const what = skipped.length === 1 ? '1 file that is not text' : `${skipped.length} files that are not text`;
  return `Skipped ${what}, so ${skipped.length === 1 ? 'it was' : 'they were'} not checked: ${skipped.join(', ')}.`;
}

function summary(findings: readonly FileFinding[], filesChecked: number, baselined: number): string {
  const files = `${filesChecked} file${filesChecked === 1 ? '' : 's'}`;
  if (filesChecked === 0) return 'No text files to check.';
  const known = baselined > 0 ? ` ${baselined} known finding${baselined === 1 ? ' is' : 's are'} in the baseline and not shown.` : '';
  if (findings.length === 0) return `Checked ${files}: nothing to change.${known}`;
  const counts = (['error', 'warning', 'suggestion', 'info'] as const)
    .map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${LABEL[severity]}${count === 1 ? '' : 's'}`);
  return `Checked ${files}: ${findings.length} place${findings.length === 1 ? '' : 's'} to look at (${counts.join(', ')}). Each comes with preferred wording.${known}`;
}

export function formatJson(findings: readonly FileFinding[]): string {
  return `${JSON.stringify(findings, null, 2)}\n`;
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', suggestion: 'note', info: 'note' };

export function formatSarif(findings: readonly FileFinding[], version: string): string {
  const rules = new Map<string, FileFinding>();
  for (const finding of findings) if (!rules.has(finding.ruleId)) rules.set(finding.ruleId, finding);
  const ruleIds = [...rules.keys()];
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'nttp-language',
            version,
            informationUri: 'https://example.invalid/nttp-toolkit/packages/safe-language',
            rules: ruleIds.map((id) => {
              const sample = rules.get(id) as FileFinding;
              return {
                id,
                shortDescription: { text: `Stigmatising language: ${id}` },
                fullDescription: { text: sample.rationale },
                helpUri: sample.sources[0],
                properties: { category: sample.category, contested: sample.contested, sources: sample.sources },
              };
            }),
          },
        },
        results: findings.map((finding) => ({
          ruleId: finding.ruleId,
          ruleIndex: ruleIds.indexOf(finding.ruleId),
          level: SARIF_LEVEL[finding.severity],
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: finding.file },
                region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
              },
            },
          ],
          partialFingerprints: { 'nttpLanguage/v1': finding.fingerprint },
          properties: { alternatives: finding.alternatives, severity: finding.severity },
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
