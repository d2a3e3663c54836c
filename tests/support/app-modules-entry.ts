/** What tests/support/app-modules.ts loads through Vite, one namespace per folder of the app. */
export * as exercises from '../../src/exercises';
export * as synth from '../../src/synth';
export * as robustness from './robustness-modules';
export * as program from './program-modules';
