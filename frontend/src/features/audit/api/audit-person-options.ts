import { graphql } from '@/gql';

/** People to filter the audit log on, searched on the server. */
export const AuditPersonOptionsQuery = graphql(`
  query AuditPersonOptions($search: String) {
    people(first: 25, search: $search) {
      nodes {
        id
        name
        email
      }
    }
  }
`);
