import { graphql } from '@/gql';

export const AgendaRenewCalendarFeedMutation = graphql(`
  mutation AgendaRenewCalendarFeed {
    renewCalendarFeed {
      feed {
        url
        active
        createdAt
      }
    }
  }
`);
