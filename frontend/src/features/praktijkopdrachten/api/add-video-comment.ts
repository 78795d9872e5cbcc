import { graphql } from '@/gql';

export const AddVideoCommentMutation = graphql(`
  mutation AddVideoComment($input: AddVideoCommentInput!) {
    addVideoComment(input: $input) {
      comment {
        ...PraktijkComment
      }
    }
  }
`);
