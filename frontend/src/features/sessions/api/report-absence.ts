import { graphql } from '@/gql';

export const SessionReportAbsenceMutation = graphql(`
  mutation SessionReportAbsence($input: ReportAbsenceInput!) {
    reportAbsence(input: $input) {
      session {
        ...SessionDetailFields
      }
    }
  }
`);
