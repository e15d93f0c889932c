// Paste text or open a file; findings with alternatives and sources. The text is kept in the workspace
// (its languageCheck field) until the person clears it.
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Finding } from '@nttp/safe-language';
import { Button, ErrorSummary, Heading, Link, Text, Textarea } from '@nttp/ui';
import { useWorkspace } from '../../workspace/context';
import { FilePicker } from '../../app/FilePicker';
import { contextOf, findingsFor, SEVERITY_WORDS, sourceName } from './findings';
import './language.css';

const TEXT_ID = 'language-text';
/** Typing is kept in the workspace after this pause, not on every key. */
const KEEP_AFTER_MS = 500;

function FindingItem({ finding, text }: { finding: Finding; text: string }) {
  return (
    <li className="language-finding" data-severity={finding.severity}>
      <p className="language-finding__title">
        <strong>“{finding.match}”</strong> <span className="language-finding__severity">{SEVERITY_WORDS[finding.severity]}</span>
      </p>
      <p className="language-finding__context">{contextOf(text, finding)}</p>
      <p>{finding.message}</p>
      {finding.alternatives.length > 0 ? <p>Try: {finding.alternatives.map((a) => `“${a}”`).join(', ')}</p> : null}
      {finding.contested ? <p className="language-finding__note">People in the sector disagree about this term: use your judgement.</p> : null}
      {finding.sources.length > 0 ? (
        <p className="language-finding__sources">
          Sources:{' '}
          {finding.sources.map((source, index) => (
            <span key={source}>
              {index > 0 ? ', ' : ''}
              <Link href={source} rel="noreferrer">
                {sourceName(source)}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
    </li>
  );
}

export default function LanguagePage() {
  const { workspace, update } = useWorkspace();
  const kept = workspace.languageCheck?.text ?? '';
  const [text, setText] = useState(kept);
  // Another tab (or an import) changed the kept text: show that, as the workspace now holds it.
  const [seen, setSeen] = useState(kept);
  if (kept !== seen) {
    setSeen(kept);
    setText(kept);
  }
  const [problems, setProblems] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const checked = useDeferredValue(text);
  const findings = useMemo(() => findingsFor(checked), [checked]);

  const keep = (next: string) => {
    clearTimeout(pending.current);
    const result = update(({ languageCheck: _old, ...rest }) => (next ? { ...rest, languageCheck: { text: next } } : rest));
    setProblems(result.ok ? [] : result.issues.map((issue) => issue.message));
  };
  // Whatever is still waiting is kept when the person leaves the page.
  const latest = useRef({ text, kept, keep });
  useEffect(() => {
    latest.current = { text, kept, keep };
  });
  useEffect(
    () => () => {
      const { text: last, kept: stored, keep: save } = latest.current;
      if (last !== stored) save(last);
    },
    [],
  );

  const onType = (next: string) => {
    setText(next);
    clearTimeout(pending.current);
    pending.current = setTimeout(() => keep(next), KEEP_AFTER_MS);
  };

  return (
    <>
      <Heading level={1}>Language check</Heading>
      <Text lead>
        Paste a letter, a leaflet or a policy, or open a text file. The checker suggests person-first, trauma-informed wording and says why. The text is checked in this browser and is never sent anywhere.
      </Text>
      {problems.length > 0 ? <ErrorSummary errors={problems.map((message) => ({ href: `#${TEXT_ID}`, text: message }))} /> : null}
      <Textarea
        id={TEXT_ID}
        label="Text to check"
        hint="It is kept in this workspace until you clear it."
        rows={10}
        value={text}
        onChange={(event) => onType(event.target.value)}
        onBlur={() => text !== kept && keep(text)}
      />
      <div className="language-actions">
        <FilePicker
          id="language-file"
          label="Or open a file"
          hint="A plain text (.txt) or Markdown (.md) file. It replaces the text above."
          accept=".txt,.md,.markdown,text/plain,text/markdown"
          onFile={(content, name) => {
            setText(content);
            keep(content);
            setNote(`Opened ${name}.`);
          }}
        />
        <Button
          variant="secondary"
          disabled={text === ''}
          onClick={() => {
            setText('');
            keep('');
            setNote('The text has been cleared from this workspace.');
          }}
        >
          Clear the text
        </Button>
      </div>
      <p role="status" className="language-count">
        {note ? `${note} ` : ''}
        {text.trim() === '' ? 'Nothing to check yet.' : findings.length === 0 ? 'Nothing to change in this text.' : `${findings.length} ${findings.length === 1 ? 'place' : 'places'} to look at.`}
      </p>
      {findings.length > 0 ? (
        <section aria-labelledby="language-findings">
          <Heading level={2} id="language-findings">
            What to look at
          </Heading>
          <ol className="language-findings">
            {findings.map((finding) => (
              <FindingItem key={`${finding.ruleId}-${finding.start}`} finding={finding} text={checked} />
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
