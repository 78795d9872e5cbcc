import { graphql } from '@/gql';

// The leergangen an opleider or beheerder can open a group overview of.
export const DashboardLeergangenQuery = graphql(`
  query DashboardLeergangen {
    leergangen(first: 100) {
      nodes {
        id
        name
        status
      }
    }
  }
`);

export const DashboardLeergangQuery = graphql(`
  query DashboardLeergang($id: ID!) {
    leergang(id: $id) {
      id
      name
    }
  }
`);

export const DashboardSchoolQuery = graphql(`
  query DashboardSchool($id: ID!) {
    school(id: $id) {
      id
      name
      brin
    }
  }
`);
