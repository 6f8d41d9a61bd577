/**
 * A person's initials in their colour; the name is in the title (and next to it where it fits).
 * White initials, or dark ones on a light colour a file brought (shared/model.ts initialsColour).
 */
import { memo } from 'react';
import { initialsColour, type Person } from '../../shared/model';

export const PersonAvatar = memo(function PersonAvatar({ person, size = 'normal' }: { readonly person: Person; readonly size?: 'normal' | 'small' }) {
  return (
    <span className={`avatar avatar--${size}`} style={{ backgroundColor: person.colour, color: initialsColour(person.colour) }} title={person.name} aria-hidden="true">
      {person.initials}
    </span>
  );
});
