// The few values of @nttp/domain that the layout core uses, from its zod-free entry. Only the worker
// build (build-worker.mjs) points '@nttp/domain' here, so dist/worker.js carries the layout and nothing
// else: the page has parsed the input already.
export { THEMES, TOC_NODE_KINDS, seededRandom, stageIndex } from '@nttp/domain/reference';
