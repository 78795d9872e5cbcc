import { graphql } from '@/gql';

export const GrowthLeervraagFragment = graphql(`
  fragment GrowthLeervraag on Leervraag {
    id
    question
    kind
    position
    person {
      id
      name
    }
    competencies {
      id
      name
    }
    reflections {
      leerjaar {
        id
        number
      }
      status
      reflection
      updatedAt
    }
  }
`);

export const IntakeQuery = graphql(`
  query Intake($leergangId: ID!, $personId: ID) {
    intake(leergangId: $leergangId, personId: $personId) {
      schoolContext
      directieExpectations
      expectationsBy {
        id
        name
      }
      expectationsAt
      submittedAt
      canEdit
      canEditExpectations
      leervragen {
        ...GrowthLeervraag
      }
    }
  }
`);

// The leerjaren and competencies an intake refers to.
export const IntakeLeergangQuery = graphql(`
  query IntakeLeergang($leergangId: ID!) {
    leergang(id: $leergangId) {
      id
      leerjaren {
        id
        number
      }
      framework {
        id
        competencies {
          id
          name
        }
      }
    }
  }
`);

export const SaveIntakeMutation = graphql(`
  mutation SaveIntake($input: SaveIntakeInput!) {
    saveIntake(input: $input) {
      intake {
        schoolContext
        submittedAt
      }
    }
  }
`);

export const SaveDirectieExpectationsMutation = graphql(`
  mutation SaveDirectieExpectations($input: SaveDirectieExpectationsInput!) {
    saveDirectieExpectations(input: $input) {
      intake {
        directieExpectations
        expectationsAt
      }
    }
  }
`);

export const SaveLeervraagMutation = graphql(`
  mutation SaveLeervraag($input: SaveLeervraagInput!) {
    saveLeervraag(input: $input) {
      leervraag {
        ...GrowthLeervraag
      }
    }
  }
`);

export const DeleteLeervraagMutation = graphql(`
  mutation DeleteLeervraag($input: DeleteLeervraagInput!) {
    deleteLeervraag(input: $input) {
      deletedId
    }
  }
`);

export const ReflectOnLeervraagMutation = graphql(`
  mutation ReflectOnLeervraag($input: ReflectOnLeervraagInput!) {
    reflectOnLeervraag(input: $input) {
      leervraag {
        ...GrowthLeervraag
      }
    }
  }
`);
