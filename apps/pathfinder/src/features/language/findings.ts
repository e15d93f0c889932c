import { checkText, type Finding } from '@nttp/safe-language';

export const SEVERITY_WORDS: Record<Finding['severity'], string> = {
  error: 'Please change',
  warning: 'Worth changing',
  suggestion: 'A suggestion',
  info: 'For information',
};

/** The findings worth showing: quoted or first-person uses (severity info) are left out. */
export function findingsFor(text: string): Finding[] {
  return text.trim() ? checkText(text).filter((finding) => finding.severity !== 'info') : [];
}

/** "drugdeathstaskforce.scot" for a source's address: short enough to read, the full link behind it. */
export function sourceName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** The words around a finding, so a person can find it in a long text. */
export function contextOf(text: string, finding: Finding, around = 40): string {
  const start = Math.max(0, finding.start - around);
  const end = Math.min(text.length, finding.end + around);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}
