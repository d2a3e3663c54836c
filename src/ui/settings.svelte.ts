/** The app's settings, one reactive object shared by every screen and saved to localStorage. */
import { SETTINGS_KEY, parseSettings, type Settings } from './settings-data';

function load(): Settings {
  try {
    return parseSettings(globalThis.localStorage?.getItem(SETTINGS_KEY) ?? null);
  } catch {
    return parseSettings(null);
  }
}

export const settings: Settings = $state(load());

/** Saves the current settings; call after a change (the settings panel does). */
export function saveSettings(): void {
  try {
    globalThis.localStorage?.setItem(SETTINGS_KEY, JSON.stringify($state.snapshot(settings)));
  } catch {
    // Private mode or full storage: settings then last for this page only.
  }
}
