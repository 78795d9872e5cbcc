import { graphql } from '@/gql';

export const PraktijkMySubmissionsQuery = graphql(`
  query PraktijkMySubmissions {
    mySubmissions {
      id
      status
      feedbackGivenAt
      filesDeleteAt
      assignment {
        id
        title
      }
    }
  }
`);
