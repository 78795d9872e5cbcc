import { graphql } from '@/gql';

export const SessionRowFieldsFragment = graphql(`
  fragment SessionRowFields on Session {
    id
    kind
    dagdeel
    title
    theme
    startsAt
    endsAt
    location
    onlineUrl
    published
    cancelledAt
    cancelReason
    canManage
    leerjaar {
      id
      number
    }
    groups {
      id
      name
    }
    praktijkPerson {
      id
      name
    }
    holidays {
      region
      name
      startsOn
      endsOn
      message
    }
  }
`);
