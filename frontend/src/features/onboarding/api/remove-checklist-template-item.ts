import { graphql } from '@/gql';

export const RemoveChecklistTemplateItemMutation = graphql(`
  mutation RemoveChecklistTemplateItem($input: RemoveChecklistTemplateItemInput!) {
    removeChecklistTemplateItem(input: $input) {
      template {
        ...ChecklistTemplateFields
      }
    }
  }
`);
