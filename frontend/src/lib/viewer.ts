import { graphql } from '@/gql';

// The signed-in person as the whole app needs it: shell, menu, guards, home.
export const ViewerFieldsFragment = graphql(`
  fragment ViewerFields on Viewer {
    roles
    menu
    person {
      id
      name
      email
      phone
      status
      function
      werktijdfactor
      bouw
      ibStartDate
      isStarter
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
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);
