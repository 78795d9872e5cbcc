/**
 * Dark, clearly different colours; white text on each has a contrast ratio of at
 * least 4.5:1 (WCAG AA for normal text), which leergang-colour.test.ts checks.
 */
export const LEERGANG_PALETTE = [
  '#1c5fb8', // blue
  '#0b7a6f', // teal
  '#7a3fb0', // violet
  '#b3330f', // rust
  '#2f7a1f', // green
  '#a3246b', // magenta
  '#3b4db3', // indigo
  '#7f5400', // ochre
  '#00708f', // petrol
  '#a61e3c', // crimson
  '#566619', // olive
  '#6b4a3a', // brown
] as const;

/** FNV-1a, 32 bits: a small, stable hash of a string. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The colour of a leergang in the calendar: always the same for the same id. */
export function leergangColour(leergangId: string): string {
  return LEERGANG_PALETTE[hashString(leergangId) % LEERGANG_PALETTE.length] ?? LEERGANG_PALETTE[0];
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a #rrggbb colour (WCAG 2). */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return 0.2126 * channel((n >> 16) & 0xff) + 0.7152 * channel((n >> 8) & 0xff) + 0.0722 * channel(n & 0xff);
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
