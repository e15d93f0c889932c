import { Automaton, Vocabulary } from '../matcher/automaton';
import { tokenize, type Tokens } from '../matcher/tokenize';
import { lexicon as builtIn } from '../lexicon/index';
import { NEVER_FLAG } from '../lexicon/never-flag';
import { SUPPORT_NOTE } from '../lexicon/sources';
import { LexiconEntrySchema, termText, type Category, type LexiconEntry, type Profile, type Severity } from '../lexicon/types';
import { parseWith } from '../errors';
import { fitAlternatives, isReplacement, pluralise, type MatchGrammar } from './grammar';
import { CheckOptionsSchema, SEVERITY_RANK, type CheckOptions } from './options';
import { findQuotes, type QuoteSpans } from './quotes';
import { z } from 'zod/v4';

/** One place where the text uses a term from the lexicon. */
export interface Finding {
  /** The lexicon entry's id, usable in `allow`. */
  ruleId: string;
  /** The text found, exactly as written: `text.slice(start, end) === match`. */
  match: string;
  start: number;
  end: number;
  severity: Severity;
  category: Category;
  /** A calm, plain explanation with the preferred alternatives. */
  message: string;
  /** Preferred wording, fitted to the grammar of the match (article, plural, possessive, capital). */
  alternatives: string[];
  rationale: string;
  sources: string[];
  /** Whether people in the sector disagree about the term. */
  contested: boolean;
  /** Why the severity dropped to `info`, when it did. */
  context?: 'first-person' | 'quoted';
}

export interface Checker {
  /** Checks one text. Pure: the same text always gives the same findings. */
  check(text: string): Finding[];
  /** The entries this checker uses (built-in plus `extend`). */
  readonly entries: readonly LexiconEntry[];
  readonly profile: Profile;
}

/** Internal: counts work done, so tests can show the checker is linear. */
export interface CheckStats {
  tokens: number;
  steps: number;
}

type PatternInfo =
  | { kind: 'term'; entry: number; term: number; number: 'one' | 'many' | undefined; length: number }
  | { kind: 'shield'; length: number };

interface CompiledGuards {
  notFollowedBy: number[][];
  notPrecededBy: number[][];
  precededBy: number[][];
  near: number[][];
  notNear: number[][];
  window: number;
}

const FIRST_PERSON = ['i', "i'm", 'im', "i've", 'ive', "i'd", 'me', 'myself'];
/** Words that may sit between "I" and a term when people describe themselves ("I am a recovering addict"). */
const SELF_BRIDGE = ['am', 'was', 'been', 'be', 'being', 'become', 'became', 'have', 'had', 'still', 'a', 'an', 'also', 'once', 'now', 'currently', 'proud', 'really', 'always', 'used', 'to', 'feel', 'felt', 'called', 'call', 'myself', 'as', 'not', 'never', 'ever'];
const MENTION_WORDS = ['word', 'words', 'term', 'terms', 'phrase', 'phrases', 'label', 'labels', 'name', 'expression'];
const MENTION_DETERMINERS = ['the', 'a', 'this', 'that', 'such', 'as', 'like'];
const ARTICLES = ['a', 'an'];

const textSchema = z.string({ message: 'Pass the text to check as a string.' });

function wordsOf(vocabulary: Vocabulary, phrase: string): number[] {
  return tokenize(phrase).text.map((word) => vocabulary.intern(word));
}

function sequenceAt(ids: Int32Array, at: number, sequence: readonly number[], count: number): boolean {
  if (at < 0 || at + sequence.length > count) return false;
  for (let k = 0; k < sequence.length; k++) if (ids[at + k] !== sequence[k]) return false;
  return true;
}

/** Compiles the lexicon once into one automaton; the returned checker can be used many times. */
export function createChecker(options: CheckOptions = {}): Checker {
  return compileChecker(options).checker;
}

/** Internal: the checker plus a run function that counts its work (for the linear-time tests). */
export function compileChecker(options: CheckOptions = {}): { checker: Checker; run(text: string, stats?: CheckStats): Finding[] } {
  const parsed = parseWith(CheckOptionsSchema, options, 'set of checker options');
  const profile: Profile = parsed.profile ?? 'ui';
  const minRank = SEVERITY_RANK[parsed.minSeverity ?? 'info'];
  const extra = (parsed.extend ?? []).map((entry, index) =>
    parseWith(LexiconEntrySchema, entry, 'extra lexicon entry', ['extend', index]),
  );
  const allowIds = new Set<string>();
  const allowPhrases: string[] = [];
  const entries: LexiconEntry[] = [...(parsed.replaceLexicon ? [] : builtIn), ...extra];
  const knownIds = new Set(entries.map((entry) => entry.id));
  for (const item of parsed.allow ?? []) {
    if (knownIds.has(item)) allowIds.add(item);
    else allowPhrases.push(item);
  }
  const enabled = (entry: LexiconEntry): boolean =>
    !allowIds.has(entry.id) && parsed.categories?.[entry.category] !== false && entry.severity[profile] !== 'off';

  const vocabulary = new Vocabulary();
  const automaton = new Automaton();
  const patterns: PatternInfo[] = [];
  const addPattern = (phrase: string, info: (length: number) => PatternInfo): void => {
    const words = wordsOf(vocabulary, phrase);
    if (words.length === 0) return;
    automaton.add(words);
    patterns.push(info(words.length));
  };
  const guards: (CompiledGuards | undefined)[] = [];
  entries.forEach((entry, index) => {
    const active = enabled(entry);
    guards.push(active && entry.guards ? compileGuards(vocabulary, entry) : undefined);
    if (!active) return;
    const person = entry.kind === 'person';
    entry.terms.forEach((term, termIndex) => {
      for (const form of compoundForms(termText(term)))
        addPattern(form, (length) => ({ kind: 'term', entry: index, term: termIndex, number: person ? 'one' : undefined, length }));
    });
    if (person) {
      const plurals = entry.plurals ?? entry.terms.map((term) => pluralise(termText(term)));
      for (const term of plurals)
        for (const form of compoundForms(term)) addPattern(form, (length) => ({ kind: 'term', entry: index, term: -1, number: 'many', length }));
    }
    for (const phrase of entry.guards?.except ?? []) addPattern(phrase, (length) => ({ kind: 'shield', length }));
  });
  for (const phrase of [...NEVER_FLAG, ...allowPhrases]) addPattern(phrase, (length) => ({ kind: 'shield', length }));
  automaton.compile();

  const firstPerson = new Set(FIRST_PERSON.map((word) => vocabulary.intern(word)));
  const selfBridge = new Set(SELF_BRIDGE.map((word) => vocabulary.intern(word)));
  const mentionWords = new Set(MENTION_WORDS.map((word) => vocabulary.intern(word)));
  const mentionDeterminers = new Set(MENTION_DETERMINERS.map((word) => vocabulary.intern(word)));
  const articleIds = ARTICLES.map((word) => vocabulary.intern(word));

  function run(text: string, stats?: CheckStats): Finding[] {
    const tokens = tokenize(text);
    const ids = new Int32Array(tokens.count);
    for (let i = 0; i < tokens.count; i++) ids[i] = vocabulary.lookup(tokens.text[i] as string);
    const { matches, steps } = automaton.run(ids, tokens.count, tokens.sentence);
    if (stats) {
      stats.tokens += tokens.count;
      stats.steps += steps + tokens.count;
    }
    if (matches.length === 0) return [];

    // Shields: a term match wholly inside a shield match is dropped. coverEnd[i] is the furthest token
    // reached by a shield that starts at or before token i.
    let coverEnd: Int32Array | undefined;
    for (const match of matches) {
      if ((patterns[match.pattern] as PatternInfo).kind !== 'shield') continue;
      coverEnd ??= new Int32Array(tokens.count).fill(-1);
      if ((coverEnd[match.first] as number) < match.last) coverEnd[match.first] = match.last;
    }
    if (coverEnd) for (let i = 1; i < tokens.count; i++) if ((coverEnd[i] as number) < (coverEnd[i - 1] as number)) coverEnd[i] = coverEnd[i - 1] as number;

    const candidates: { first: number; last: number; entry: number; term: number; number: 'one' | 'many' | undefined }[] = [];
    for (const match of matches) {
      const info = patterns[match.pattern] as PatternInfo;
      if (info.kind !== 'term') continue;
      if (coverEnd && (coverEnd[match.first] as number) >= match.last) continue;
      const guard = guards[info.entry];
      if (guard && !guardAllows(guard, ids, tokens, match.first, match.last, info.number === 'many')) continue;
      candidates.push({ first: match.first, last: match.last, entry: info.entry, term: info.term, number: info.number });
    }
    // Longest match wins where matches overlap ("drug addict" over "addict").
    candidates.sort((a, b) => a.first - b.first || b.last - a.last);
    const findings: Finding[] = [];
    let keptLast = -1;
    let quotes: QuoteSpans | undefined;
    for (const candidate of candidates) {
      if (candidate.last <= keptLast) continue;
      keptLast = candidate.last;
      const entry = entries[candidate.entry] as LexiconEntry;
      let start = tokens.start[candidate.first] as number;
      let end = tokens.end[candidate.last] as number;
      let possessive = tokens.possessive[candidate.last] === 1;
      quotes ??= findQuotes(text);
      // "'drug users'": the mark after the s closes a quotation; it is not a plural possessive.
      if (possessive && quotes.closesAt(end - 1) && !/'s$/i.test(text.slice(end - 2, end))) {
        end -= 1;
        possessive = false;
      }
      const quote = quotes.around(start, end);
      const inCode = text.charAt(start - 1) === '`' && text.charAt(end) === '`';
      if (quote?.mention || inCode || isIntroducedAsWord(tokens, ids, candidate.first)) continue;
      let severity: Severity = entry.severity[profile] as Severity;
      let context: Finding['context'];
      if (quote) context = 'quoted';
      else if (entry.selfDescribed && isFirstPerson(ids, tokens, candidate.first)) context = 'first-person';
      if (context) severity = 'info';
      if (SEVERITY_RANK[severity] < minRank) continue;
      const grammar: MatchGrammar = { number: candidate.number, possessive, capital: false };
      const term = entry.terms[candidate.term];
      const own = term !== undefined && typeof term !== 'string' ? term.alternatives : undefined;
      const before = candidate.first - 1;
      const fitted = own === undefined && entry.alternatives.every((alternative) => typeof alternative !== 'string');
      if (fitted && candidate.number === 'one' && before >= 0 && tokens.sentence[before] === tokens.sentence[candidate.first]) {
        const article = articleIds.indexOf(ids[before] as number);
        if (article >= 0) {
          grammar.article = article === 0 ? 'a' : 'an';
          start = tokens.start[before] as number;
        }
      }
      const match = text.slice(start, end);
      grammar.capital = /^\p{Lu}/u.test(match) && !/^\p{Lu}+$/u.test(match.replace(/[^\p{L}]/gu, ''));
      const alternatives = fitAlternatives(own ?? entry.alternatives, grammar);
      findings.push({
        ruleId: entry.id,
        match,
        start,
        end,
        severity,
        category: entry.category,
        message: messageFor(entry, match, alternatives, context),
        alternatives,
        rationale: entry.rationale,
        sources: [...entry.sources],
        contested: entry.contested,
        ...(context ? { context } : {}),
      });
    }
    return findings;
  }

  /** "I am an addict", "I'm a recovering addict", "I relapsed": the writer describing themselves. */
  function isFirstPerson(ids: Int32Array, tokens: Tokens, first: number): boolean {
    const sentence = tokens.sentence[first];
    for (let i = first - 1; i >= 0 && i >= first - 6 && tokens.sentence[i] === sentence; i--) {
      const id = ids[i] as number;
      if (firstPerson.has(id)) return true;
      if (!selfBridge.has(id)) return false;
    }
    return false;
  }

  /** Introduced as a word: "the term addict", "such words as junkie". */
  function isIntroducedAsWord(tokens: Tokens, ids: Int32Array, first: number): boolean {
    const before = first - 1;
    const sentence = tokens.sentence[first];
    return (
      before >= 1 &&
      tokens.sentence[before - 1] === sentence &&
      mentionWords.has(ids[before] as number) &&
      mentionDeterminers.has(ids[before - 1] as number)
    );
  }

  const checker: Checker = {
    check: (text: string): Finding[] => run(parseWith(textSchema, text, 'text')),
    entries,
    profile,
  };
  return { checker, run };
}

/** Compounds written solid or apart name the same thing: "smackhead" and "smack head", "crackheads". */
const COMPOUND_HEAD = /^([a-z]{3,})(head|heads)$/;

export function compoundForms(term: string): string[] {
  const forms = [term];
  const words = term.split(' ');
  const last = words.at(-1) as string;
  if (words.length >= 2 && /^heads?$/.test(last)) forms.push([...words.slice(0, -2), `${words.at(-2)}${last}`].join(' '));
  const solid = COMPOUND_HEAD.exec(last);
  if (solid) forms.push([...words.slice(0, -1), solid[1], solid[2]].join(' '));
  return forms;
}

function compileGuards(vocabulary: Vocabulary, entry: LexiconEntry): CompiledGuards {
  const g = entry.guards ?? {};
  const compile = (list: string[] | undefined): number[][] => (list ?? []).map((phrase) => wordsOf(vocabulary, phrase));
  return {
    notFollowedBy: compile(g.notFollowedBy),
    notPrecededBy: compile(g.notPrecededBy),
    precededBy: compile(g.precededBy),
    near: compile(g.near),
    notNear: compile(g.notNear),
    window: g.window ?? 4,
  };
}

function guardAllows(guard: CompiledGuards, ids: Int32Array, tokens: Tokens, first: number, last: number, plural: boolean): boolean {
  const count = tokens.count;
  const sentence = tokens.sentence[first];
  const sameSentence = (from: number, length: number): boolean =>
    from >= 0 && from + length <= count && tokens.sentence[from] === sentence && tokens.sentence[from + length - 1] === sentence;
  for (const sequence of guard.notFollowedBy) if (sameSentence(last + 1, sequence.length) && sequenceAt(ids, last + 1, sequence, count)) return false;
  const precededBy = (sequence: number[]): boolean => {
    const at = first - sequence.length;
    return sameSentence(at, sequence.length) && sequenceAt(ids, at, sequence, count);
  };
  if (guard.notPrecededBy.some(precededBy)) return false;
  if (!plural && guard.precededBy.length > 0 && !guard.precededBy.some(precededBy)) return false;
  const within = (list: number[][]): boolean => {
    for (const sequence of list) {
      for (let at = first - guard.window; at <= last + guard.window; at++) {
        if (at >= first && at <= last) continue;
        if (sameSentence(at, sequence.length) && sequenceAt(ids, at, sequence, count)) return true;
      }
    }
    return false;
  };
  if (guard.notNear.length > 0 && within(guard.notNear)) return false;
  if (guard.near.length > 0 && !within(guard.near)) return false;
  return true;
}

function messageFor(entry: LexiconEntry, match: string, alternatives: string[], context: Finding['context']): string {
  const replacements = alternatives.filter(isReplacement);
  const advice = alternatives.filter((alternative) => !isReplacement(alternative));
  const instead = [
    replacements.length > 0 ? `Consider ${replacements.map((alt) => `“${alt}”`).join(' or ')} instead of “${match}”.` : '',
    advice.length > 0 ? `For “${match}”, ${advice.join('; or ')}.`.replace(/\.\.$/, '.') : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (context === 'quoted') return `“${match}” is inside quoted words. If they are the person's own words, keep them; otherwise: ${instead}`;
  if (context === 'first-person') return `“${match}” seems to describe the writer themselves, which is their choice. ${entry.rationale}`;
  const note = entry.note ? ` ${entry.note}` : entry.category === 'suicide' ? ` ${SUPPORT_NOTE}` : '';
  return `${instead} ${entry.rationale}${entry.contested ? ' People in the sector differ on this term, so it is a suggestion.' : ''}${note}`.trim();
}
