import { graphql } from '@/gql';

export const SessionEvaluationSummaryQuery = graphql(`
  query SessionEvaluationSummary($sessionId: ID!) {
    sessionEvaluations(sessionId: $sessionId) {
      count
      averageRating
      tops
      tips
    }
  }
`);
