import { graphql } from '@/gql';

// The statuses of an assignment's submissions, counted on the list page
// (a leergang has a few dozen deelnemers at most; a page holds 100).
export const PraktijkSubmissionCountsQuery = graphql(`
  query PraktijkSubmissionCounts($assignmentId: ID!) {
    submissions(assignmentId: $assignmentId, first: 100) {
      totalCount
      nodes {
        id
        status
      }
    }
  }
`);
