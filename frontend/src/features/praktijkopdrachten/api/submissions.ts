import { graphql } from '@/gql';

export const PraktijkSubmissionsQuery = graphql(`
  query PraktijkSubmissions($assignmentId: ID!, $status: SubmissionStatus, $first: Int!, $after: String) {
    submissions(assignmentId: $assignmentId, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        status
        handedInAt
        feedbackGivenAt
        completedAt
        updatedAt
        person {
          id
          name
        }
        versions {
          id
          number
          submittedAt
        }
      }
    }
  }
`);
