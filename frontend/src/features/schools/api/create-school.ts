import { graphql } from '@/gql';

export const CreateSchoolMutation = graphql(`
  mutation CreateSchool($input: CreateSchoolInput!) {
    createSchool(input: $input) {
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
