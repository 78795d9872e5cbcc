import { graphql } from '@/gql';

// Opkomst per bijeenkomst of a leergang: counts per status, no names.
export const AttendanceStatFieldsFragment = graphql(`
  fragment AttendanceStatFields on SessionAttendanceStat {
    session {
      id
      title
      kind
      startsAt
      endsAt
      leerjaar {
        id
        number
      }
    }
    aanwezig
    gedeeltelijk
    afwezigMetBericht
    afwezigZonderBericht
    registered
    rate
  }
`);

export const LeergangAttendanceStatsQuery = graphql(`
  query LeergangAttendanceStats($leergangId: ID!, $leerjaarId: ID) {
    attendanceStats(leergangId: $leergangId, leerjaarId: $leerjaarId) {
      ...AttendanceStatFields
    }
  }
`);
