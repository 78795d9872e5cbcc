import { graphql } from '@/gql';

// Every rating row of one scan, newest first (corrections are new rows). Asked
// only when someone opens an aspect's history: Scan.history is resolved per
// scan (no batch loader), so it stays out of GrowthScan, which the growth
// overview asks for every scan at every moment.
export const ScanRatingHistoryQuery = graphql(`
  query ScanRatingHistory($scanId: ID!) {
    scan(id: $scanId) {
      id
      history {
        aspectId
        value
        note
        createdAt
        author {
          id
          name
        }
      }
    }
  }
`);
