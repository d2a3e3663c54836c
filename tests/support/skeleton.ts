import type { Page } from '@playwright/test';

/** Waits until the live view has drawn a skeleton (frames arrive and the detector finds a person). */
export async function waitForSkeleton(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    () => {
      const c = document.querySelector<HTMLCanvasElement>('[data-testid=skeleton-canvas]');
      if (!c || !c.width) return false;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
      return n > 300;
    },
    undefined,
    { timeout },
  );
}

/** Share of the canvas's pixels in a colour close to `rgb`. */
export async function colourShare(page: Page, testId: string, rgb: [number, number, number]): Promise<number> {
  return page.evaluate(
    ({ testId, rgb }) => {
      const c = document.querySelector<HTMLCanvasElement>(`[data-testid=${testId}]`)!;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (d[i + 3] > 200 && Math.abs(d[i] - rgb[0]) < 30 && Math.abs(d[i + 1] - rgb[1]) < 30 && Math.abs(d[i + 2] - rgb[2]) < 30) n++;
      }
      return n / (d.length / 4);
    },
    { testId, rgb },
  );
}
