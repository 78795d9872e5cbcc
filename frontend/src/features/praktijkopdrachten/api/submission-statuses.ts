import { graphql } from '@/gql';

// What a directie or bestuur sees of their staff: status and dates, no content.
export const PraktijkSubmissionStatusesQuery = graphql(`
  query PraktijkSubmissionStatuses($leergangId: ID, $schoolId: ID, $first: Int!, $after: String) {
    submissionStatuses(leergangId: $leergangId, schoolId: $schoolId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        submissionId
        assignmentTitle
        leergangName
        leerjaarNumber
        dueOn
        status
        version
        handedInAt
        feedbackGivenAt
        completedAt
        person {
          id
          name
        }
      }
    }
  }
`);
