/**
 * The service worker (pwa.config.ts) and its updates. A new version is never applied by itself:
 * the home screen offers it, so a workout is never reloaded under the person.
 */
import { registerSW } from 'virtual:pwa-register';

export const appUpdate = $state({
  /** A new version is downloaded and waits for the person to apply it. */
  ready: false,
  /** Everything the app shell needs is cached: the app starts without the network. */
  offlineReady: false,
});

let applyWaiting: ((reload?: boolean) => Promise<void>) | null = null;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  applyWaiting = registerSW({
    onNeedRefresh: () => (appUpdate.ready = true),
    onOfflineReady: () => (appUpdate.offlineReady = true),
  });
}

/** Activates the waiting version and reloads; only offered between workouts. */
export function applyUpdate(): void {
  void applyWaiting?.(true);
}
