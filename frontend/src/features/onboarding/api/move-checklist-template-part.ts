import { graphql } from '@/gql';

export const MoveChecklistTemplatePartMutation = graphql(`
  mutation MoveChecklistTemplatePart($input: MoveChecklistTemplatePartInput!) {
    moveChecklistTemplatePart(input: $input) {
      template {
        ...ChecklistTemplateFields
      }
    }
  }
`);
