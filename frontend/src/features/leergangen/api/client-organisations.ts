import { graphql } from '@/gql';

// The organisations a leergang can be for: besturen and samenwerkingsverbanden.
export const ClientOrganisationsQuery = graphql(`
  query ClientOrganisations {
    besturen: organisations(first: 100, kind: BESTUUR, orderBy: { field: NAME, direction: ASC }) {
      nodes {
        id
        name
        plaats
      }
    }
    samenwerkingsverbanden: organisations(first: 100, kind: SAMENWERKINGSVERBAND, orderBy: { field: NAME, direction: ASC }) {
      nodes {
        id
        name
        plaats
      }
    }
  }
`);
