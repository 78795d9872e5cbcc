import { graphql } from '@/gql';

export const DocumentFieldsFragment = graphql(`
  fragment DocumentFields on Document {
    id
    title
    description
    url
    file {
      id
      name
      contentType
      size
    }
    organisationId
    schoolId
    ownerName
    canManage
    updatedAt
  }
`);

export const DocumentsQuery = graphql(`
  query Documents($organisationId: ID, $schoolId: ID) {
    documents(organisationId: $organisationId, schoolId: $schoolId) {
      ...DocumentFields
    }
  }
`);
