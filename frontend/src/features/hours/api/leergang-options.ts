import { graphql } from '@/gql';

// The leergangen the viewer may see, with their leerjaren: the overview's choice,
// and the names behind a declaration's leerjaar.
export const HoursLeergangOptionsQuery = graphql(`
  query HoursLeergangOptions {
    leergangen(first: 100) {
      nodes {
        id
        name
        leerjaren {
          id
          number
        }
      }
    }
  }
`);
