import { graphql } from '@/gql';

export const StarterChecklistQuery = graphql(`
  query StarterChecklist($starterId: ID!) {
    checklist(starterId: $starterId) {
      ...ChecklistFields
    }
  }
`);
