#!/usr/bin/env node
/**
 * node scripts/run.mjs FILE.ts [ARGS...]: runs a TypeScript entry point through Vite's module
 * runner, so the CLIs load the app's modules exactly as the app and Vitest do (import.meta.glob
 * included: the exercise and motion registries find their files by it). process.argv is what the
 * entry would see if node ran it directly: [node, FILE, ARGS...].
 */
import { resolve } from 'node:path';
import { createRunnableDevEnvironment, resolveConfig } from 'vite';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run.mjs FILE.ts [ARGS...]');
  process.exit(2);
}
const file = resolve(entry);
process.argv = [process.argv[0], file, ...args];

// The same isolated environment as Vite's own runnerImport (no config file, node_modules left to
// node), kept open for as long as the process lives so that an entry's lazy imports still load.
const config = await resolveConfig(
  {
    configFile: false,
    logLevel: 'error',
    environments: {
      cli: { consumer: 'server', dev: { moduleRunnerTransform: true }, resolve: { external: true, mainFields: [], conditions: ['node'] } },
    },
  },
  'serve',
);
const environment = createRunnableDevEnvironment('cli', config, { runnerOptions: { hmr: false }, hot: false });
await environment.init();
await environment.runner.import(file);
