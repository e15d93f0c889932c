// Light or dark colours: the device's setting unless the person picks one here, remembered in this browser.
// data-theme is always set on the document (from the device when nothing is chosen), so styles need only
// one [data-theme='dark'] rule, never a second copy inside a media query.
import { useState } from 'react';
import { Select } from '@nttp/ui';

export type ThemeChoice = 'device' | 'light' | 'dark';
export const THEME_KEY = 'nttp-pathfinder:theme';

export function readTheme(): ThemeChoice {
  try {
    const saved = localStorage.getItem(THEME_KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'device';
  } catch {
    return 'device';
  }
}

const deviceDark = () => typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
let followDevice: (() => void) | null = null;

/** Sets data-theme on the whole document; with 'device', follows the device's setting as it changes. */
export function applyTheme(choice: ThemeChoice): void {
  const set = () => document.documentElement.setAttribute('data-theme', choice === 'device' ? (deviceDark() ? 'dark' : 'light') : choice);
  set();
  const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  if (followDevice) query?.removeEventListener('change', followDevice);
  followDevice = choice === 'device' ? set : null;
  if (followDevice) query?.addEventListener('change', followDevice);
}

export function ThemeSwitch() {
  const [choice, setChoice] = useState<ThemeChoice>(readTheme);
  return (
    <Select
      label="Colours"
      className="app-theme-select"
      value={choice}
      options={[
        { value: 'device', label: 'The same as this device' },
        { value: 'light', label: 'Light' },
        { value: 'dark', label: 'Dark' },
      ]}
      onChange={(event) => {
        const next = event.target.value as ThemeChoice;
        setChoice(next);
        applyTheme(next);
        try {
          if (next === 'device') localStorage.removeItem(THEME_KEY);
          else localStorage.setItem(THEME_KEY, next);
        } catch {
          // Storage can be switched off: the choice then lasts until the page closes.
        }
      }}
    />
  );
}
