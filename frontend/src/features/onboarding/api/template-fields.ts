import { graphql } from '@/gql';

// A template as the editor shows it.
export const ChecklistTemplateFieldsFragment = graphql(`
  fragment ChecklistTemplateFields on ChecklistTemplate {
    id
    name
    isDefault
    version
    canEdit
    updatedAt
    organisation {
      id
      name
    }
    parts {
      id
      position
      title
      items {
        id
        position
        text
        linkUrl
        document {
          id
          title
          url
        }
      }
    }
  }
`);
