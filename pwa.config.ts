/**
 * Installable and offline (issue 13). The app shell (HTML, JS, CSS, icon) is precached; the model
 * files are cached at run time the first time the detector loads them, so a first visit downloads
 * only the runtime and model it uses, and every later workout runs with the network off. Updates
 * wait for the person (registerType 'prompt'): a new version is applied from the home screen,
 * never in the middle of a workout. Registration is done by src/app-update.svelte.ts (no inline
 * script: the Content-Security-Policy allows only the site's own files).
 */
import { VitePWA } from 'vite-plugin-pwa';

export const MODELS_CACHE = 'spine-coach-models';

export function pwa() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'Spine Coach',
      short_name: 'Spine Coach',
      description: 'A home back routine, counted and corrected from your webcam. Nothing leaves your computer.',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#0b1118',
      theme_color: '#0b1118',
      icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any maskable' }],
    },
    workbox: {
      // The first install takes over the open page at once, so the model it loads next is cached;
      // an update still waits (no skipWaiting) until the person applies it between workouts.
      clientsClaim: true,
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      // Models are tens of MB each: cached when first used (below), never all precached.
      // fixtures/ are test tracks served by the preview server only.
      globIgnores: ['models/**', 'fixtures/**'],
      // The detector bundles (tfjs, mediapipe glue) are a few MB.
      maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^\/models\//, /^\/fixtures\//, /^\/tools\.html/],
      runtimeCaching: [
        {
          urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/models/'),
          handler: 'CacheFirst',
          options: { cacheName: MODELS_CACHE, cacheableResponse: { statuses: [200] } },
        },
      ],
    },
  });
}
