import { graphql } from '@/gql';

export const DeleteVideoCommentMutation = graphql(`
  mutation DeleteVideoComment($input: DeleteVideoCommentInput!) {
    deleteVideoComment(input: $input) {
      deletedId
    }
  }
`);
