/** A person's chip in print: their initials on their colour, as on the board, so faces match. */
import { isPersonColour, type Person } from '../../shared/model';

/** The print's text colour (print.css .print), for initials on a light chip. */
const DARK_INITIALS = '#111827';

/** WCAG's relative luminance of a #rrggbb colour. */
function luminanceOf(hex: string): number {
  const [red, green, blue] = [1, 3, 5].map((start) => {
    const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

const DARK_LUMINANCE = luminanceOf(DARK_INITIALS);

/**
 * White initials on the chip's colour, or dark ones where they read better. The board's own
 * colours are dark enough for white (shared/model.ts PERSON_COLOURS), but a file may bring any
 * #rrggbb: white "MC" on a yellow #fde047 was 1.3:1, and nothing at all printed in grey.
 */
export function initialsColour(background: string): string {
  const luminance = luminanceOf(background);
  const onWhite = 1.05 / (luminance + 0.05);
  const onDark = (luminance + 0.05) / (DARK_LUMINANCE + 0.05);
  return onWhite >= onDark ? '#fff' : DARK_INITIALS;
}

export function PersonSwatch({ person }: { readonly person: Person }) {
  // Colours come from files too; only a plain hex colour reaches the style.
  const backgroundColor = isPersonColour(person.colour) ? person.colour : '#4b5563';
  return (
    <span className="print-swatch" style={{ backgroundColor, color: initialsColour(backgroundColor) }} aria-hidden="true">
      {person.initials}
    </span>
  );
}
