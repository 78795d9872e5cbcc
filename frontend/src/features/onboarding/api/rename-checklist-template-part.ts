import { graphql } from '@/gql';

export const RenameChecklistTemplatePartMutation = graphql(`
  mutation RenameChecklistTemplatePart($input: RenameChecklistTemplatePartInput!) {
    renameChecklistTemplatePart(input: $input) {
      template {
        ...ChecklistTemplateFields
      }
    }
  }
`);
