import { graphql } from '@/gql';

export const CreateOwnChecklistTemplateMutation = graphql(`
  mutation CreateOwnChecklistTemplate($input: CreateOwnChecklistTemplateInput!) {
    createOwnChecklistTemplate(input: $input) {
      template {
        ...ChecklistTemplateFields
      }
    }
  }
`);
