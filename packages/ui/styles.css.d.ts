// Types for `import '@nttp/ui/styles.css'`, so it type-checks without a bundler's client types:
// TypeScript 6 checks side-effect imports (TS2882) and finds this file through the export's `types`
// condition. The stylesheet exports nothing; importing it applies the styles.
export {};
