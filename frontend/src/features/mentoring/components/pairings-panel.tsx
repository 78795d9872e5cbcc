/**
 * The pairings of starters with maatjes the viewer may see, with the
 * suggestion-driven pairing form. Shown as a tab of the Starters page.
 * Owned by the mentoring feature.
 */
export function PairingsPanel() {
  return null;
}
