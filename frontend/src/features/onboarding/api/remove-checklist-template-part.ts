import { graphql } from '@/gql';

export const RemoveChecklistTemplatePartMutation = graphql(`
  mutation RemoveChecklistTemplatePart($input: RemoveChecklistTemplatePartInput!) {
    removeChecklistTemplatePart(input: $input) {
      template {
        ...ChecklistTemplateFields
      }
    }
  }
`);
