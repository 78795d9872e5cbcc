import { graphql } from '@/gql';

export const StartChecklistMutation = graphql(`
  mutation StartChecklist($input: StartChecklistInput!) {
    startChecklist(input: $input) {
      checklist {
        ...ChecklistFields
      }
    }
  }
`);
