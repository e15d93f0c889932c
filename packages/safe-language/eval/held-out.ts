import type { EvalSentence } from './sentences';

/**
 * A second set, written after the lexicon and the main set were tuned. Its first score, before anything
 * was changed for it, was recall 93.3% and false positives 6.7%: it missed "was clean for a year" and
 * "came back dirty", and flagged "completed suicide prevention training" and "alcoholic and
 * alcohol-free options". Those four led to general guards, so the set is no longer strictly held out;
 * it is kept to catch regressions. Reported by `pnpm bench`; the tests only check its shape.
 */
const flag = (text: string): EvalSentence => ({ text, stigmatising: true });
const trap = (text: string): EvalSentence => ({ text, stigmatising: false });

export const HELD_OUT_SET: readonly EvalSentence[] = [
  flag('Referral from GP: known IV drug user, requests a script.'),
  flag('The stairwell is full of junkies at night.'),
  flag('Mum has been an alcoholic since the twins were born.'),
  flag('He is a chronic drug abuser with multiple admissions.'),
  flag('Evidence of ongoing substance abuse in the home.'),
  flag('She was clean for a year before the breakup.'),
  flag('Urine came back dirty for benzos.'),
  flag('The newborn was addicted to methadone.'),
  flag('He suffers from PTSD after his time in the army.'),
  flag('Not another psycho on the ward tonight.'),
  flag('Patient is manipulative and demanding of staff time.'),
  flag('Mr K lacks insight into his drinking.'),
  flag('Client continues to be non-compliant with his medication regime.'),
  flag('She refuses to engage with the family support worker.'),
  flag('He is one of our frequent flyers at the front desk.'),
  flag('We struggle to reach hard to reach groups such as travellers.'),
  flag('You have failed to pay your rent for three months.'),
  flag('Child was not brought. Mum DNAs most appointments.'),
  flag('Homeless people sleep in the car park every night.'),
  flag('The young person absconded from the residential unit.'),
  flag('Support for abuse victims is available in the evening.'),
  flag('Police logged it as a domestic dispute.'),
  flag('Some of the girls are working as prostitutes.'),
  flag('She is putting herself at risk by meeting men online.'),
  flag('Her brother committed suicide last spring.'),
  flag('He survived a failed suicide attempt in 2020.'),
  flag('The overdose was a cry for help, nothing more.'),
  flag('He is a serial self-harmer.'),
  flag('Drug addicts are not welcome in the café.'),
  flag('The mentally ill should be kept away from schools.'),
  trap('The café now serves non-alcoholic beer.'),
  trap('Sexual abuse can happen to anyone, at any age.'),
  trap('Our team supports people who use drugs and their families.'),
  trap('Register for the frequent flyer scheme at the airport.'),
  trap('Relapsing-remitting MS clinic is on the second floor.'),
  trap('The developers keep the code clean and tested.'),
  trap('Alcoholics Anonymous meets at the community centre.'),
  trap('The Misuse of Drugs Act 1971 controls these substances.'),
  trap('Addiction services offer same-day prescribing.'),
  trap('The island is hard to reach in winter storms.'),
  trap('DNA samples were taken at the police station.'),
  trap('The charity supports people seeking asylum.'),
  trap('The form is non-compliant with the data standard.'),
  trap('She declined the appointment and asked for another date.'),
  trap('We offer short breaks for families.'),
  trap('He lives with bipolar disorder and works as a nurse.'),
  trap('Staff completed suicide prevention training.'),
  trap('The login attempt failed three times.'),
  trap('He used a cutter to trim the carpet.'),
  trap('Please clean the kitchen after use.'),
  trap('Children who have experienced abuse are supported by the team.'),
  trap('The drinks menu includes alcoholic and alcohol-free options.'),
  trap('She was sexually exploited as a child.'),
  trap('Relapse prevention plans are reviewed monthly.'),
  trap('Naloxone kits prevent deaths from overdose.'),
  trap('People with convictions can apply for the job.'),
  trap('People experiencing homelessness can use the showers.'),
  trap('He died by suicide in 2019.'),
  trap('The match kicked off late because of the rain.'),
  trap('Our user research included people in recovery.'),
];
