import { graphql } from '@/gql';

export const MentoringAddLogEntryMutation = graphql(`
  mutation MentoringAddLogEntry($input: AddMentorLogEntryInput!) {
    addMentorLogEntry(input: $input) {
      entry {
        ...MentoringLogEntry
      }
    }
  }
`);

export const MentoringUpdateLogEntryMutation = graphql(`
  mutation MentoringUpdateLogEntry($input: UpdateMentorLogEntryInput!) {
    updateMentorLogEntry(input: $input) {
      entry {
        ...MentoringLogEntry
      }
    }
  }
`);
