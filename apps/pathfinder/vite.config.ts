import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { sourceResolution } from '../../vitest.shared.ts';

/**
 * The built app may talk to nothing but its own origin: a Content Security Policy says so to the
 * browser. (Only in the build: the dev server's React refresh needs an inline script.)
 */
function contentSecurityPolicy(): Plugin {
  // Inline <style> is allowed (the Theory of Change diagram carries its own); scripts and connections are not.
  const policy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'";
  return {
    name: 'pathfinder-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

// The app builds straight from the workspace packages' source (the "@nttp/source" condition).
export default defineConfig({
  ...sourceResolution,
  plugins: [react(), contentSecurityPolicy()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { sourcemap: true },
});
