import { graphql } from '@/gql';

export const SessionRegisterAttendanceMutation = graphql(`
  mutation SessionRegisterAttendance($input: RegisterAttendanceInput!) {
    registerAttendance(input: $input) {
      register {
        rows {
          ...SessionRegisterRowFields
        }
      }
    }
  }
`);
