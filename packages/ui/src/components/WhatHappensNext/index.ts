export { WhatHappensNext } from './WhatHappensNext';
export type { WhatHappensNextProps, NextStep } from './WhatHappensNext';
