/**
 * WCAG's contrast of colours as the page computes them, for the tests that check what a person with
 * low vision, or at night, can see (low-vision, dark-theme). Node-side: give it what
 * getComputedStyle returned.
 */

/** Every `rgb(…)`/`rgba(…)` colour in a computed value: "1px solid rgb(…)", a box-shadow's list. */
export function coloursIn(value: string): string[] {
  return value.match(/rgba?\([^)]*\)/gu) ?? [];
}

/** WCAG's relative luminance of the (first) colour in a computed value, 0 (black) to 1 (white). */
export function luminance(value: string): number {
  const channels = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/u.exec(value);
  if (!channels) throw new Error(`no rgb colour in: ${value}`);
  const [r = 0, g = 0, b = 0] = channels
    .slice(1, 4)
    .map((channel) => Number(channel) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG's contrast ratio of two computed colours (or values holding one), 1 to 21. */
export function contrast(one: string, other: string): number {
  const [lighter = 0, darker = 0] = [luminance(one), luminance(other)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}
