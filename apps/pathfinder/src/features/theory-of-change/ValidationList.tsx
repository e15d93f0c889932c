// What validate() found, in words, most pressing first.
import type { ValidationIssue } from '@nttp/theory-of-change';
import { Heading, Text } from '@nttp/ui';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as Record<string, number>;
const SEVERITY_TEXT: Record<string, string> = { error: 'Needs attention', warning: 'Worth a look', info: 'Note' };

export function ValidationList({ issues }: { issues: readonly ValidationIssue[] }) {
  const sorted = [...issues].sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3));
  return (
    <section aria-labelledby="toc-checks-heading">
      <Heading level={2} id="toc-checks-heading">
        Things to look at ({issues.length})
      </Heading>
      {sorted.length === 0 ? (
        <Text>Every step and link is in place.</Text>
      ) : (
        <ul className="toc-checks">
          {sorted.map((issue, index) => (
            <li key={`${issue.code}-${index}`} data-severity={issue.severity}>
              <strong>{SEVERITY_TEXT[issue.severity] ?? 'Note'}: </strong>
              {issue.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
