import { graphql } from '@/gql';

export const TakeInTemplateChangesMutation = graphql(`
  mutation TakeInTemplateChanges($input: TakeInTemplateChangesInput!) {
    takeInTemplateChanges(input: $input) {
      checklist {
        ...ChecklistFields
      }
    }
  }
`);
