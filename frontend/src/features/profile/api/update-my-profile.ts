import { graphql } from '@/gql';

export const UpdateMyProfileMutation = graphql(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      person {
        id
        name
        phone
      }
    }
  }
`);
