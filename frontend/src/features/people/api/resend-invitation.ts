import { graphql } from '@/gql';

export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($input: ResendInvitationInput!) {
    resendInvitation(input: $input) {
      person {
        ...PersonDetailFields
      }
    }
  }
`);
