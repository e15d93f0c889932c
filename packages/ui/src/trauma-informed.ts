// The trauma-informed components of @nttp/ui, re-exported by src/index.ts. Each one serves one of the
// five principles first; docs/trauma-informed.md says which, and why.
export * from './components/BreathingPacer';
export * from './components/ConsentControl';
export * from './components/ContentWarning';
export * from './components/DataUseSummary';
export * from './components/ExitThisPage';
export * from './components/FeedbackPrompt';
export * from './components/GentleCallout';
export * from './components/LikertScale';
export * from './components/MotionSafe';
export * from './components/OptionalAnswer';
export * from './components/PauseAndReturn';
export * from './components/ProgressSummary';
export * from './components/SupportSignpost';
export * from './components/TaskList';
export * from './components/TimeoutWarning';
export * from './components/WhatHappensNext';
export * from './components/WhyWeAsk';
