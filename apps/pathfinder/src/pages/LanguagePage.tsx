import { useMemo, useState } from 'react';
import { checkText, type Finding } from '@nttp/safe-language';
import { Heading, Text, Textarea } from '@nttp/ui';

const EXAMPLE = 'Our clients who are addicts often fail to engage, so we discharge them after two missed appointments.';

function FindingItem({ finding }: { finding: Finding }) {
  return (
    <li className="finding">
      <p>
        <strong>“{finding.match}”</strong> ({finding.severity === 'error' ? 'please change' : finding.severity === 'warning' ? 'worth changing' : 'a suggestion'})
      </p>
      <p>{finding.message}</p>
      {finding.alternatives.length > 0 && <p>Try: {finding.alternatives.map((a) => `“${a}”`).join(', ')}</p>}
    </li>
  );
}

export function LanguagePage() {
  const [text, setText] = useState(EXAMPLE);
  const findings = useMemo(() => checkText(text).filter((f) => f.severity !== 'info'), [text]);

  return (
    <>
      <Heading level={1}>Language check</Heading>
      <Text lead>
        Paste a letter, a leaflet or a policy paragraph. The checker suggests person-first, trauma-informed
        wording and says why. The text is checked in this browser and is never sent anywhere.
      </Text>
      <Textarea label="Text to check" hint="Start with the example, or replace it with your own words." value={text} onChange={(event) => setText(event.target.value)} rows={6} />
      <p aria-live="polite" className="finding-count">
        {findings.length === 0 ? 'Nothing to change in this text.' : `${findings.length} ${findings.length === 1 ? 'place' : 'places'} to look at.`}
      </p>
      <ul className="finding-list">
        {findings.map((finding) => (
          <FindingItem key={`${finding.ruleId}-${finding.start}`} finding={finding} />
        ))}
      </ul>
    </>
  );
}
