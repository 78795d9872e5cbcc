import { graphql } from '@/gql';

export const UpdateChecklistTemplateItemMutation = graphql(`
  mutation UpdateChecklistTemplateItem($input: UpdateChecklistTemplateItemInput!) {
    updateChecklistTemplateItem(input: $input) {
      template {
        ...ChecklistTemplateFields
      }
    }
  }
`);
