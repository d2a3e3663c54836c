/** Browser-test helpers: record what the app asks the speech engine to say. */
import type { Page } from '@playwright/test';

/** Records what the app asks the speech engine to say (and lets `end` fire at once). */
export async function captureSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const said: string[] = [];
    (window as unknown as { __said: string[] }).__said = said;
    const synth = window.speechSynthesis;
    if (!synth) return;
    synth.speak = (u: SpeechSynthesisUtterance) => {
      said.push(u.text);
      setTimeout(() => u.onend?.(new Event('end') as SpeechSynthesisEvent), 30);
    };
  });
}

export const spoken = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __said: string[] }).__said.slice());
