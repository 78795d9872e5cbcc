import { graphql } from '@/gql';

export const MentoringClosePairingMutation = graphql(`
  mutation MentoringClosePairing($input: ClosePairingInput!) {
    closePairing(input: $input) {
      pairing {
        ...MentoringPairingDetail
      }
    }
  }
`);

export const MentoringEvaluatePairingMutation = graphql(`
  mutation MentoringEvaluatePairing($input: EvaluatePairingInput!) {
    evaluatePairing(input: $input) {
      pairing {
        ...MentoringPairingDetail
      }
    }
  }
`);
