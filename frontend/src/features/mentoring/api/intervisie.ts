import { graphql } from '@/gql';

export const IntervisieMeetingFieldsFragment = graphql(`
  fragment IntervisieMeetingFields on IntervisieMeeting {
    id
    groupId
    groupName
    startsAt
    endsAt
    location
    onlineUrl
    method
    summary
    cancelledAt
    cancelReason
  }
`);

export const IntervisieGroupsQuery = graphql(`
  query IntervisieGroups {
    intervisieGroups {
      id
      name
      organisationName
      facilitatorName
      leergangName
      canManage
      members {
        personId
      }
      meetings {
        ...IntervisieMeetingFields
      }
    }
  }
`);

export const IntervisieGroupQuery = graphql(`
  query IntervisieGroup($id: ID!) {
    intervisieGroup(id: $id) {
      id
      name
      description
      organisationId
      organisationName
      facilitatorId
      facilitatorName
      leergangId
      leergangName
      canManage
      members {
        personId
        name
        schools
      }
      meetings {
        ...IntervisieMeetingFields
        attendance {
          personId
          personName
          status
          minutes
        }
      }
    }
  }
`);

export const IntervisieCandidatesQuery = graphql(`
  query IntervisieCandidates($organisationId: ID!) {
    intervisieCandidates(organisationId: $organisationId) {
      personId
      name
      schools
      isDeelnemer
    }
  }
`);

export const IntervisieMyMeetingsQuery = graphql(`
  query IntervisieMyMeetings($from: Time!, $to: Time!) {
    myIntervisieMeetings(from: $from, to: $to) {
      ...IntervisieMeetingFields
    }
  }
`);

export const IntervisieCreateGroupMutation = graphql(`
  mutation IntervisieCreateGroup($input: CreateIntervisieGroupInput!) {
    createIntervisieGroup(input: $input) {
      group {
        id
      }
    }
  }
`);

export const IntervisieUpdateGroupMutation = graphql(`
  mutation IntervisieUpdateGroup($input: UpdateIntervisieGroupInput!) {
    updateIntervisieGroup(input: $input) {
      group {
        id
        name
        description
        facilitatorName
        leergangName
        members {
          personId
          name
          schools
        }
      }
    }
  }
`);

export const IntervisiePlanMeetingMutation = graphql(`
  mutation IntervisiePlanMeeting($input: PlanIntervisieMeetingInput!) {
    planIntervisieMeeting(input: $input) {
      meeting {
        ...IntervisieMeetingFields
      }
    }
  }
`);

export const IntervisieUpdateMeetingMutation = graphql(`
  mutation IntervisieUpdateMeeting($input: UpdateIntervisieMeetingInput!) {
    updateIntervisieMeeting(input: $input) {
      meeting {
        ...IntervisieMeetingFields
      }
    }
  }
`);

export const IntervisieCancelMeetingMutation = graphql(`
  mutation IntervisieCancelMeeting($input: CancelIntervisieMeetingInput!) {
    cancelIntervisieMeeting(input: $input) {
      meeting {
        ...IntervisieMeetingFields
      }
    }
  }
`);

export const IntervisieRegisterAttendanceMutation = graphql(`
  mutation IntervisieRegisterAttendance($input: RegisterIntervisieAttendanceInput!) {
    registerIntervisieAttendance(input: $input) {
      meeting {
        id
        attendance {
          personId
          personName
          status
          minutes
        }
      }
    }
  }
`);

export const IntervisieLeergangOptionsQuery = graphql(`
  query IntervisieLeergangOptions {
    leergangen(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);
