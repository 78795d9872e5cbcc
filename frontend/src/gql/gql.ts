/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query OrganisationOptions {\n    organisations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n        plaats\n      }\n    }\n  }\n": typeof types.OrganisationOptionsDocument,
    "\n  query SchoolOptions($search: String, $organisationId: ID) {\n    schools(first: 100, search: $search, organisationId: $organisationId, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      nodes {\n        id\n        name\n        plaats\n      }\n    }\n  }\n": typeof types.SchoolOptionsDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      name\n      email\n      expiresAt\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation {\n        id\n        name\n        kind\n        plaats\n        schoolCount\n        createdAt\n      }\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation DeleteOrganisation($input: DeleteOrganisationInput!) {\n    deleteOrganisation(input: $input) {\n      deletedId\n    }\n  }\n": typeof types.DeleteOrganisationDocument,
    "\n  query Organisations($first: Int!, $after: String, $search: String, $kind: OrganisationKind, $orderBy: OrganisationOrder) {\n    organisations(first: $first, after: $after, search: $search, kind: $kind, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        plaats\n        schoolCount\n        createdAt\n      }\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      organisation {\n        id\n        name\n        kind\n        plaats\n        schoolCount\n        createdAt\n      }\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  query Outbox($first: Int!, $after: String, $search: String) {\n    outbox(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        to\n        subject\n        body\n        createdAt\n        sentAt\n      }\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      person {\n        ...PersonDetailFields\n      }\n    }\n  }\n": typeof types.InvitePersonDocument,
    "\n  query People(\n    $first: Int!\n    $after: String\n    $search: String\n    $role: Role\n    $schoolId: ID\n    $starter: Boolean\n    $orderBy: PersonOrder\n  ) {\n    people(first: $first, after: $after, search: $search, role: $role, schoolId: $schoolId, starter: $starter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        email\n        roles\n        status\n        isStarter\n        createdAt\n        schools {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  fragment PersonDetailFields on Person {\n    id\n    name\n    email\n    phone\n    roles\n    status\n    function\n    werktijdfactor\n    bouw\n    ibStartDate\n    isStarter\n    createdAt\n    organisation {\n      id\n      name\n    }\n    schools {\n      id\n      name\n      plaats\n    }\n  }\n": typeof types.PersonDetailFieldsFragmentDoc,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonDetailFields\n    }\n  }\n": typeof types.PersonDocument,
    "\n  mutation ResendInvitation($input: ResendInvitationInput!) {\n    resendInvitation(input: $input) {\n      person {\n        ...PersonDetailFields\n      }\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation SetPersonDisabled($input: SetPersonDisabledInput!) {\n    setPersonDisabled(input: $input) {\n      person {\n        ...PersonDetailFields\n      }\n    }\n  }\n": typeof types.SetPersonDisabledDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      person {\n        ...PersonDetailFields\n      }\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      person {\n        id\n        name\n        phone\n      }\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation CreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      school {\n        id\n        name\n        brin\n        plaats\n        region\n        staffCount\n        createdAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CreateSchoolDocument,
    "\n  mutation DeleteSchool($input: DeleteSchoolInput!) {\n    deleteSchool(input: $input) {\n      deletedId\n    }\n  }\n": typeof types.DeleteSchoolDocument,
    "\n  query SchoolStaff($schoolId: ID!, $first: Int!, $after: String) {\n    people(schoolId: $schoolId, first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        email\n        roles\n        status\n        function\n        isStarter\n      }\n    }\n  }\n": typeof types.SchoolStaffDocument,
    "\n  query School($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      brin\n      plaats\n      region\n      staffCount\n      createdAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SchoolDocument,
    "\n  query Schools($first: Int!, $after: String, $search: String, $organisationId: ID, $orderBy: SchoolOrder) {\n    schools(first: $first, after: $after, search: $search, organisationId: $organisationId, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        brin\n        plaats\n        region\n        staffCount\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SchoolsDocument,
    "\n  mutation UpdateSchool($input: UpdateSchoolInput!) {\n    updateSchool(input: $input) {\n      school {\n        id\n        name\n        brin\n        plaats\n        region\n        staffCount\n        createdAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.UpdateSchoolDocument,
    "\n  fragment ViewerFields on Viewer {\n    roles\n    menu\n    person {\n      id\n      name\n      email\n      phone\n      status\n      function\n      werktijdfactor\n      bouw\n      ibStartDate\n      isStarter\n      organisation {\n        id\n        name\n      }\n      schools {\n        id\n        name\n        plaats\n      }\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  query OrganisationOptions {\n    organisations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n        plaats\n      }\n    }\n  }\n": types.OrganisationOptionsDocument,
    "\n  query SchoolOptions($search: String, $organisationId: ID) {\n    schools(first: 100, search: $search, organisationId: $organisationId, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      nodes {\n        id\n        name\n        plaats\n      }\n    }\n  }\n": types.SchoolOptionsDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      name\n      email\n      expiresAt\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": types.LogoutDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation {\n        id\n        name\n        kind\n        plaats\n        schoolCount\n        createdAt\n      }\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation DeleteOrganisation($input: DeleteOrganisationInput!) {\n    deleteOrganisation(input: $input) {\n      deletedId\n    }\n  }\n": types.DeleteOrganisationDocument,
    "\n  query Organisations($first: Int!, $after: String, $search: String, $kind: OrganisationKind, $orderBy: OrganisationOrder) {\n    organisations(first: $first, after: $after, search: $search, kind: $kind, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        plaats\n        schoolCount\n        createdAt\n      }\n    }\n  }\n": types.OrganisationsDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      organisation {\n        id\n        name\n        kind\n        plaats\n        schoolCount\n        createdAt\n      }\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  query Outbox($first: Int!, $after: String, $search: String) {\n    outbox(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        to\n        subject\n        body\n        createdAt\n        sentAt\n      }\n    }\n  }\n": types.OutboxDocument,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      person {\n        ...PersonDetailFields\n      }\n    }\n  }\n": types.InvitePersonDocument,
    "\n  query People(\n    $first: Int!\n    $after: String\n    $search: String\n    $role: Role\n    $schoolId: ID\n    $starter: Boolean\n    $orderBy: PersonOrder\n  ) {\n    people(first: $first, after: $after, search: $search, role: $role, schoolId: $schoolId, starter: $starter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        email\n        roles\n        status\n        isStarter\n        createdAt\n        schools {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  fragment PersonDetailFields on Person {\n    id\n    name\n    email\n    phone\n    roles\n    status\n    function\n    werktijdfactor\n    bouw\n    ibStartDate\n    isStarter\n    createdAt\n    organisation {\n      id\n      name\n    }\n    schools {\n      id\n      name\n      plaats\n    }\n  }\n": types.PersonDetailFieldsFragmentDoc,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonDetailFields\n    }\n  }\n": types.PersonDocument,
    "\n  mutation ResendInvitation($input: ResendInvitationInput!) {\n    resendInvitation(input: $input) {\n      person {\n        ...PersonDetailFields\n      }\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation SetPersonDisabled($input: SetPersonDisabledInput!) {\n    setPersonDisabled(input: $input) {\n      person {\n        ...PersonDetailFields\n      }\n    }\n  }\n": types.SetPersonDisabledDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      person {\n        ...PersonDetailFields\n      }\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      person {\n        id\n        name\n        phone\n      }\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation CreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      school {\n        id\n        name\n        brin\n        plaats\n        region\n        staffCount\n        createdAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CreateSchoolDocument,
    "\n  mutation DeleteSchool($input: DeleteSchoolInput!) {\n    deleteSchool(input: $input) {\n      deletedId\n    }\n  }\n": types.DeleteSchoolDocument,
    "\n  query SchoolStaff($schoolId: ID!, $first: Int!, $after: String) {\n    people(schoolId: $schoolId, first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        email\n        roles\n        status\n        function\n        isStarter\n      }\n    }\n  }\n": types.SchoolStaffDocument,
    "\n  query School($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      brin\n      plaats\n      region\n      staffCount\n      createdAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.SchoolDocument,
    "\n  query Schools($first: Int!, $after: String, $search: String, $organisationId: ID, $orderBy: SchoolOrder) {\n    schools(first: $first, after: $after, search: $search, organisationId: $organisationId, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        brin\n        plaats\n        region\n        staffCount\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SchoolsDocument,
    "\n  mutation UpdateSchool($input: UpdateSchoolInput!) {\n    updateSchool(input: $input) {\n      school {\n        id\n        name\n        brin\n        plaats\n        region\n        staffCount\n        createdAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.UpdateSchoolDocument,
    "\n  fragment ViewerFields on Viewer {\n    roles\n    menu\n    person {\n      id\n      name\n      email\n      phone\n      status\n      function\n      werktijdfactor\n      bouw\n      ibStartDate\n      isStarter\n      organisation {\n        id\n        name\n      }\n      schools {\n        id\n        name\n        plaats\n      }\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOptions {\n    organisations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n        plaats\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationOptions {\n    organisations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n        plaats\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolOptions($search: String, $organisationId: ID) {\n    schools(first: 100, search: $search, organisationId: $organisationId, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      nodes {\n        id\n        name\n        plaats\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchoolOptions($search: String, $organisationId: ID) {\n    schools(first: 100, search: $search, organisationId: $organisationId, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      nodes {\n        id\n        name\n        plaats\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      name\n      email\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      name\n      email\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation {\n        id\n        name\n        kind\n        plaats\n        schoolCount\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation {\n        id\n        name\n        kind\n        plaats\n        schoolCount\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOrganisation($input: DeleteOrganisationInput!) {\n    deleteOrganisation(input: $input) {\n      deletedId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteOrganisation($input: DeleteOrganisationInput!) {\n    deleteOrganisation(input: $input) {\n      deletedId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($first: Int!, $after: String, $search: String, $kind: OrganisationKind, $orderBy: OrganisationOrder) {\n    organisations(first: $first, after: $after, search: $search, kind: $kind, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        plaats\n        schoolCount\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organisations($first: Int!, $after: String, $search: String, $kind: OrganisationKind, $orderBy: OrganisationOrder) {\n    organisations(first: $first, after: $after, search: $search, kind: $kind, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        plaats\n        schoolCount\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      organisation {\n        id\n        name\n        kind\n        plaats\n        schoolCount\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      organisation {\n        id\n        name\n        kind\n        plaats\n        schoolCount\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($first: Int!, $after: String, $search: String) {\n    outbox(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        to\n        subject\n        body\n        createdAt\n        sentAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Outbox($first: Int!, $after: String, $search: String) {\n    outbox(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        to\n        subject\n        body\n        createdAt\n        sentAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      person {\n        ...PersonDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      person {\n        ...PersonDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People(\n    $first: Int!\n    $after: String\n    $search: String\n    $role: Role\n    $schoolId: ID\n    $starter: Boolean\n    $orderBy: PersonOrder\n  ) {\n    people(first: $first, after: $after, search: $search, role: $role, schoolId: $schoolId, starter: $starter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        email\n        roles\n        status\n        isStarter\n        createdAt\n        schools {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query People(\n    $first: Int!\n    $after: String\n    $search: String\n    $role: Role\n    $schoolId: ID\n    $starter: Boolean\n    $orderBy: PersonOrder\n  ) {\n    people(first: $first, after: $after, search: $search, role: $role, schoolId: $schoolId, starter: $starter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        email\n        roles\n        status\n        isStarter\n        createdAt\n        schools {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonDetailFields on Person {\n    id\n    name\n    email\n    phone\n    roles\n    status\n    function\n    werktijdfactor\n    bouw\n    ibStartDate\n    isStarter\n    createdAt\n    organisation {\n      id\n      name\n    }\n    schools {\n      id\n      name\n      plaats\n    }\n  }\n"): (typeof documents)["\n  fragment PersonDetailFields on Person {\n    id\n    name\n    email\n    phone\n    roles\n    status\n    function\n    werktijdfactor\n    bouw\n    ibStartDate\n    isStarter\n    createdAt\n    organisation {\n      id\n      name\n    }\n    schools {\n      id\n      name\n      plaats\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($input: ResendInvitationInput!) {\n    resendInvitation(input: $input) {\n      person {\n        ...PersonDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($input: ResendInvitationInput!) {\n    resendInvitation(input: $input) {\n      person {\n        ...PersonDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPersonDisabled($input: SetPersonDisabledInput!) {\n    setPersonDisabled(input: $input) {\n      person {\n        ...PersonDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPersonDisabled($input: SetPersonDisabledInput!) {\n    setPersonDisabled(input: $input) {\n      person {\n        ...PersonDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      person {\n        ...PersonDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      person {\n        ...PersonDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      person {\n        id\n        name\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      person {\n        id\n        name\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      school {\n        id\n        name\n        brin\n        plaats\n        region\n        staffCount\n        createdAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSchool($input: CreateSchoolInput!) {\n    createSchool(input: $input) {\n      school {\n        id\n        name\n        brin\n        plaats\n        region\n        staffCount\n        createdAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSchool($input: DeleteSchoolInput!) {\n    deleteSchool(input: $input) {\n      deletedId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteSchool($input: DeleteSchoolInput!) {\n    deleteSchool(input: $input) {\n      deletedId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolStaff($schoolId: ID!, $first: Int!, $after: String) {\n    people(schoolId: $schoolId, first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        email\n        roles\n        status\n        function\n        isStarter\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchoolStaff($schoolId: ID!, $first: Int!, $after: String) {\n    people(schoolId: $schoolId, first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        email\n        roles\n        status\n        function\n        isStarter\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query School($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      brin\n      plaats\n      region\n      staffCount\n      createdAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query School($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      brin\n      plaats\n      region\n      staffCount\n      createdAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Schools($first: Int!, $after: String, $search: String, $organisationId: ID, $orderBy: SchoolOrder) {\n    schools(first: $first, after: $after, search: $search, organisationId: $organisationId, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        brin\n        plaats\n        region\n        staffCount\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Schools($first: Int!, $after: String, $search: String, $organisationId: ID, $orderBy: SchoolOrder) {\n    schools(first: $first, after: $after, search: $search, organisationId: $organisationId, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        brin\n        plaats\n        region\n        staffCount\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSchool($input: UpdateSchoolInput!) {\n    updateSchool(input: $input) {\n      school {\n        id\n        name\n        brin\n        plaats\n        region\n        staffCount\n        createdAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSchool($input: UpdateSchoolInput!) {\n    updateSchool(input: $input) {\n      school {\n        id\n        name\n        brin\n        plaats\n        region\n        staffCount\n        createdAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    roles\n    menu\n    person {\n      id\n      name\n      email\n      phone\n      status\n      function\n      werktijdfactor\n      bouw\n      ibStartDate\n      isStarter\n      organisation {\n        id\n        name\n      }\n      schools {\n        id\n        name\n        plaats\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    roles\n    menu\n    person {\n      id\n      name\n      email\n      phone\n      status\n      function\n      werktijdfactor\n      bouw\n      ibStartDate\n      isStarter\n      organisation {\n        id\n        name\n      }\n      schools {\n        id\n        name\n        plaats\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;