/** The <video> element the camera or a file plays in, and starting it. */
export function createVideoElement(): HTMLVideoElement {
  const v = document.createElement('video');
  v.muted = true;
  v.playsInline = true;
  v.setAttribute('playsinline', '');
  v.setAttribute('aria-label', 'Camera picture');
  return v;
}

/** Plays and waits until the frame size is known. */
export async function playVideo(video: HTMLVideoElement): Promise<void> {
  await video.play();
  if (!video.videoWidth) {
    await new Promise<void>((resolve) => video.addEventListener('loadedmetadata', () => resolve(), { once: true }));
  }
}
