import { graphql } from '@/gql';

export const SchoolQuery = graphql(`
  query School($id: ID!) {
    school(id: $id) {
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
`);
