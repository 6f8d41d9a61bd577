/** A person's chip in print: their initials on their colour, as on the board, so faces match. */
import type { Person } from '../../shared/model';

const HEX_COLOUR = /^#[0-9a-f]{6}$/iu;

export function PersonSwatch({ person }: { readonly person: Person }) {
  // Colours come from files too; only a plain hex colour reaches the style.
  const backgroundColor = HEX_COLOUR.test(person.colour) ? person.colour : '#4b5563';
  return (
    <span className="print-swatch" style={{ backgroundColor }} aria-hidden="true">
      {person.initials}
    </span>
  );
}
