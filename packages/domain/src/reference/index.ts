export * from './principles';
export * from './themes';
export * from './nes-levels';
export * from './phases';
