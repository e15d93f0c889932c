// What validate() found, in words: what needs attention and what is worth a look first, with the
// smaller notes behind an expander so a long list does not bury them.
import type { ValidationIssue } from '@nttp/theory-of-change';
import { Details, Heading, Text } from '@nttp/ui';

const SEVERITY_TEXT: Record<string, string> = { error: 'Needs attention', warning: 'Worth a look', info: 'Note' };

function IssueItems({ issues }: { issues: readonly ValidationIssue[] }) {
  return (
    <ul className="toc-checks">
      {issues.map((issue, index) => (
        <li key={`${issue.code}-${index}`} data-severity={issue.severity}>
          <strong>{SEVERITY_TEXT[issue.severity] ?? 'Note'}: </strong>
          {issue.message}
        </li>
      ))}
    </ul>
  );
}

export function ValidationList({ issues }: { issues: readonly ValidationIssue[] }) {
  const pressing = [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity === 'warning')];
  const notes = issues.filter((i) => i.severity !== 'error' && i.severity !== 'warning');
  return (
    <section aria-labelledby="toc-checks-heading">
      <Heading level={2} id="toc-checks-heading">
        Things to look at ({issues.length})
      </Heading>
      {issues.length === 0 ? <Text>Every step and link is in place.</Text> : null}
      {pressing.length > 0 ? <IssueItems issues={pressing} /> : null}
      {notes.length > 0 ? (
        <Details summary={`${notes.length} smaller ${notes.length === 1 ? 'note' : 'notes'}, such as links with no assumptions yet`}>
          <IssueItems issues={notes} />
        </Details>
      ) : null}
    </section>
  );
}
