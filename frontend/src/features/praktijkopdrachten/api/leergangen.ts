import { graphql } from '@/gql';

// The leergangen the viewer sees (at most 100): the opleider's to define
// assignments in, the deelnemer's to list their assignments, a directie's or
// bestuur's to filter the status table.
export const PraktijkLeergangenQuery = graphql(`
  query PraktijkLeergangen {
    leergangen(first: 100) {
      nodes {
        id
        name
        status
        canManage
        deelnemerCount
        leerjaren {
          id
          number
          startsOn
          endsOn
        }
      }
    }
  }
`);
