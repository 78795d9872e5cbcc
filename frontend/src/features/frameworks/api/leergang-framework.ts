import { graphql } from '@/gql';

export const LeergangFrameworkQuery = graphql(`
  query LeergangFramework($id: ID!) {
    leergang(id: $id) {
      id
      canManage
      framework {
        id
        name
        isExample
      }
    }
  }
`);

export const SetLeergangFrameworkMutation = graphql(`
  mutation SetLeergangFramework($input: SetLeergangFrameworkInput!) {
    setLeergangFramework(input: $input) {
      leergang {
        id
        framework {
          id
          name
          isExample
        }
      }
    }
  }
`);

/** The frameworks a leergang manager can choose from (academy staff see all). */
export const FrameworkOptionsQuery = graphql(`
  query FrameworkOptions {
    frameworks(first: 100) {
      nodes {
        id
        name
        isExample
      }
    }
  }
`);
