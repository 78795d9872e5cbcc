import { graphql } from '@/gql';

export const AgendaCalendarFeedQuery = graphql(`
  query AgendaCalendarFeed {
    calendarFeed {
      url
      active
      createdAt
    }
  }
`);
