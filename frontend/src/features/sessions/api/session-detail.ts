import { graphql } from '@/gql';

export const SessionDetailFieldsFragment = graphql(`
  fragment SessionDetailFields on Session {
    id
    title
    theme
    kind
    dagdeel
    startsAt
    endsAt
    creditHours
    location
    onlineUrl
    description
    materials {
      label
      url
    }
    leergang {
      id
      name
    }
    leerjaar {
      id
      number
    }
    groups {
      id
      name
    }
    opleiders {
      id
      name
    }
    praktijkPerson {
      id
      name
    }
    participantCount
    published
    cancelledAt
    cancelReason
    holidays {
      name
      message
    }
    myAttendance {
      status
      minutes
      note
    }
    myAbsenceReport {
      reason
      reportedAt
    }
    myEvaluation {
      rating
      tops
      tips
      createdAt
    }
    canManage
  }
`);

export const SessionDetailQuery = graphql(`
  query SessionDetail($id: ID!) {
    session(id: $id) {
      ...SessionDetailFields
    }
  }
`);
