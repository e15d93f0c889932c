/**
 * Phrases we never flag, even when a lexicon term sits inside them: the Scottish sector's preferred
 * terms, names of organisations and laws, and other established names. A finding that lies wholly inside
 * one of these is dropped.
 */
export const NEVER_FLAG: readonly string[] = [
  // Preferred terms in Scotland.
  'people who use drugs',
  'person who uses drugs',
  'problem drug use',
  'alcohol problem',
  'alcohol problems',
  'drug-related death',
  'drug-related deaths',
  'lived experience',
  'living experience',
  'addiction services',
  'addiction service',
  'alcohol and drug services',
  'clinical addictions psychologist',
  'Medication Assisted Treatment',
  'opioid substitution therapy',
  // Names of organisations, programmes and laws.
  'Alcoholics Anonymous',
  'Narcotics Anonymous',
  'Cocaine Anonymous',
  'Adult Children of Alcoholics',
  'Substance Abuse and Mental Health Services Administration',
  'National Institute on Drug Abuse',
  'National Institute on Alcohol Abuse and Alcoholism',
  'Misuse of Drugs Act',
  'Misuse of Drugs Act 1971',
  'Misuse of Drugs Regulations',
  'Alcohol and Drug Partnership',
  'Alcohol and Drug Partnerships',
  'Drug Deaths Taskforce',
  'Scottish Drugs Forum',
  'Mental Health (Care and Treatment) (Scotland) Act',
  'Adult Support and Protection',
  'Domestic Abuse (Scotland) Act',
  'Suicide Prevention Scotland',
  'Samaritans',
];
