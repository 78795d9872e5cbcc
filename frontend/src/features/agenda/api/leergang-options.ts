import { graphql } from '@/gql';

// The leergangen the viewer may see, for the calendar's filter.
export const AgendaLeergangOptionsQuery = graphql(`
  query AgendaLeergangOptions {
    leergangen(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);
