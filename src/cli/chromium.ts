/** How every headless Chromium of the project starts: Debian's binary, offline, no sandbox (root in CI). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps trying Google's hosts on this closed network.
export const HEADLESS_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium flags for a fake camera that plays `y4m` (a raw video file) and media that plays by itself. */
export const fakeCameraArgs = (y4m: string): string[] => [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-video-capture=${y4m}`,
  '--autoplay-policy=no-user-gesture-required',
];
