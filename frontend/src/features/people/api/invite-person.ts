import { graphql } from '@/gql';

export const InvitePersonMutation = graphql(`
  mutation InvitePerson($input: InvitePersonInput!) {
    invitePerson(input: $input) {
      person {
        ...PersonDetailFields
      }
    }
  }
`);
