import { graphql } from '@/gql';

export const LeergangQuery = graphql(`
  query Leergang($id: ID!) {
    leergang(id: $id) {
      ...LeergangDetailFields
    }
  }
`);
