import { graphql } from '@/gql';

export const ProposeYearQuery = graphql(`
  query ProposeYear($input: YearPatternInput!) {
    proposeYear(input: $input) {
      kind
      dagdeel
      title
      startsAt
      endsAt
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
