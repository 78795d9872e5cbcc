import { graphql } from '@/gql';

export const ErasePersonMutation = graphql(`
  mutation ErasePerson($input: ErasePersonInput!) {
    erasePerson(input: $input) {
      erasedId
      filesRemoved
      attendanceKeptAnonymously
    }
  }
`);
