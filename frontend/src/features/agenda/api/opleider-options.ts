import { graphql } from '@/gql';

// The opleiders, for the beheerder's calendar filter.
export const AgendaOpleiderOptionsQuery = graphql(`
  query AgendaOpleiderOptions {
    people(first: 100, role: OPLEIDER, orderBy: { field: NAME, direction: ASC }) {
      nodes {
        id
        name
      }
    }
  }
`);
