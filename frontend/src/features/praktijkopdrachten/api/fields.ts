import { graphql } from '@/gql';

// The fragments the praktijkopdrachten screens share.

export const PraktijkFileFragment = graphql(`
  fragment PraktijkFile on StoredFile {
    id
    name
    kind
    contentType
    size
    status
    rejectReason
    url
    downloadUrl
    createdAt
  }
`);

export const PraktijkCommentFragment = graphql(`
  fragment PraktijkComment on VideoComment {
    id
    seconds
    kind
    aspect
    body
    createdAt
    author {
      id
      name
    }
    replies {
      id
      body
      createdAt
      author {
        id
        name
      }
    }
  }
`);

export const PraktijkVersionFragment = graphql(`
  fragment PraktijkVersion on SubmissionVersion {
    id
    number
    submittedAt
    reflection
    text
    showsPupils
    consent {
      confirmedAt
      confirmedBy {
        id
        name
      }
    }
    video {
      ...PraktijkFile
    }
    document {
      ...PraktijkFile
    }
    attachments {
      ...PraktijkFile
    }
    feedback {
      feedback
      feedForward
      publishedAt
      updatedAt
      author {
        id
        name
      }
      scores {
        criterionId
        levelId
      }
    }
    comments {
      ...PraktijkComment
    }
  }
`);

export const PraktijkSubmissionFragment = graphql(`
  fragment PraktijkSubmission on Submission {
    id
    status
    handedInAt
    feedbackGivenAt
    completedAt
    filesDeleteAt
    filesDeletedAt
    canEdit
    canReview
    createdAt
    updatedAt
    person {
      id
      name
    }
    versions {
      ...PraktijkVersion
    }
  }
`);

export const PraktijkAssignmentFragment = graphql(`
  fragment PraktijkAssignment on Assignment {
    id
    title
    instructions
    dueOn
    parts
    aspects
    canManage
    createdAt
    updatedAt
    leergang {
      id
      name
    }
    leerjaar {
      id
      number
    }
    rubric {
      id
      title
      description
      levels {
        id
        label
        description
        points
      }
    }
  }
`);
