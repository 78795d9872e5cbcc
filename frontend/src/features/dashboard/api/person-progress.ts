import { graphql } from '@/gql';

export const PersonProgressQuery = graphql(`
  query PersonProgress($personId: ID!) {
    personProgress(personId: $personId) {
      personId
      personName
      schools {
        id
        name
      }
      rows {
        ...ProgressRowFields
      }
      sessions {
        sessionId
        leergangId
        leerjaarNumber
        title
        startsAt
        status
        hours
      }
      submissions {
        assignmentId
        leergangId
        leerjaarNumber
        title
        dueOn
        status
        handedInAt
      }
      scanMoments {
        leergangId
        title
        opensOn
        competencies {
          name
          average
        }
      }
      leervragen {
        id
        leergangId
        question
        kind
        status
        leerjaarNumber
      }
      checklist {
        title
        done
        total
      }
      leerjaren {
        leerjaarId
        number
        leergangId
        leergangName
        startsOn
        endsOn
        downloadUrl
        certificate {
          id
          code
          issuedAt
          hours
          verifyUrl
        }
      }
      ledgers {
        leerjaar {
          id
          number
        }
        leergang {
          id
        }
        norm
        totalHours
        pendingHours
      }
    }
  }
`);
