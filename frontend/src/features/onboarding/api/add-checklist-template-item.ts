import { graphql } from '@/gql';

export const AddChecklistTemplateItemMutation = graphql(`
  mutation AddChecklistTemplateItem($input: AddChecklistTemplateItemInput!) {
    addChecklistTemplateItem(input: $input) {
      template {
        ...ChecklistTemplateFields
      }
    }
  }
`);
