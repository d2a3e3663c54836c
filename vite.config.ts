import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createReadStream, cpSync, existsSync, statSync } from 'node:fs';
import { join, extname, normalize, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pwa } from './pwa.config';
import { CSP_HEADER, cspMeta } from './csp.config';

const modelsDir = join(import.meta.dirname, 'models');

// `@mediapipe/pose/pose.js` is a classic script that sets `globalThis.Pose` and exports nothing;
// Vite 8 (rolldown) rejects `import { Pose }` from it, so give it the export it lacks.
function mediapipePoseExport(): Plugin {
  return {
    name: 'mediapipe-pose-export',
    transform(code, id) {
      if (id.replace(/\\/g, '/').split('?')[0].endsWith('@mediapipe/pose/pose.js')) {
        return { code: `${code}\nexport const Pose = globalThis.Pose;\n`, map: null };
      }
      return null;
    },
  };
}

const contentTypes: Record<string, string> = {
  '.wasm': 'application/wasm',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
  '.tflite': 'application/octet-stream',
  '.data': 'application/octet-stream',
  '.binarypb': 'application/octet-stream',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};

// Serves a folder at a URL prefix with long-lived caching, without Vite hashing or inlining it.
function folderHandler(prefix: string, dir: string) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const url = (req.url ?? '').split('?')[0];
    if (!url.startsWith(prefix)) return next();
    const file = normalize(join(dir, decodeURIComponent(url.slice(prefix.length))));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      res.end(`Not found: ${url}. Run \`npm install\` to copy the model files into models/.`);
      return;
    }
    res.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Content-Length', String(statSync(file).size));
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    createReadStream(file).pipe(res);
  };
}

// models/ is served at /models/ and copied into dist/ on build (100 MB of binaries). fixtures/ is
// served at /fixtures/ by the dev and preview servers only, so deep links can replay test tracks.
function serveModelsAndFixtures(): Plugin {
  const models = folderHandler('/models/', modelsDir);
  const fixtures = folderHandler('/fixtures/', join(import.meta.dirname, 'fixtures'));
  return {
    name: 'serve-models-and-fixtures',
    configureServer(server) {
      server.middlewares.use(models);
      server.middlewares.use(fixtures);
    },
    configurePreviewServer(server) {
      server.middlewares.use(models);
      server.middlewares.use(fixtures);
    },
    closeBundle() {
      if (existsSync(modelsDir)) cpSync(modelsDir, join(import.meta.dirname, 'dist', 'models'), { recursive: true });
    },
  };
}

export default defineConfig({
  plugins: [svelte(), mediapipePoseExport(), serveModelsAndFixtures(), pwa(), cspMeta()],
  // The detector worker (src/pose/worker) is an ES module worker, so it can load runtimes lazily.
  worker: { format: 'es', plugins: () => [mediapipePoseExport()] },
  optimizeDeps: {
    rolldownOptions: { plugins: [mediapipePoseExport()] },
  },
  build: {
    target: 'es2022',
    rolldownOptions: {
      // tools.html: the headless page the extract CLI and detector benchmark drive.
      input: { main: join(import.meta.dirname, 'index.html'), tools: join(import.meta.dirname, 'tools.html') },
    },
    chunkSizeWarningLimit: 4000,
  },
  server: { strictPort: true, headers: { 'Content-Security-Policy': CSP_HEADER } },
  preview: { strictPort: true, headers: { 'Content-Security-Policy': CSP_HEADER } },
});
