/**
 * The starter's maatje with contact details and the next meeting, for
 * "Mijn inwerkperiode". Owned by the mentoring feature.
 */
export function MyMaatjeCard() {
  return null;
}
