import { graphql } from '@/gql';

export const PraktijkAssignmentsQuery = graphql(`
  query PraktijkAssignments($leergangId: ID!) {
    assignments(leergangId: $leergangId) {
      id
      title
      dueOn
      parts
      canManage
      leerjaar {
        id
        number
      }
      mySubmission {
        id
        status
        handedInAt
        feedbackGivenAt
      }
    }
  }
`);
