import { graphql } from '@/gql';

export const ReplyToVideoCommentMutation = graphql(`
  mutation ReplyToVideoComment($input: ReplyToVideoCommentInput!) {
    replyToVideoComment(input: $input) {
      comment {
        id
        body
        createdAt
        author {
          id
          name
        }
      }
    }
  }
`);
