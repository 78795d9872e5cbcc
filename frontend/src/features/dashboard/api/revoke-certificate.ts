import { graphql } from '@/gql';

export const RevokeCertificateMutation = graphql(`
  mutation RevokeCertificate($input: RevokeCertificateInput!) {
    revokeCertificate(input: $input) {
      certificate {
        id
        revokedAt
      }
    }
  }
`);
