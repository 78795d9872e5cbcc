import { graphql } from '@/gql';

export const OnboardingStartersQuery = graphql(`
  query OnboardingStarters($schoolId: ID) {
    onboardingStarters(schoolId: $schoolId) {
      personId
      name
      email
      schoolNames
      ibStartDate
      maatjeName
      canStartChecklist
      checklist {
        id
        templateChanges {
          kind
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
      }
    }
  }
`);
