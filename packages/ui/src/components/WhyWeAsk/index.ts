export { WhyWeAsk } from './WhyWeAsk';
export type { WhyWeAskProps } from './WhyWeAsk';
