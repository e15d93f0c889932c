export { GentleCallout, CALLOUT_TONE_TEXT } from './GentleCallout';
export type { GentleCalloutProps, CalloutTone } from './GentleCallout';
