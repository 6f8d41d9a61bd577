/** A person's initials in their colour; the name is in the title (and next to it where it fits). */
import { memo } from 'react';
import type { Person } from '../../shared/model';

export const PersonAvatar = memo(function PersonAvatar({ person, size = 'normal' }: { readonly person: Person; readonly size?: 'normal' | 'small' }) {
  return (
    <span className={`avatar avatar--${size}`} style={{ backgroundColor: person.colour }} title={person.name} aria-hidden="true">
      {person.initials}
    </span>
  );
});
