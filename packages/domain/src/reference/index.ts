export * from './principles';
export * from './themes';
export * from './nes-levels';
export * from './phases';
export * from './toc-stages';
// the seeded generator fixtures and layouts share, zod-free like the rest of this entry
export { seededRandom } from '../random';
