/** A person's chip in print: their initials on their colour, as on the board, so faces match. */
import { initialsColour, isPersonColour, type Person } from '../../shared/model';

export function PersonSwatch({ person }: { readonly person: Person }) {
  // Colours come from files too; only a plain hex colour reaches the style.
  const backgroundColor = isPersonColour(person.colour) ? person.colour : '#4b5563';
  return (
    <span className="print-swatch" style={{ backgroundColor, color: initialsColour(backgroundColor) }} aria-hidden="true">
      {person.initials}
    </span>
  );
}
