import { graphql } from '@/gql';

export const MentoringPairableStartersQuery = graphql(`
  query MentoringPairableStarters {
    pairableStarters {
      personId
      name
      schools
      organisationId
      paired
    }
  }
`);

export const MentoringSuggestionsQuery = graphql(`
  query MentoringSuggestions($starterId: ID!) {
    maatjeSuggestions(starterId: $starterId, limit: 10) {
      score
      reasons
      load
      maxLoad
      full
      person {
        personId
        name
        schools
      }
    }
  }
`);

export const MentoringCreatePairingMutation = graphql(`
  mutation MentoringCreatePairing($input: CreatePairingInput!) {
    createPairing(input: $input) {
      pairing {
        ...MentoringPairingSummary
      }
    }
  }
`);

export const MentoringMaatjeLimitQuery = graphql(`
  query MentoringMaatjeLimit($organisationId: ID!) {
    maatjeLimit(organisationId: $organisationId)
  }
`);

export const MentoringSetMaatjeLimitMutation = graphql(`
  mutation MentoringSetMaatjeLimit($input: SetMaatjeLimitInput!) {
    setMaatjeLimit(input: $input) {
      organisationId
      maxStartersPerMaatje
    }
  }
`);
