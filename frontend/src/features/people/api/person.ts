import { graphql } from '@/gql';

export const PersonQuery = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      ...PersonDetailFields
    }
  }
`);
