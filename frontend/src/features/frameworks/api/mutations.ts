import { graphql } from '@/gql';

export const CreateFrameworkMutation = graphql(`
  mutation CreateFramework($input: CreateFrameworkInput!) {
    createFramework(input: $input) {
      framework {
        ...FrameworkDetailFields
      }
    }
  }
`);

export const UpdateFrameworkMutation = graphql(`
  mutation UpdateFramework($input: UpdateFrameworkInput!) {
    updateFramework(input: $input) {
      framework {
        ...FrameworkDetailFields
      }
    }
  }
`);

export const DeleteFrameworkMutation = graphql(`
  mutation DeleteFramework($input: DeleteFrameworkInput!) {
    deleteFramework(input: $input) {
      deletedId
    }
  }
`);

export const AddCompetencyMutation = graphql(`
  mutation AddCompetency($input: AddCompetencyInput!) {
    addCompetency(input: $input) {
      framework {
        ...FrameworkDetailFields
      }
    }
  }
`);

export const UpdateCompetencyMutation = graphql(`
  mutation UpdateCompetency($input: UpdateCompetencyInput!) {
    updateCompetency(input: $input) {
      framework {
        ...FrameworkDetailFields
      }
    }
  }
`);

export const MoveCompetencyMutation = graphql(`
  mutation MoveCompetency($input: MoveCompetencyInput!) {
    moveCompetency(input: $input) {
      framework {
        ...FrameworkDetailFields
      }
    }
  }
`);

export const RemoveCompetencyMutation = graphql(`
  mutation RemoveCompetency($input: RemoveCompetencyInput!) {
    removeCompetency(input: $input) {
      framework {
        ...FrameworkDetailFields
      }
    }
  }
`);

export const AddAspectMutation = graphql(`
  mutation AddAspect($input: AddAspectInput!) {
    addAspect(input: $input) {
      framework {
        ...FrameworkDetailFields
      }
    }
  }
`);

export const UpdateAspectMutation = graphql(`
  mutation UpdateAspect($input: UpdateAspectInput!) {
    updateAspect(input: $input) {
      framework {
        ...FrameworkDetailFields
      }
    }
  }
`);

export const MoveAspectMutation = graphql(`
  mutation MoveAspect($input: MoveAspectInput!) {
    moveAspect(input: $input) {
      framework {
        ...FrameworkDetailFields
      }
    }
  }
`);

export const RemoveAspectMutation = graphql(`
  mutation RemoveAspect($input: RemoveAspectInput!) {
    removeAspect(input: $input) {
      framework {
        ...FrameworkDetailFields
      }
    }
  }
`);

export const ImportFrameworkMutation = graphql(`
  mutation ImportFramework($input: ImportFrameworkInput!) {
    importFramework(input: $input) {
      framework {
        ...FrameworkDetailFields
      }
    }
  }
`);
