import { graphql } from '@/gql';

/** Everything the framework editor shows; every mutation answers with it, so the page updates in place. */
export const FrameworkDetailFields = graphql(`
  fragment FrameworkDetailFields on Framework {
    id
    name
    description
    isExample
    canEdit
    hasRatings
    competencyCount
    aspectCount
    updatedAt
    scale {
      value
      label
      description
    }
    competencies {
      id
      position
      name
      description
      aspects {
        id
        position
        title
        description
      }
    }
    leergangen {
      id
      name
    }
  }
`);
