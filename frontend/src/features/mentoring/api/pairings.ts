import { graphql } from '@/gql';

export const MentoringPairingSummaryFragment = graphql(`
  fragment MentoringPairingSummary on MentorPairing {
    id
    startsOn
    endsOn
    closedAt
    meetingCount
    lastMeetingOn
    evaluationCount
    isParty
    canManage
    starter {
      personId
      name
      schools
    }
    maatje {
      personId
      name
      schools
    }
  }
`);

export const MentoringPairingsQuery = graphql(`
  query MentoringPairings($includeClosed: Boolean, $first: Int, $after: String) {
    mentorPairings(includeClosed: $includeClosed, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...MentoringPairingSummary
      }
    }
  }
`);
