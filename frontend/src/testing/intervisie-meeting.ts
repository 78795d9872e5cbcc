import type { IntervisieMeetingFieldsFragment } from '@/gql/graphql';

/**
 * The demo's upcoming intervisie meeting as the API sends it, for unit tests:
 * 15:30–17:30 in Amsterdam (winter time). Spread it to change a field.
 */
export const demoIntervisieMeeting: IntervisieMeetingFieldsFragment = {
  id: 'im1',
  groupId: 'g1',
  groupName: "Intervisie startende IB'ers Zuidoost",
  startsAt: '2027-01-12T14:30:00Z',
  endsAt: '2027-01-12T16:30:00Z',
  location: 'De Regenboog, teamkamer',
  onlineUrl: '',
  method: 'roddelmethode',
  summary: '',
  cancelledAt: null,
  cancelReason: '',
};
