import { graphql } from '@/gql';

export const SchoolProgressQuery = graphql(`
  query SchoolProgress($organisationId: ID) {
    schoolProgress(organisationId: $organisationId) {
      schoolId
      schoolName
      brin
      people
      enrolments
      attendancePct
      hoursOnTrack
      assignmentsTotal
      assignmentsDone
      checklistDone
      checklistTotal
      starters
    }
  }
`);
