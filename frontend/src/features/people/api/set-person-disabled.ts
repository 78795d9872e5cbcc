import { graphql } from '@/gql';

export const SetPersonDisabledMutation = graphql(`
  mutation SetPersonDisabled($input: SetPersonDisabledInput!) {
    setPersonDisabled(input: $input) {
      person {
        ...PersonDetailFields
      }
    }
  }
`);
