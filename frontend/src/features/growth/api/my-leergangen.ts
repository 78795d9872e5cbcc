import { graphql } from '@/gql';

// The leergangen the viewer sees; on /groei the deelnemer picks one of theirs.
export const GrowthLeergangenQuery = graphql(`
  query GrowthLeergangen {
    leergangen(first: 100) {
      nodes {
        id
        name
        status
        canManage
      }
    }
  }
`);
