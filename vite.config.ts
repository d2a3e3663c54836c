import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createReadStream, cpSync, existsSync, statSync } from 'node:fs';
import { join, extname, normalize, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

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
};

// Serves models/ at /models/ in dev and preview, and copies it into dist/ on build, without
// making Vite hash or inline 100 MB of binaries.
function serveModels(): Plugin {
  const handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const url = (req.url ?? '').split('?')[0];
    if (!url.startsWith('/models/')) return next();
    const file = normalize(join(modelsDir, decodeURIComponent(url.slice('/models/'.length))));
    if (!file.startsWith(modelsDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      res.end(`Not found: ${url}. Run \`npm install\` to copy the model files into models/.`);
      return;
    }
    res.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Content-Length', String(statSync(file).size));
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    createReadStream(file).pipe(res);
  };
  return {
    name: 'serve-models',
    configureServer(server) {
      server.middlewares.use(handler);
    },
    configurePreviewServer(server) {
      server.middlewares.use(handler);
    },
    closeBundle() {
      if (existsSync(modelsDir)) cpSync(modelsDir, join(import.meta.dirname, 'dist', 'models'), { recursive: true });
    },
  };
}

export default defineConfig({
  plugins: [svelte(), mediapipePoseExport(), serveModels()],
  optimizeDeps: {
    rolldownOptions: { plugins: [mediapipePoseExport()] },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
  },
  server: { strictPort: true },
  preview: { strictPort: true },
});
