// The self-contained build of the custom element (dist/element.bundle.js): zod and @nttp/domain are
// bundled in, so a plain <script type="module"> can load it from any server or CDN without an import map.
export * from './index';
export { toScriptJson } from '../script-json';
