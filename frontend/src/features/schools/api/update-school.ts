import { graphql } from '@/gql';

export const UpdateSchoolMutation = graphql(`
  mutation UpdateSchool($input: UpdateSchoolInput!) {
    updateSchool(input: $input) {
      school {
        id
        name
        brin
        plaats
        region
        staffCount
        createdAt
        organisation {
          id
          name
        }
      }
    }
  }
`);
