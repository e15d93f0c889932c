import { describeSource, lexicon, termText, type Category, type LexiconEntry } from '@nttp/safe-language';
import { Card, Details, GentleCallout, Heading, Link, Select, Stack, Text, TextInput } from '@nttp/ui';
import { useMemo, useState } from 'react';
import { CATEGORIES, CATEGORY_NAMES, alternativeText, searchLexicon } from './search';

/** Severity in the words a writer would use: how firmly the guide asks for a change in interfaces. */
export const SEVERITY_WORDS: Record<string, string> = {
  error: 'Always change',
  warning: 'Usually change',
  suggestion: 'Think about it',
  info: 'Good to know',
  off: 'Not checked in interfaces',
};

function Entry({ entry }: { entry: LexiconEntry }) {
  const terms = entry.terms.map(termText);
  const sayInstead = entry.alternatives.map(alternativeText);
  const [first, ...rest] = sayInstead;
  return (
    <Card
      title={`Say “${first ?? entry.id}”`}
      headingLevel={3}
      footer={`${SEVERITY_WORDS[entry.severity.ui] ?? entry.severity.ui} · ${CATEGORY_NAMES[entry.category]}${entry.contested ? ' · views differ' : ''}`}
    >
      {rest.length > 0 ? <Text>Or: {rest.join('; ')}</Text> : null}
      <Text>{entry.rationale}</Text>
      {entry.note ? <Text tone="secondary">{entry.note}</Text> : null}
      {/* The words to avoid stay small and folded: the kinder wording is what people should see first. */}
      <Details summary={`Words this replaces (${terms.length})`}>
        {/* A plain paragraph: these are the words to avoid, named on purpose, so the components' own language check stays quiet here. */}
        <p className="nttp-text nttp-text--s">{terms.join(', ')}</p>
      </Details>
      <Text as="div" size="s">
        Sources:
        <ul>
          {entry.sources.map((source) => {
            const { title, publisher } = describeSource(source);
            return (
              <li key={source}>
                <Link href={source}>{title}</Link>, {publisher}
              </li>
            );
          })}
        </ul>
      </Text>
    </Card>
  );
}

export interface LanguageGuideProps {
  /** A search to start with. */
  initialQuery?: string;
  entries?: readonly LexiconEntry[];
}

/** The safe-language lexicon, searchable, with each entry's alternatives, rationale and sources. */
export function LanguageGuide({ initialQuery = '', entries = lexicon }: LanguageGuideProps) {
  const [query, setQuery] = useState(initialQuery);
  const [category, setCategory] = useState<Category | 'all'>('all');
  const found = useMemo(() => searchLexicon(entries, query, category), [entries, query, category]);
  return (
    <Stack gap={5}>
      <Heading level={1}>Language guide</Heading>
      <Text lead>Kinder words for services, forms and reports: what to say instead, why it matters, and where the advice comes from.</Text>
      <GentleCallout title="Content note" tone="information" headingLevel={2}>
        <Text>
          This guide is about words that stigmatise people who use drugs or alcohol, people with mental health conditions, and people affected by
          suicide or trauma. Each entry leads with the kinder wording; the words it replaces are folded away until you choose to open them.
        </Text>
      </GentleCallout>
      <Text>The same list powers the language checker, its ESLint rule and the warnings the components give while you build.</Text>
      <Stack direction="row" gap={5} align="end">
        <TextInput label="Search the guide" hint="Search by a word, an alternative or a reason." type="search" value={query} onChange={(event) => setQuery(event.target.value)} width="20" />
        <Select
          label="Topic"
          value={category}
          onChange={(event) => setCategory(event.target.value as Category | 'all')}
          options={[{ value: 'all', label: 'All topics' }, ...CATEGORIES.map((c) => ({ value: c, label: CATEGORY_NAMES[c] }))]}
        />
      </Stack>
      <p role="status" className="nttp-text nttp-text--m">
        Showing {found.length} of {entries.length} entries
      </p>
      <Heading level={2}>What to say instead</Heading>
      <Stack as="ul" gap={4} aria-label="Entries">
        {found.map((entry) => (
          <li key={entry.id}>
            <Entry entry={entry} />
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
