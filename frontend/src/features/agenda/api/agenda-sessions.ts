import { graphql } from '@/gql';

// What the calendar shows of a session.
export const AgendaSessionFieldsFragment = graphql(`
  fragment AgendaSessionFields on Session {
    id
    title
    kind
    dagdeel
    startsAt
    endsAt
    location
    published
    cancelledAt
    canManage
    leergang {
      id
      name
    }
    holidays {
      message
    }
  }
`);

export const AgendaSessionsQuery = graphql(`
  query AgendaSessions($from: Time!, $to: Time!, $leergangId: ID, $opleiderId: ID, $mine: Boolean) {
    sessions(from: $from, to: $to, leergangId: $leergangId, opleiderId: $opleiderId, mine: $mine) {
      ...AgendaSessionFields
    }
  }
`);
