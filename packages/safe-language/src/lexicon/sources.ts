/** The guidance each entry cites. Rationales are written in our own words. */
export const SOURCES = {
  sdfMisuse: 'https://sdf.org.uk/feedback-on-the-term-drug-misuse',
  sdfGlossary: 'https://idpc.net/publications/2020/10/moving-beyond-people-first-language-a-glossary-of-contested-terms-in-substance-use',
  nrs: 'https://nrscotland.gov.uk/publications/summary-of-feedback-on-drug-related-deaths-terminology',
  ddtf: 'https://drugdeathstaskforce.scot/about-the-taskforce/tackling-stigma/',
  renfrewshire: 'https://www.renfrewshire.gov.uk/article/11023/Appendix-D---Language-Matters-resource',
  mat: 'https://www.gov.scot/publications/medication-assisted-treatment-mat-standards-scotland-access-choice-support/pages/19/',
  northLanarkshire: 'https://www.northlanarkshire.gov.uk/social-care-and-health/promise/language-guide',
  wasNotBrought: 'https://learning.nspcc.org.uk/news/why-language-matters/digging-deeper-than-did-not-attend',
  hardToReach:
    'https://learning.nspcc.org.uk/news/why-language-matters/not-hard-to-reach-reframing-responsibility-for-accessing-services',
  zeroTolerance: 'https://www.zerotolerance.org.uk/domestic-abuse/',
  ondcp: 'https://obamawhitehouse.archives.gov/ondcp/changing-the-language-draft',
  nida: 'https://nida.nih.gov/nidamed-medical-health-professionals/health-professions-education/words-matter-terms-to-use-avoid-when-talking-about-addiction',
  aap: 'https://publications.aap.org/pediatrics/article/149/6/e2022057529/188090/',
  shift: 'http://www.shift.org.uk/mediahandbook/whatsthestory/language/index.html',
  suicideReporting: 'https://tfn.scot/news/guidelines-will-transform-suicide-reporting-in-scotland',
  selfHarm: 'https://languageplease.org/self-harm',
  writingForWellbeing:
    'https://blogs.gov.scot/digital/2025/06/18/writing-for-wellbeing-why-we-created-a-trauma-and-stress-writing-guide',
} as const;

export type SourceUrl = (typeof SOURCES)[keyof typeof SOURCES];

/** Each source by its title and publisher, so people can judge it without opening the link. */
export const SOURCE_DETAILS: Record<SourceUrl, { title: string; publisher: string }> = {
  [SOURCES.sdfMisuse]: { title: 'Feedback on the term “drug misuse”', publisher: 'Scottish Drugs Forum' },
  [SOURCES.sdfGlossary]: { title: 'Moving beyond “people-first” language: a glossary of contested terms in substance use', publisher: 'Scottish Drugs Forum' },
  [SOURCES.nrs]: { title: 'Summary of feedback on drug-related deaths terminology', publisher: 'National Records of Scotland' },
  [SOURCES.ddtf]: { title: 'Tackling stigma', publisher: 'Scottish Drug Deaths Taskforce' },
  [SOURCES.renfrewshire]: { title: 'Language Matters resource (Appendix D)', publisher: 'Renfrewshire Council' },
  [SOURCES.mat]: { title: 'Medication Assisted Treatment (MAT) standards: access, choice, support', publisher: 'Scottish Government' },
  [SOURCES.northLanarkshire]: { title: 'The Promise: language guide', publisher: 'North Lanarkshire Council' },
  [SOURCES.wasNotBrought]: { title: 'Digging deeper than “did not attend”', publisher: 'NSPCC Learning' },
  [SOURCES.hardToReach]: { title: 'Not “hard to reach”: reframing responsibility for accessing services', publisher: 'NSPCC Learning' },
  [SOURCES.zeroTolerance]: { title: 'Domestic abuse', publisher: 'Zero Tolerance' },
  [SOURCES.ondcp]: { title: 'Changing the language (draft)', publisher: 'Office of National Drug Control Policy, United States' },
  [SOURCES.nida]: { title: 'Words matter: terms to use and avoid when talking about addiction', publisher: 'National Institute on Drug Abuse, United States' },
  [SOURCES.aap]: { title: 'Article e2022057529, Pediatrics volume 149 issue 6 (2022)', publisher: 'American Academy of Pediatrics' },
  [SOURCES.shift]: { title: 'Media handbook: language', publisher: 'Shift' },
  [SOURCES.suicideReporting]: { title: 'Guidelines will transform suicide reporting in Scotland', publisher: 'Third Force News' },
  [SOURCES.selfHarm]: { title: 'Self-harm', publisher: 'Language, Please' },
  [SOURCES.writingForWellbeing]: { title: 'Writing for wellbeing: why we created a trauma and stress writing guide', publisher: 'Scottish Government digital blog' },
};

/** A source's title and publisher; an address we do not know is described by its site. */
export function describeSource(url: string): { title: string; publisher: string } {
  const known = (SOURCE_DETAILS as Record<string, { title: string; publisher: string }>)[url];
  if (known) return known;
  let site = url;
  try {
    site = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // Not an address: show it as written.
  }
  return { title: site, publisher: site };
}

/** Added to the message of suicide and self-harm findings meant for the public. */
export const SUPPORT_NOTE =
  'Where this text reaches the public, consider showing support contacts nearby, such as Samaritans on 116 123.';
