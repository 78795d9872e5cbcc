import { graphql } from '@/gql';

// A deelnemer's growth in one leergang (their own when personId is left out).
export const GrowthQuery = graphql(`
  query Growth($leergangId: ID!, $personId: ID) {
    growth(leergangId: $leergangId, personId: $personId) {
      person {
        id
        name
      }
      pdfUrl
      moments {
        moment {
          ...GrowthScanMoment
        }
        myRole
        myScan {
          id
          status
        }
        scans {
          ...GrowthScan
        }
      }
      competencies {
        competency {
          id
          name
        }
        points {
          momentId
          role
          average
          count
        }
      }
      comparisons {
        momentId
        competency {
          id
          name
        }
        aspect {
          id
          title
        }
        self
        opleider
      }
    }
  }
`);
