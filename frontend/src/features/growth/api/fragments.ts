import { graphql } from '@/gql';

export const GrowthScanMomentFragment = graphql(`
  fragment GrowthScanMoment on ScanMoment {
    id
    kind
    title
    opensOn
    closesOn
    askMaatje
    askDirectie
    isOpen
    leerjaar {
      id
      number
    }
  }
`);

export const GrowthScanFragment = graphql(`
  fragment GrowthScan on Scan {
    id
    personId
    raterRole
    status
    finishedAt
    notesHiddenFromDirectie
    notesVisible
    canEdit
    updatedAt
    rater {
      id
      name
    }
    ratings {
      aspectId
      value
      note
    }
  }
`);
