/**
 * The viewer's intervisie group(s) and next meeting, for "Mijn inwerkperiode".
 * Owned by the mentoring feature.
 */
export function MyIntervisieCard() {
  return null;
}
