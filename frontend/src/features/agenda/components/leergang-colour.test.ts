import { describe, expect, it } from 'vitest';
import { LEERGANG_PALETTE, contrastRatio, hashString, leergangColour } from './leergang-colour';

describe('leergangColour', () => {
  it('gives the same colour for the same id, every time', () => {
    const id = '3f1e2d4c-5b6a-4798-8a9b-0c1d2e3f4a5b';
    expect(leergangColour(id)).toBe(leergangColour(id));
    expect(LEERGANG_PALETTE).toContain(leergangColour(id));
  });

  it('spreads different ids over the palette', () => {
    const colours = new Set(Array.from({ length: 200 }, (_, i) => leergangColour(`leergang-${i}`)));
    expect(colours.size).toBe(LEERGANG_PALETTE.length);
  });

  it('hashes with FNV-1a', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
  });

  it('keeps white text readable on every colour (WCAG AA, 4.5:1)', () => {
    for (const colour of LEERGANG_PALETTE) {
      expect(contrastRatio(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('computes contrast ratios like WCAG', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
