import { graphql } from '@/gql';

export const HoursLedgerFieldsFragment = graphql(`
  fragment HoursLedgerFields on HoursLedger {
    leergang {
      id
      name
    }
    leerjaar {
      id
      number
      startsOn
      endsOn
    }
    norm
    attendanceHours
    approvedHours
    pendingHours
    totalHours
    intervisieHours
    intervisieEntries {
      meetingId
      groupName
      startsAt
      hours
      status
    }
    entries {
      session {
        id
        title
        startsAt
      }
      hours
      status
    }
    declarations {
      id
      kind
      hours
      description
      doneOn
      status
      reviewNote
    }
  }
`);

// The viewer's own ledgers, one per leerjaar.
export const HoursMyLedgersQuery = graphql(`
  query HoursMyLedgers {
    hoursLedgers {
      ...HoursLedgerFields
    }
  }
`);
