import { graphql } from '@/gql';

export const MyChecklistQuery = graphql(`
  query MyChecklist {
    myChecklist {
      ...ChecklistFields
    }
  }
`);
