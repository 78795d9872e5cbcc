import { graphql } from '@/gql';

export const UpdateAssignmentMutation = graphql(`
  mutation UpdateAssignment($input: UpdateAssignmentInput!) {
    updateAssignment(input: $input) {
      assignment {
        ...PraktijkAssignment
      }
    }
  }
`);
