import { graphql } from '@/gql';

export const PersonDetailFieldsFragment = graphql(`
  fragment PersonDetailFields on Person {
    id
    name
    email
    phone
    roles
    status
    function
    werktijdfactor
    bouw
    ibStartDate
    isStarter
    createdAt
    organisation {
      id
      name
    }
    schools {
      id
      name
      plaats
    }
  }
`);
