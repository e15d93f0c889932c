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

/** Added to the message of suicide and self-harm findings meant for the public. */
export const SUPPORT_NOTE =
  'Where this text reaches the public, consider showing support contacts nearby, such as Samaritans on 116 123.';
