import { graphql } from '@/gql';

// What every checklist screen shows of a checklist.
export const ChecklistFieldsFragment = graphql(`
  fragment ChecklistFields on Checklist {
    id
    starterId
    starterName
    starterEmail
    schoolNames
    templateVersion
    behind
    canTick
    canTakeInChanges
    updatedAt
    items {
      id
      partTitle
      partPosition
      position
      text
      linkUrl
      document {
        id
        title
        url
      }
      status
      doneOn
      doneByName
      note
      inTemplate
    }
    progress {
      done
      notApplicable
      total
      percent
      parts {
        title
        done
        notApplicable
        total
        percent
      }
    }
    templateChanges {
      kind
      partTitle
      text
      previousText
    }
  }
`);
