/** Opening the laptop camera: a sensible resolution, the picked device, and the list to pick from. */
export interface CameraInfo {
  deviceId: string;
  label: string;
}

export async function openCamera(deviceId?: string): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) {
    throw Object.assign(new Error('This page cannot use a camera (it needs https or localhost)'), { name: 'TypeError' });
  }
  if (deviceId) {
    try {
      return await requestCamera(deviceId);
    } catch (e) {
      // The chosen camera is gone (unplugged since it was picked): the default one will do.
      const name = (e as { name?: string }).name;
      if (name !== 'OverconstrainedError' && name !== 'NotFoundError') throw e;
    }
  }
  return requestCamera(undefined);
}

function requestCamera(deviceId: string | undefined): Promise<MediaStream> {
  // 720p is plenty for BlazePose (it works on 256 px crops) and keeps decoding cheap.
  return navigator.mediaDevices.getUserMedia({
    audio: false,
    video: {
      deviceId: deviceId ? { exact: deviceId } : undefined,
      facingMode: deviceId ? undefined : 'user',
      width: { ideal: 1280 },
      height: { ideal: 720 },
      frameRate: { ideal: 30, max: 30 },
    },
  });
}

export async function listCameras(): Promise<CameraInfo[]> {
  if (!navigator.mediaDevices?.enumerateDevices) return [];
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices
    .filter((d) => d.kind === 'videoinput')
    .map((d, i) => ({ deviceId: d.deviceId, label: d.label || `Camera ${i + 1}` }));
}
