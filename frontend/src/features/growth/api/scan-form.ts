import { graphql } from '@/gql';

export const StartScanMutation = graphql(`
  mutation StartScan($input: StartScanInput!) {
    startScan(input: $input) {
      scan {
        ...GrowthScan
        moment {
          ...GrowthScanMoment
          leergang {
            id
            name
          }
        }
      }
    }
  }
`);

// The framework the scan form asks about: scale, competencies and aspects.
export const ScanFrameworkQuery = graphql(`
  query ScanFramework($leergangId: ID!) {
    leergang(id: $leergangId) {
      id
      framework {
        id
        name
        scale {
          value
          label
          description
        }
        competencies {
          id
          name
          description
          aspects {
            id
            title
            description
          }
        }
      }
    }
  }
`);

export const SaveScanRatingsMutation = graphql(`
  mutation SaveScanRatings($input: SaveScanRatingsInput!) {
    saveScanRatings(input: $input) {
      scan {
        ...GrowthScan
      }
    }
  }
`);

export const FinishScanMutation = graphql(`
  mutation FinishScan($input: FinishScanInput!) {
    finishScan(input: $input) {
      scan {
        ...GrowthScan
      }
    }
  }
`);

export const SetScanNotesHiddenMutation = graphql(`
  mutation SetScanNotesHidden($input: SetScanNotesHiddenInput!) {
    setScanNotesHidden(input: $input) {
      scan {
        ...GrowthScan
      }
    }
  }
`);

// The name of the deelnemer someone else rates (growth reads it as the policy allows).
export const ScanSubjectQuery = graphql(`
  query ScanSubject($leergangId: ID!, $personId: ID!) {
    growth(leergangId: $leergangId, personId: $personId) {
      person {
        id
        name
      }
    }
  }
`);
