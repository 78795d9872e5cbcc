import { graphql } from '@/gql';

export const SetChecklistItemStatusMutation = graphql(`
  mutation SetChecklistItemStatus($input: SetChecklistItemStatusInput!) {
    setChecklistItemStatus(input: $input) {
      checklist {
        ...ChecklistFields
      }
    }
  }
`);
