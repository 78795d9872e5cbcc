import { graphql } from '@/gql';

export const AddChecklistTemplatePartMutation = graphql(`
  mutation AddChecklistTemplatePart($input: AddChecklistTemplatePartInput!) {
    addChecklistTemplatePart(input: $input) {
      template {
        ...ChecklistTemplateFields
      }
    }
  }
`);
