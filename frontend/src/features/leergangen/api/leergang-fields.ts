import { graphql } from '@/gql';

export const LeergangDetailFieldsFragment = graphql(`
  fragment LeergangDetailFields on Leergang {
    id
    name
    description
    status
    deelnemerCount
    canManage
    createdAt
    clientOrganisation {
      id
      name
      kind
    }
    leerjaren {
      id
      number
      hoursNorm
      startsOn
      endsOn
    }
    groups {
      id
      name
      members {
        id
        name
        schools {
          id
          name
        }
      }
    }
    opleiders {
      id
      name
    }
    stuurgroep {
      id
      name
      roles
    }
  }
`);
