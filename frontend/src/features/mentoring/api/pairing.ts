import { graphql } from '@/gql';

export const MentoringPartyFragment = graphql(`
  fragment MentoringParty on PairingParty {
    personId
    name
    schools
    email
    phone
  }
`);

export const MentoringLogEntryFragment = graphql(`
  fragment MentoringLogEntry on MentorLogEntry {
    id
    metOn
    topics
    agreements
    nextSteps
    nextMeetingOn
    authorName
    canEdit
    updatedAt
  }
`);

export const MentoringPairingDetailFragment = graphql(`
  fragment MentoringPairingDetail on MentorPairing {
    id
    startsOn
    endsOn
    reason
    closedAt
    meetingCount
    lastMeetingOn
    nextMeetingOn
    evaluationCount
    isParty
    canManage
    starter {
      ...MentoringParty
    }
    maatje {
      ...MentoringParty
    }
    log {
      ...MentoringLogEntry
    }
    evaluations {
      personId
      personName
      rating
      evaluation
      createdAt
    }
  }
`);

export const MentoringPairingQuery = graphql(`
  query MentoringPairing($id: ID!) {
    mentorPairing(id: $id) {
      ...MentoringPairingDetail
    }
  }
`);
