import { graphql } from '@/gql';

export const SessionForEditQuery = graphql(`
  query SessionForEdit($id: ID!) {
    session(id: $id) {
      id
      kind
      dagdeel
      title
      theme
      startsAt
      endsAt
      location
      onlineUrl
      capacity
      description
      overnight
      published
      cancelledAt
      canManage
      materials {
        label
        url
      }
      leergang {
        id
      }
      leerjaar {
        id
      }
      groups {
        id
      }
      opleiders {
        id
        name
      }
      praktijkPerson {
        id
        name
      }
    }
  }
`);
