import { graphql } from '@/gql';

export const MoveChecklistTemplateItemMutation = graphql(`
  mutation MoveChecklistTemplateItem($input: MoveChecklistTemplateItemInput!) {
    moveChecklistTemplateItem(input: $input) {
      template {
        ...ChecklistTemplateFields
      }
    }
  }
`);
