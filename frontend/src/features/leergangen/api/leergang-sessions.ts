import { graphql } from '@/gql';

// One window (at most 100 days) of a leergang's sessions.
export const LeergangSessionsQuery = graphql(`
  query LeergangSessions($from: Time!, $to: Time!, $leergangId: ID!) {
    sessions(from: $from, to: $to, leergangId: $leergangId) {
      ...SessionRowFields
    }
  }
`);
