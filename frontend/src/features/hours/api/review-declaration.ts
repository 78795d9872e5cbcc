import { graphql } from '@/gql';

export const HoursReviewDeclarationMutation = graphql(`
  mutation HoursReviewDeclaration($input: ReviewDeclarationInput!) {
    reviewDeclaration(input: $input) {
      declaration {
        id
        status
        reviewNote
      }
    }
  }
`);
