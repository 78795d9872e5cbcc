import type { OrganisationKind } from '@/gql/graphql';

export const ORGANISATION_KINDS: OrganisationKind[] = ['BESTUUR', 'SAMENWERKINGSVERBAND', 'ACADEMIE'];
