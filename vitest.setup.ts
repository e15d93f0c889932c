// Property tests must stay bounded on a 2-core CI machine: a failing property reports its first
// counterexample after a bounded shrink instead of searching for minutes.
import fc from 'fast-check';

fc.configureGlobal({ interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true, endOnFailure: process.env.FC_END_ON_FAILURE === '1' });
