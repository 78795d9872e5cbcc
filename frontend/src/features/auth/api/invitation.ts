import { graphql } from '@/gql';

export const InvitationQuery = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      name
      email
      expiresAt
    }
  }
`);
