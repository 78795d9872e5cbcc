import { graphql } from '@/gql';

export const CreateAssignmentMutation = graphql(`
  mutation CreateAssignment($input: CreateAssignmentInput!) {
    createAssignment(input: $input) {
      assignment {
        ...PraktijkAssignment
      }
    }
  }
`);
