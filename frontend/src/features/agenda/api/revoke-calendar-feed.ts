import { graphql } from '@/gql';

export const AgendaRevokeCalendarFeedMutation = graphql(`
  mutation AgendaRevokeCalendarFeed {
    revokeCalendarFeed {
      feed {
        url
        active
        createdAt
      }
    }
  }
`);
