/**
 * The Content-Security-Policy, written once: the app's own origin only, plus `'wasm-unsafe-eval'`
 * for the pose runtimes' WebAssembly and `blob:` for what they build in memory. index.html gets it
 * as a meta tag (so any static host enforces it), and the dev and preview servers send it as a
 * header with `frame-ancestors 'none'`, which a meta tag cannot carry (no page may frame the app
 * and its camera picture). A static host should send CSP_HEADER (see README, "Hosting").
 */
import type { Plugin } from 'vite';

const POLICY: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'worker-src': "'self' blob:",
  'connect-src': "'self' blob: data:",
  'img-src': "'self' data: blob:",
  'media-src': "'self' blob:",
  'style-src': "'self' 'unsafe-inline'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

const serialize = (policy: Record<string, string>) =>
  Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources}`)
    .join('; ');

export const CSP_META = serialize(POLICY);
export const CSP_HEADER = serialize({ ...POLICY, 'frame-ancestors': "'none'" });

/** Puts the policy's meta tag first in the app page's head, before any script. */
export function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    transformIndexHtml: (_html, { path }) =>
      path.endsWith('/index.html') ? [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META }, injectTo: 'head-prepend' }] : [],
  };
}
