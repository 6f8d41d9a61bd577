/**
 * The app's look, chosen by a person: System (the computer's light or dark, the default), Light or
 * Dark (theme.ts). A native select, named by its label "Appearance" and reached by Tab: the choice
 * applies as it is made, and the select says it. In the library's header, with what belongs to the
 * app rather than to a board (a facilitator about to project forces Light there).
 */
import { useSyncExternalStore } from 'react';
import { chooseTheme, currentTheme, isThemeChoice, subscribeTheme, THEME_CHOICES, THEME_LABELS } from './theme';

export function AppearanceChoice() {
  const choice = useSyncExternalStore(subscribeTheme, currentTheme);
  return (
    <label className="appearance">
      Appearance
      <select
        value={choice}
        onChange={(e) => {
          if (isThemeChoice(e.target.value)) chooseTheme(e.target.value);
        }}
      >
        {THEME_CHOICES.map((option) => (
          <option key={option} value={option}>
            {THEME_LABELS[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
