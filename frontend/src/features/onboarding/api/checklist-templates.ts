import { graphql } from '@/gql';

export const ChecklistTemplatesQuery = graphql(`
  query ChecklistTemplates {
    checklistTemplates {
      ...ChecklistTemplateFields
    }
  }
`);
