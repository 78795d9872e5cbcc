import { graphql } from '@/gql';

export const MentoringMyMaatjeQuery = graphql(`
  query MentoringMyMaatje {
    myMaatjePairing {
      id
      nextMeetingOn
      maatje {
        ...MentoringParty
      }
    }
  }
`);
