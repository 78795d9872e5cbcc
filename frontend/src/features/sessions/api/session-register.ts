import { graphql } from '@/gql';

export const SessionRegisterRowFieldsFragment = graphql(`
  fragment SessionRegisterRowFields on RegisterRow {
    person {
      id
      name
      schools {
        id
        name
      }
    }
    attendance {
      status
      minutes
      note
    }
    absenceReport {
      reason
      reportedAt
    }
  }
`);

export const SessionAttendanceRegisterQuery = graphql(`
  query SessionAttendanceRegister($sessionId: ID!) {
    sessionRegister(sessionId: $sessionId) {
      rows {
        ...SessionRegisterRowFields
      }
    }
  }
`);
