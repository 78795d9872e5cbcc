import { graphql } from '@/gql';

// The facts of one staff row; the same on every table of the dashboards.
export const ProgressRowFieldsFragment = graphql(`
  fragment ProgressRowFields on ProgressRow {
    personId
    personName
    schools {
      id
      name
    }
    leergangId
    leergangName
    leerjaarNumber
    attendance {
      attendedMinutes
      expectedMinutes
      pastSessions
      absences
      percent
    }
    hours {
      hours
      pending
      norm
      expectedByNow
      onTrack
    }
    assignments {
      total
      notStarted
      handedIn
      withFeedback
      completed
      overdue
      submitted
    }
    leervragen {
      total
      notReflected
      nogNiet
      opWeg
      beantwoord
      bijgesteld
    }
    checklist {
      done
      total
    }
    competencies {
      competencyId
      name
      latest
      previous
      delta
    }
  }
`);

export const ProgressRowsQuery = graphql(`
  query ProgressRows($filter: ProgressFilter) {
    progressRows(filter: $filter) {
      ...ProgressRowFields
    }
  }
`);
