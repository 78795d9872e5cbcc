import { graphql } from '@/gql';

export const GroupGrowthQuery = graphql(`
  query GroupGrowth($leergangId: ID!, $momentId: ID!) {
    groupGrowth(leergangId: $leergangId, momentId: $momentId) {
      deelnemers {
        id
        name
      }
      rows {
        competency {
          id
          name
        }
        aspect {
          id
          title
        }
        values
        average
      }
      leervragen {
        ...GrowthLeervraag
      }
    }
  }
`);
