import { graphql } from '@/gql';

export const HoursOverviewQuery = graphql(`
  query HoursOverview($leergangId: ID, $schoolId: ID) {
    hoursOverview(leergangId: $leergangId, schoolId: $schoolId) {
      person {
        id
        name
      }
      leergang {
        id
        name
      }
      leerjaar {
        id
        number
      }
      norm
      attendanceHours
      approvedHours
      pendingHours
      totalHours
    }
  }
`);
