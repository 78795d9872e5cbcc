import { graphql } from '@/gql';

// What is due for the starter: their next sessions and the praktijkopdrachten
// they have not handed in yet (existing queries of agenda and praktijk).
export const InwerkDueQuery = graphql(`
  query InwerkDue($from: Time!, $to: Time!) {
    sessions(from: $from, to: $to, mine: true) {
      id
      title
      startsAt
      cancelledAt
      leergang {
        id
        name
      }
    }
    mySubmissions {
      id
      status
      assignment {
        id
        title
        dueOn
      }
    }
  }
`);
