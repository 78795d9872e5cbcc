import { graphql } from '@/gql';

// Public: answered for anyone, with the four facts of a valid certificate only.
export const CertificateCheckQuery = graphql(`
  query CertificateCheck($code: String!) {
    certificateCheck(code: $code) {
      status
      personName
      leergangName
      leerjaarNumber
      hours
      issuedOn
    }
  }
`);
