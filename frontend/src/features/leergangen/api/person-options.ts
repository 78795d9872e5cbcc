import { graphql } from '@/gql';

// People for the pickers of the leergang and session forms, searched on the server.
export const PersonOptionsQuery = graphql(`
  query PersonOptions($role: Role, $organisationId: ID, $search: String) {
    people(first: 50, role: $role, organisationId: $organisationId, search: $search, orderBy: { field: NAME, direction: ASC }) {
      nodes {
        id
        name
        schools {
          id
          name
        }
      }
    }
  }
`);
