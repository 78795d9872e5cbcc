import { graphql } from '@/gql';

export const HoursDeclareMutation = graphql(`
  mutation HoursDeclare($input: DeclareHoursInput!) {
    declareHours(input: $input) {
      declaration {
        id
        kind
        hours
        description
        doneOn
        status
        reviewNote
      }
    }
  }
`);
