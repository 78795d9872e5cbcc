import { graphql } from '@/gql';

export const HoursPendingDeclarationsQuery = graphql(`
  query HoursPendingDeclarations {
    pendingDeclarations {
      id
      person {
        id
        name
      }
      leerjaar {
        id
        number
      }
      kind
      hours
      description
      doneOn
      status
      createdAt
    }
  }
`);
