import { graphql } from '@/gql';

export const CheckSessionQuery = graphql(`
  query CheckSession($input: CheckSessionInput!) {
    checkSession(input: $input) {
      conflicts {
        kind
        message
        otherSessionId
        otherSessionTitle
      }
      holidays {
        region
        name
        startsOn
        endsOn
        message
      }
    }
  }
`);
