/**
 * The app's modules the browser tests compute with (exercise specs, synthetic tracks, fault
 * injection), loaded through Vite's module runner as the app, Vitest and the CLIs load them: the
 * registries find their files by import.meta.glob, which only Vite provides, and Playwright's own
 * loader does not.
 */
import { runnerImport } from 'vite';
import type * as Modules from './app-modules-entry';

export const { exercises, synth, robustness, program } = (await runnerImport<typeof Modules>('tests/support/app-modules-entry.ts', { logLevel: 'error' })).module;
