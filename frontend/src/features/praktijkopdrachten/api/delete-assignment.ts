import { graphql } from '@/gql';

export const DeleteAssignmentMutation = graphql(`
  mutation DeleteAssignment($input: DeleteAssignmentInput!) {
    deleteAssignment(input: $input) {
      deletedId
    }
  }
`);
