import { lexicon, termText, type Category, type LexiconEntry } from '@nttp/safe-language';
import { Card, Heading, Link, Select, Stack, Text, TextInput } from '@nttp/ui';
import { useMemo, useState } from 'react';
import { CATEGORIES, CATEGORY_NAMES, alternativeText, searchLexicon } from './search';

function Entry({ entry }: { entry: LexiconEntry }) {
  const terms = entry.terms.map(termText);
  return (
    <Card title={terms[0] ?? entry.id} headingLevel={2} footer={`${CATEGORY_NAMES[entry.category]} · in interfaces: ${entry.severity.ui === 'off' ? 'not checked' : entry.severity.ui}${entry.contested ? ' · views differ' : ''}`}>
      {terms.length > 1 ? <Text tone="secondary">Also found as: {terms.slice(1).join(', ')}</Text> : null}
      <Text>
        <strong>Say instead:</strong> {entry.alternatives.map(alternativeText).join('; ')}
      </Text>
      <Text>
        <strong>Why:</strong> {entry.rationale}
      </Text>
      {entry.note ? <Text tone="secondary">{entry.note}</Text> : null}
      <Text as="div" size="s">
        <strong>Sources:</strong>
        <ul>
          {entry.sources.map((source) => (
            <li key={source}>
              <Link href={source}>{new URL(source).hostname}</Link>
            </li>
          ))}
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
      <Text lead>
        Words shape how safe people feel. Each entry gives kinder wording, why it matters, and where the advice comes from. The same list powers the
        language checker, its ESLint rule and the warnings the components give while you build.
      </Text>
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
