import { graphql } from '@/gql';

export const LeergangScanMomentsQuery = graphql(`
  query LeergangScanMoments($leergangId: ID!) {
    leergang(id: $leergangId) {
      id
      name
      canManage
      leerjaren {
        id
        number
        startsOn
        endsOn
      }
      framework {
        id
        name
      }
    }
    scanMoments(leergangId: $leergangId) {
      ...GrowthScanMoment
    }
  }
`);

export const CreateScanMomentMutation = graphql(`
  mutation CreateScanMoment($input: CreateScanMomentInput!) {
    createScanMoment(input: $input) {
      moment {
        ...GrowthScanMoment
      }
    }
  }
`);

export const UpdateScanMomentMutation = graphql(`
  mutation UpdateScanMoment($input: UpdateScanMomentInput!) {
    updateScanMoment(input: $input) {
      moment {
        ...GrowthScanMoment
      }
    }
  }
`);

export const DeleteScanMomentMutation = graphql(`
  mutation DeleteScanMoment($input: DeleteScanMomentInput!) {
    deleteScanMoment(input: $input) {
      deletedId
    }
  }
`);

export const CreateStandardScanMomentsMutation = graphql(`
  mutation CreateStandardScanMoments($input: CreateStandardScanMomentsInput!) {
    createStandardScanMoments(input: $input) {
      moments {
        ...GrowthScanMoment
      }
    }
  }
`);
