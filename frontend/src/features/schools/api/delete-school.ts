import { graphql } from '@/gql';

export const DeleteSchoolMutation = graphql(`
  mutation DeleteSchool($input: DeleteSchoolInput!) {
    deleteSchool(input: $input) {
      deletedId
    }
  }
`);
