import type { Region } from '@/gql/graphql';

export const REGIONS: Region[] = ['NOORD', 'MIDDEN', 'ZUID'];

/** Two digits and two letters, e.g. 12AB. */
export const BRIN_PATTERN = /^\d{2}[A-Z]{2}$/;

export interface SchoolFormValues {
  name: string;
  brin: string;
  plaats: string;
  region: Region | null;
  organisationId: string | null;
}

/** The fields Create/UpdateSchoolInput share. */
export interface SchoolInputFields {
  name: string;
  brin: string;
  plaats: string;
  region: Region;
  organisationId: string;
}

export const EMPTY_SCHOOL: SchoolFormValues = { name: '', brin: '', plaats: '', region: null, organisationId: null };
