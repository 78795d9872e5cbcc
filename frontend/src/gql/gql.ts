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
    "\n  fragment AgendaSessionFields on Session {\n    id\n    title\n    kind\n    dagdeel\n    startsAt\n    endsAt\n    location\n    published\n    cancelledAt\n    canManage\n    leergang {\n      id\n      name\n    }\n    holidays {\n      message\n    }\n  }\n": typeof types.AgendaSessionFieldsFragmentDoc,
    "\n  query AgendaSessions($from: Time!, $to: Time!, $leergangId: ID, $opleiderId: ID, $mine: Boolean) {\n    sessions(from: $from, to: $to, leergangId: $leergangId, opleiderId: $opleiderId, mine: $mine) {\n      ...AgendaSessionFields\n    }\n  }\n": typeof types.AgendaSessionsDocument,
    "\n  query AgendaCalendarFeed {\n    calendarFeed {\n      url\n      active\n      createdAt\n    }\n  }\n": typeof types.AgendaCalendarFeedDocument,
    "\n  query AgendaLeergangOptions {\n    leergangen(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AgendaLeergangOptionsDocument,
    "\n  mutation AgendaMoveSession($input: MoveSessionInput!) {\n    moveSession(input: $input) {\n      session {\n        ...AgendaSessionFields\n      }\n    }\n  }\n": typeof types.AgendaMoveSessionDocument,
    "\n  query AgendaOpleiderOptions {\n    people(first: 100, role: OPLEIDER, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AgendaOpleiderOptionsDocument,
    "\n  mutation AgendaRenewCalendarFeed {\n    renewCalendarFeed {\n      feed {\n        url\n        active\n        createdAt\n      }\n    }\n  }\n": typeof types.AgendaRenewCalendarFeedDocument,
    "\n  mutation AgendaRevokeCalendarFeed {\n    revokeCalendarFeed {\n      feed {\n        url\n        active\n        createdAt\n      }\n    }\n  }\n": typeof types.AgendaRevokeCalendarFeedDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      name\n      email\n      expiresAt\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  mutation HoursDeclare($input: DeclareHoursInput!) {\n    declareHours(input: $input) {\n      declaration {\n        id\n        kind\n        hours\n        description\n        doneOn\n        status\n        reviewNote\n      }\n    }\n  }\n": typeof types.HoursDeclareDocument,
    "\n  query HoursOverview($leergangId: ID, $schoolId: ID) {\n    hoursOverview(leergangId: $leergangId, schoolId: $schoolId) {\n      person {\n        id\n        name\n      }\n      leergang {\n        id\n        name\n      }\n      leerjaar {\n        id\n        number\n      }\n      norm\n      attendanceHours\n      approvedHours\n      pendingHours\n      totalHours\n    }\n  }\n": typeof types.HoursOverviewDocument,
    "\n  query HoursLeergangOptions {\n    leergangen(first: 100) {\n      nodes {\n        id\n        name\n        leerjaren {\n          id\n          number\n        }\n      }\n    }\n  }\n": typeof types.HoursLeergangOptionsDocument,
    "\n  fragment HoursLedgerFields on HoursLedger {\n    leergang {\n      id\n      name\n    }\n    leerjaar {\n      id\n      number\n      startsOn\n      endsOn\n    }\n    norm\n    attendanceHours\n    approvedHours\n    pendingHours\n    totalHours\n    entries {\n      session {\n        id\n        title\n        startsAt\n      }\n      hours\n      status\n    }\n    declarations {\n      id\n      kind\n      hours\n      description\n      doneOn\n      status\n      reviewNote\n    }\n  }\n": typeof types.HoursLedgerFieldsFragmentDoc,
    "\n  query HoursMyLedgers {\n    hoursLedgers {\n      ...HoursLedgerFields\n    }\n  }\n": typeof types.HoursMyLedgersDocument,
    "\n  query HoursPendingDeclarations {\n    pendingDeclarations {\n      id\n      person {\n        id\n        name\n      }\n      leerjaar {\n        id\n        number\n      }\n      kind\n      hours\n      description\n      doneOn\n      status\n      createdAt\n    }\n  }\n": typeof types.HoursPendingDeclarationsDocument,
    "\n  mutation HoursReviewDeclaration($input: ReviewDeclarationInput!) {\n    reviewDeclaration(input: $input) {\n      declaration {\n        id\n        status\n        reviewNote\n      }\n    }\n  }\n": typeof types.HoursReviewDeclarationDocument,
    "\n  mutation CancelSession($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      session {\n        ...SessionRowFields\n      }\n    }\n  }\n": typeof types.CancelSessionDocument,
    "\n  query CheckSession($input: CheckSessionInput!) {\n    checkSession(input: $input) {\n      conflicts {\n        kind\n        message\n        otherSessionId\n        otherSessionTitle\n      }\n      holidays {\n        region\n        name\n        startsOn\n        endsOn\n        message\n      }\n    }\n  }\n": typeof types.CheckSessionDocument,
    "\n  query ClientOrganisations {\n    besturen: organisations(first: 100, kind: BESTUUR, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n        plaats\n      }\n    }\n    samenwerkingsverbanden: organisations(first: 100, kind: SAMENWERKINGSVERBAND, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n        plaats\n      }\n    }\n  }\n": typeof types.ClientOrganisationsDocument,
    "\n  mutation CopyLeergang($input: CopyLeergangInput!) {\n    copyLeergang(input: $input) {\n      leergang {\n        ...LeergangDetailFields\n      }\n    }\n  }\n": typeof types.CopyLeergangDocument,
    "\n  mutation CreateLeergang($input: CreateLeergangInput!) {\n    createLeergang(input: $input) {\n      leergang {\n        ...LeergangDetailFields\n      }\n    }\n  }\n": typeof types.CreateLeergangDocument,
    "\n  mutation CreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      session {\n        ...SessionRowFields\n      }\n    }\n  }\n": typeof types.CreateSessionDocument,
    "\n  mutation DeleteSession($input: DeleteSessionInput!) {\n    deleteSession(input: $input) {\n      deletedId\n    }\n  }\n": typeof types.DeleteSessionDocument,
    "\n  fragment LeergangDetailFields on Leergang {\n    id\n    name\n    description\n    status\n    deelnemerCount\n    canManage\n    createdAt\n    clientOrganisation {\n      id\n      name\n      kind\n    }\n    leerjaren {\n      id\n      number\n      hoursNorm\n      startsOn\n      endsOn\n    }\n    groups {\n      id\n      name\n      members {\n        id\n        name\n        schools {\n          id\n          name\n        }\n      }\n    }\n    opleiders {\n      id\n      name\n    }\n    stuurgroep {\n      id\n      name\n      roles\n    }\n  }\n": typeof types.LeergangDetailFieldsFragmentDoc,
    "\n  query LeergangSessions($from: Time!, $to: Time!, $leergangId: ID!) {\n    sessions(from: $from, to: $to, leergangId: $leergangId) {\n      ...SessionRowFields\n    }\n  }\n": typeof types.LeergangSessionsDocument,
    "\n  query Leergang($id: ID!) {\n    leergang(id: $id) {\n      ...LeergangDetailFields\n    }\n  }\n": typeof types.LeergangDocument,
    "\n  query Leergangen($first: Int!, $after: String, $search: String, $status: LeergangStatus) {\n    leergangen(first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        status\n        deelnemerCount\n        clientOrganisation {\n          id\n          name\n        }\n        leerjaren {\n          id\n          number\n          startsOn\n          endsOn\n        }\n      }\n    }\n  }\n": typeof types.LeergangenDocument,
    "\n  query PersonOptions($role: Role, $organisationId: ID, $search: String) {\n    people(first: 50, role: $role, organisationId: $organisationId, search: $search, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n        schools {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PersonOptionsDocument,
    "\n  query ProposeYear($input: YearPatternInput!) {\n    proposeYear(input: $input) {\n      kind\n      dagdeel\n      title\n      startsAt\n      endsAt\n      holidays {\n        region\n        name\n        startsOn\n        endsOn\n        message\n      }\n    }\n  }\n": typeof types.ProposeYearDocument,
    "\n  fragment SessionRowFields on Session {\n    id\n    kind\n    dagdeel\n    title\n    theme\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    published\n    cancelledAt\n    cancelReason\n    canManage\n    leerjaar {\n      id\n      number\n    }\n    groups {\n      id\n      name\n    }\n    praktijkPerson {\n      id\n      name\n    }\n    holidays {\n      region\n      name\n      startsOn\n      endsOn\n      message\n    }\n  }\n": typeof types.SessionRowFieldsFragmentDoc,
    "\n  query SessionForEdit($id: ID!) {\n    session(id: $id) {\n      id\n      kind\n      dagdeel\n      title\n      theme\n      startsAt\n      endsAt\n      location\n      onlineUrl\n      capacity\n      description\n      overnight\n      published\n      cancelledAt\n      canManage\n      materials {\n        label\n        url\n      }\n      leergang {\n        id\n      }\n      leerjaar {\n        id\n      }\n      groups {\n        id\n      }\n      opleiders {\n        id\n        name\n      }\n      praktijkPerson {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SessionForEditDocument,
    "\n  mutation UpdateLeergang($input: UpdateLeergangInput!) {\n    updateLeergang(input: $input) {\n      leergang {\n        ...LeergangDetailFields\n      }\n    }\n  }\n": typeof types.UpdateLeergangDocument,
    "\n  mutation UpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      session {\n        ...SessionRowFields\n      }\n    }\n  }\n": typeof types.UpdateSessionDocument,
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
    "\n  mutation SessionEvaluate($input: EvaluateSessionInput!) {\n    evaluateSession(input: $input) {\n      session {\n        ...SessionDetailFields\n      }\n    }\n  }\n": typeof types.SessionEvaluateDocument,
    "\n  mutation SessionRegisterAttendance($input: RegisterAttendanceInput!) {\n    registerAttendance(input: $input) {\n      register {\n        rows {\n          ...SessionRegisterRowFields\n        }\n      }\n    }\n  }\n": typeof types.SessionRegisterAttendanceDocument,
    "\n  mutation SessionReportAbsence($input: ReportAbsenceInput!) {\n    reportAbsence(input: $input) {\n      session {\n        ...SessionDetailFields\n      }\n    }\n  }\n": typeof types.SessionReportAbsenceDocument,
    "\n  fragment SessionDetailFields on Session {\n    id\n    title\n    theme\n    kind\n    dagdeel\n    startsAt\n    endsAt\n    creditHours\n    location\n    onlineUrl\n    description\n    materials {\n      label\n      url\n    }\n    leergang {\n      id\n      name\n    }\n    leerjaar {\n      id\n      number\n    }\n    groups {\n      id\n      name\n    }\n    opleiders {\n      id\n      name\n    }\n    praktijkPerson {\n      id\n      name\n    }\n    participantCount\n    published\n    cancelledAt\n    cancelReason\n    holidays {\n      name\n      message\n    }\n    myAttendance {\n      status\n      minutes\n      note\n    }\n    myAbsenceReport {\n      reason\n      reportedAt\n    }\n    myEvaluation {\n      rating\n      tops\n      tips\n      createdAt\n    }\n    canManage\n  }\n": typeof types.SessionDetailFieldsFragmentDoc,
    "\n  query SessionDetail($id: ID!) {\n    session(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": typeof types.SessionDetailDocument,
    "\n  query SessionEvaluationSummary($sessionId: ID!) {\n    sessionEvaluations(sessionId: $sessionId) {\n      count\n      averageRating\n      tops\n      tips\n    }\n  }\n": typeof types.SessionEvaluationSummaryDocument,
    "\n  fragment SessionRegisterRowFields on RegisterRow {\n    person {\n      id\n      name\n      schools {\n        id\n        name\n      }\n    }\n    attendance {\n      status\n      minutes\n      note\n    }\n    absenceReport {\n      reason\n      reportedAt\n    }\n  }\n": typeof types.SessionRegisterRowFieldsFragmentDoc,
    "\n  query SessionAttendanceRegister($sessionId: ID!) {\n    sessionRegister(sessionId: $sessionId) {\n      rows {\n        ...SessionRegisterRowFields\n      }\n    }\n  }\n": typeof types.SessionAttendanceRegisterDocument,
    "\n  fragment ViewerFields on Viewer {\n    roles\n    menu\n    person {\n      id\n      name\n      email\n      phone\n      status\n      function\n      werktijdfactor\n      bouw\n      ibStartDate\n      isStarter\n      organisation {\n        id\n        name\n      }\n      schools {\n        id\n        name\n        plaats\n      }\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  query OrganisationOptions {\n    organisations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n        plaats\n      }\n    }\n  }\n": types.OrganisationOptionsDocument,
    "\n  query SchoolOptions($search: String, $organisationId: ID) {\n    schools(first: 100, search: $search, organisationId: $organisationId, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      nodes {\n        id\n        name\n        plaats\n      }\n    }\n  }\n": types.SchoolOptionsDocument,
    "\n  fragment AgendaSessionFields on Session {\n    id\n    title\n    kind\n    dagdeel\n    startsAt\n    endsAt\n    location\n    published\n    cancelledAt\n    canManage\n    leergang {\n      id\n      name\n    }\n    holidays {\n      message\n    }\n  }\n": types.AgendaSessionFieldsFragmentDoc,
    "\n  query AgendaSessions($from: Time!, $to: Time!, $leergangId: ID, $opleiderId: ID, $mine: Boolean) {\n    sessions(from: $from, to: $to, leergangId: $leergangId, opleiderId: $opleiderId, mine: $mine) {\n      ...AgendaSessionFields\n    }\n  }\n": types.AgendaSessionsDocument,
    "\n  query AgendaCalendarFeed {\n    calendarFeed {\n      url\n      active\n      createdAt\n    }\n  }\n": types.AgendaCalendarFeedDocument,
    "\n  query AgendaLeergangOptions {\n    leergangen(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.AgendaLeergangOptionsDocument,
    "\n  mutation AgendaMoveSession($input: MoveSessionInput!) {\n    moveSession(input: $input) {\n      session {\n        ...AgendaSessionFields\n      }\n    }\n  }\n": types.AgendaMoveSessionDocument,
    "\n  query AgendaOpleiderOptions {\n    people(first: 100, role: OPLEIDER, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.AgendaOpleiderOptionsDocument,
    "\n  mutation AgendaRenewCalendarFeed {\n    renewCalendarFeed {\n      feed {\n        url\n        active\n        createdAt\n      }\n    }\n  }\n": types.AgendaRenewCalendarFeedDocument,
    "\n  mutation AgendaRevokeCalendarFeed {\n    revokeCalendarFeed {\n      feed {\n        url\n        active\n        createdAt\n      }\n    }\n  }\n": types.AgendaRevokeCalendarFeedDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      name\n      email\n      expiresAt\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": types.LogoutDocument,
    "\n  mutation HoursDeclare($input: DeclareHoursInput!) {\n    declareHours(input: $input) {\n      declaration {\n        id\n        kind\n        hours\n        description\n        doneOn\n        status\n        reviewNote\n      }\n    }\n  }\n": types.HoursDeclareDocument,
    "\n  query HoursOverview($leergangId: ID, $schoolId: ID) {\n    hoursOverview(leergangId: $leergangId, schoolId: $schoolId) {\n      person {\n        id\n        name\n      }\n      leergang {\n        id\n        name\n      }\n      leerjaar {\n        id\n        number\n      }\n      norm\n      attendanceHours\n      approvedHours\n      pendingHours\n      totalHours\n    }\n  }\n": types.HoursOverviewDocument,
    "\n  query HoursLeergangOptions {\n    leergangen(first: 100) {\n      nodes {\n        id\n        name\n        leerjaren {\n          id\n          number\n        }\n      }\n    }\n  }\n": types.HoursLeergangOptionsDocument,
    "\n  fragment HoursLedgerFields on HoursLedger {\n    leergang {\n      id\n      name\n    }\n    leerjaar {\n      id\n      number\n      startsOn\n      endsOn\n    }\n    norm\n    attendanceHours\n    approvedHours\n    pendingHours\n    totalHours\n    entries {\n      session {\n        id\n        title\n        startsAt\n      }\n      hours\n      status\n    }\n    declarations {\n      id\n      kind\n      hours\n      description\n      doneOn\n      status\n      reviewNote\n    }\n  }\n": types.HoursLedgerFieldsFragmentDoc,
    "\n  query HoursMyLedgers {\n    hoursLedgers {\n      ...HoursLedgerFields\n    }\n  }\n": types.HoursMyLedgersDocument,
    "\n  query HoursPendingDeclarations {\n    pendingDeclarations {\n      id\n      person {\n        id\n        name\n      }\n      leerjaar {\n        id\n        number\n      }\n      kind\n      hours\n      description\n      doneOn\n      status\n      createdAt\n    }\n  }\n": types.HoursPendingDeclarationsDocument,
    "\n  mutation HoursReviewDeclaration($input: ReviewDeclarationInput!) {\n    reviewDeclaration(input: $input) {\n      declaration {\n        id\n        status\n        reviewNote\n      }\n    }\n  }\n": types.HoursReviewDeclarationDocument,
    "\n  mutation CancelSession($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      session {\n        ...SessionRowFields\n      }\n    }\n  }\n": types.CancelSessionDocument,
    "\n  query CheckSession($input: CheckSessionInput!) {\n    checkSession(input: $input) {\n      conflicts {\n        kind\n        message\n        otherSessionId\n        otherSessionTitle\n      }\n      holidays {\n        region\n        name\n        startsOn\n        endsOn\n        message\n      }\n    }\n  }\n": types.CheckSessionDocument,
    "\n  query ClientOrganisations {\n    besturen: organisations(first: 100, kind: BESTUUR, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n        plaats\n      }\n    }\n    samenwerkingsverbanden: organisations(first: 100, kind: SAMENWERKINGSVERBAND, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n        plaats\n      }\n    }\n  }\n": types.ClientOrganisationsDocument,
    "\n  mutation CopyLeergang($input: CopyLeergangInput!) {\n    copyLeergang(input: $input) {\n      leergang {\n        ...LeergangDetailFields\n      }\n    }\n  }\n": types.CopyLeergangDocument,
    "\n  mutation CreateLeergang($input: CreateLeergangInput!) {\n    createLeergang(input: $input) {\n      leergang {\n        ...LeergangDetailFields\n      }\n    }\n  }\n": types.CreateLeergangDocument,
    "\n  mutation CreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      session {\n        ...SessionRowFields\n      }\n    }\n  }\n": types.CreateSessionDocument,
    "\n  mutation DeleteSession($input: DeleteSessionInput!) {\n    deleteSession(input: $input) {\n      deletedId\n    }\n  }\n": types.DeleteSessionDocument,
    "\n  fragment LeergangDetailFields on Leergang {\n    id\n    name\n    description\n    status\n    deelnemerCount\n    canManage\n    createdAt\n    clientOrganisation {\n      id\n      name\n      kind\n    }\n    leerjaren {\n      id\n      number\n      hoursNorm\n      startsOn\n      endsOn\n    }\n    groups {\n      id\n      name\n      members {\n        id\n        name\n        schools {\n          id\n          name\n        }\n      }\n    }\n    opleiders {\n      id\n      name\n    }\n    stuurgroep {\n      id\n      name\n      roles\n    }\n  }\n": types.LeergangDetailFieldsFragmentDoc,
    "\n  query LeergangSessions($from: Time!, $to: Time!, $leergangId: ID!) {\n    sessions(from: $from, to: $to, leergangId: $leergangId) {\n      ...SessionRowFields\n    }\n  }\n": types.LeergangSessionsDocument,
    "\n  query Leergang($id: ID!) {\n    leergang(id: $id) {\n      ...LeergangDetailFields\n    }\n  }\n": types.LeergangDocument,
    "\n  query Leergangen($first: Int!, $after: String, $search: String, $status: LeergangStatus) {\n    leergangen(first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        status\n        deelnemerCount\n        clientOrganisation {\n          id\n          name\n        }\n        leerjaren {\n          id\n          number\n          startsOn\n          endsOn\n        }\n      }\n    }\n  }\n": types.LeergangenDocument,
    "\n  query PersonOptions($role: Role, $organisationId: ID, $search: String) {\n    people(first: 50, role: $role, organisationId: $organisationId, search: $search, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n        schools {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PersonOptionsDocument,
    "\n  query ProposeYear($input: YearPatternInput!) {\n    proposeYear(input: $input) {\n      kind\n      dagdeel\n      title\n      startsAt\n      endsAt\n      holidays {\n        region\n        name\n        startsOn\n        endsOn\n        message\n      }\n    }\n  }\n": types.ProposeYearDocument,
    "\n  fragment SessionRowFields on Session {\n    id\n    kind\n    dagdeel\n    title\n    theme\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    published\n    cancelledAt\n    cancelReason\n    canManage\n    leerjaar {\n      id\n      number\n    }\n    groups {\n      id\n      name\n    }\n    praktijkPerson {\n      id\n      name\n    }\n    holidays {\n      region\n      name\n      startsOn\n      endsOn\n      message\n    }\n  }\n": types.SessionRowFieldsFragmentDoc,
    "\n  query SessionForEdit($id: ID!) {\n    session(id: $id) {\n      id\n      kind\n      dagdeel\n      title\n      theme\n      startsAt\n      endsAt\n      location\n      onlineUrl\n      capacity\n      description\n      overnight\n      published\n      cancelledAt\n      canManage\n      materials {\n        label\n        url\n      }\n      leergang {\n        id\n      }\n      leerjaar {\n        id\n      }\n      groups {\n        id\n      }\n      opleiders {\n        id\n        name\n      }\n      praktijkPerson {\n        id\n        name\n      }\n    }\n  }\n": types.SessionForEditDocument,
    "\n  mutation UpdateLeergang($input: UpdateLeergangInput!) {\n    updateLeergang(input: $input) {\n      leergang {\n        ...LeergangDetailFields\n      }\n    }\n  }\n": types.UpdateLeergangDocument,
    "\n  mutation UpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      session {\n        ...SessionRowFields\n      }\n    }\n  }\n": types.UpdateSessionDocument,
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
    "\n  mutation SessionEvaluate($input: EvaluateSessionInput!) {\n    evaluateSession(input: $input) {\n      session {\n        ...SessionDetailFields\n      }\n    }\n  }\n": types.SessionEvaluateDocument,
    "\n  mutation SessionRegisterAttendance($input: RegisterAttendanceInput!) {\n    registerAttendance(input: $input) {\n      register {\n        rows {\n          ...SessionRegisterRowFields\n        }\n      }\n    }\n  }\n": types.SessionRegisterAttendanceDocument,
    "\n  mutation SessionReportAbsence($input: ReportAbsenceInput!) {\n    reportAbsence(input: $input) {\n      session {\n        ...SessionDetailFields\n      }\n    }\n  }\n": types.SessionReportAbsenceDocument,
    "\n  fragment SessionDetailFields on Session {\n    id\n    title\n    theme\n    kind\n    dagdeel\n    startsAt\n    endsAt\n    creditHours\n    location\n    onlineUrl\n    description\n    materials {\n      label\n      url\n    }\n    leergang {\n      id\n      name\n    }\n    leerjaar {\n      id\n      number\n    }\n    groups {\n      id\n      name\n    }\n    opleiders {\n      id\n      name\n    }\n    praktijkPerson {\n      id\n      name\n    }\n    participantCount\n    published\n    cancelledAt\n    cancelReason\n    holidays {\n      name\n      message\n    }\n    myAttendance {\n      status\n      minutes\n      note\n    }\n    myAbsenceReport {\n      reason\n      reportedAt\n    }\n    myEvaluation {\n      rating\n      tops\n      tips\n      createdAt\n    }\n    canManage\n  }\n": types.SessionDetailFieldsFragmentDoc,
    "\n  query SessionDetail($id: ID!) {\n    session(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n": types.SessionDetailDocument,
    "\n  query SessionEvaluationSummary($sessionId: ID!) {\n    sessionEvaluations(sessionId: $sessionId) {\n      count\n      averageRating\n      tops\n      tips\n    }\n  }\n": types.SessionEvaluationSummaryDocument,
    "\n  fragment SessionRegisterRowFields on RegisterRow {\n    person {\n      id\n      name\n      schools {\n        id\n        name\n      }\n    }\n    attendance {\n      status\n      minutes\n      note\n    }\n    absenceReport {\n      reason\n      reportedAt\n    }\n  }\n": types.SessionRegisterRowFieldsFragmentDoc,
    "\n  query SessionAttendanceRegister($sessionId: ID!) {\n    sessionRegister(sessionId: $sessionId) {\n      rows {\n        ...SessionRegisterRowFields\n      }\n    }\n  }\n": types.SessionAttendanceRegisterDocument,
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
export function graphql(source: "\n  fragment AgendaSessionFields on Session {\n    id\n    title\n    kind\n    dagdeel\n    startsAt\n    endsAt\n    location\n    published\n    cancelledAt\n    canManage\n    leergang {\n      id\n      name\n    }\n    holidays {\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaSessionFields on Session {\n    id\n    title\n    kind\n    dagdeel\n    startsAt\n    endsAt\n    location\n    published\n    cancelledAt\n    canManage\n    leergang {\n      id\n      name\n    }\n    holidays {\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaSessions($from: Time!, $to: Time!, $leergangId: ID, $opleiderId: ID, $mine: Boolean) {\n    sessions(from: $from, to: $to, leergangId: $leergangId, opleiderId: $opleiderId, mine: $mine) {\n      ...AgendaSessionFields\n    }\n  }\n"): (typeof documents)["\n  query AgendaSessions($from: Time!, $to: Time!, $leergangId: ID, $opleiderId: ID, $mine: Boolean) {\n    sessions(from: $from, to: $to, leergangId: $leergangId, opleiderId: $opleiderId, mine: $mine) {\n      ...AgendaSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaCalendarFeed {\n    calendarFeed {\n      url\n      active\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query AgendaCalendarFeed {\n    calendarFeed {\n      url\n      active\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaLeergangOptions {\n    leergangen(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgendaLeergangOptions {\n    leergangen(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgendaMoveSession($input: MoveSessionInput!) {\n    moveSession(input: $input) {\n      session {\n        ...AgendaSessionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AgendaMoveSession($input: MoveSessionInput!) {\n    moveSession(input: $input) {\n      session {\n        ...AgendaSessionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaOpleiderOptions {\n    people(first: 100, role: OPLEIDER, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgendaOpleiderOptions {\n    people(first: 100, role: OPLEIDER, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgendaRenewCalendarFeed {\n    renewCalendarFeed {\n      feed {\n        url\n        active\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AgendaRenewCalendarFeed {\n    renewCalendarFeed {\n      feed {\n        url\n        active\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgendaRevokeCalendarFeed {\n    revokeCalendarFeed {\n      feed {\n        url\n        active\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AgendaRevokeCalendarFeed {\n    revokeCalendarFeed {\n      feed {\n        url\n        active\n        createdAt\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation HoursDeclare($input: DeclareHoursInput!) {\n    declareHours(input: $input) {\n      declaration {\n        id\n        kind\n        hours\n        description\n        doneOn\n        status\n        reviewNote\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HoursDeclare($input: DeclareHoursInput!) {\n    declareHours(input: $input) {\n      declaration {\n        id\n        kind\n        hours\n        description\n        doneOn\n        status\n        reviewNote\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HoursOverview($leergangId: ID, $schoolId: ID) {\n    hoursOverview(leergangId: $leergangId, schoolId: $schoolId) {\n      person {\n        id\n        name\n      }\n      leergang {\n        id\n        name\n      }\n      leerjaar {\n        id\n        number\n      }\n      norm\n      attendanceHours\n      approvedHours\n      pendingHours\n      totalHours\n    }\n  }\n"): (typeof documents)["\n  query HoursOverview($leergangId: ID, $schoolId: ID) {\n    hoursOverview(leergangId: $leergangId, schoolId: $schoolId) {\n      person {\n        id\n        name\n      }\n      leergang {\n        id\n        name\n      }\n      leerjaar {\n        id\n        number\n      }\n      norm\n      attendanceHours\n      approvedHours\n      pendingHours\n      totalHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HoursLeergangOptions {\n    leergangen(first: 100) {\n      nodes {\n        id\n        name\n        leerjaren {\n          id\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HoursLeergangOptions {\n    leergangen(first: 100) {\n      nodes {\n        id\n        name\n        leerjaren {\n          id\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HoursLedgerFields on HoursLedger {\n    leergang {\n      id\n      name\n    }\n    leerjaar {\n      id\n      number\n      startsOn\n      endsOn\n    }\n    norm\n    attendanceHours\n    approvedHours\n    pendingHours\n    totalHours\n    entries {\n      session {\n        id\n        title\n        startsAt\n      }\n      hours\n      status\n    }\n    declarations {\n      id\n      kind\n      hours\n      description\n      doneOn\n      status\n      reviewNote\n    }\n  }\n"): (typeof documents)["\n  fragment HoursLedgerFields on HoursLedger {\n    leergang {\n      id\n      name\n    }\n    leerjaar {\n      id\n      number\n      startsOn\n      endsOn\n    }\n    norm\n    attendanceHours\n    approvedHours\n    pendingHours\n    totalHours\n    entries {\n      session {\n        id\n        title\n        startsAt\n      }\n      hours\n      status\n    }\n    declarations {\n      id\n      kind\n      hours\n      description\n      doneOn\n      status\n      reviewNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HoursMyLedgers {\n    hoursLedgers {\n      ...HoursLedgerFields\n    }\n  }\n"): (typeof documents)["\n  query HoursMyLedgers {\n    hoursLedgers {\n      ...HoursLedgerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HoursPendingDeclarations {\n    pendingDeclarations {\n      id\n      person {\n        id\n        name\n      }\n      leerjaar {\n        id\n        number\n      }\n      kind\n      hours\n      description\n      doneOn\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query HoursPendingDeclarations {\n    pendingDeclarations {\n      id\n      person {\n        id\n        name\n      }\n      leerjaar {\n        id\n        number\n      }\n      kind\n      hours\n      description\n      doneOn\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoursReviewDeclaration($input: ReviewDeclarationInput!) {\n    reviewDeclaration(input: $input) {\n      declaration {\n        id\n        status\n        reviewNote\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HoursReviewDeclaration($input: ReviewDeclarationInput!) {\n    reviewDeclaration(input: $input) {\n      declaration {\n        id\n        status\n        reviewNote\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSession($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      session {\n        ...SessionRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelSession($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      session {\n        ...SessionRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckSession($input: CheckSessionInput!) {\n    checkSession(input: $input) {\n      conflicts {\n        kind\n        message\n        otherSessionId\n        otherSessionTitle\n      }\n      holidays {\n        region\n        name\n        startsOn\n        endsOn\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckSession($input: CheckSessionInput!) {\n    checkSession(input: $input) {\n      conflicts {\n        kind\n        message\n        otherSessionId\n        otherSessionTitle\n      }\n      holidays {\n        region\n        name\n        startsOn\n        endsOn\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientOrganisations {\n    besturen: organisations(first: 100, kind: BESTUUR, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n        plaats\n      }\n    }\n    samenwerkingsverbanden: organisations(first: 100, kind: SAMENWERKINGSVERBAND, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n        plaats\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientOrganisations {\n    besturen: organisations(first: 100, kind: BESTUUR, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n        plaats\n      }\n    }\n    samenwerkingsverbanden: organisations(first: 100, kind: SAMENWERKINGSVERBAND, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n        plaats\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyLeergang($input: CopyLeergangInput!) {\n    copyLeergang(input: $input) {\n      leergang {\n        ...LeergangDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CopyLeergang($input: CopyLeergangInput!) {\n    copyLeergang(input: $input) {\n      leergang {\n        ...LeergangDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLeergang($input: CreateLeergangInput!) {\n    createLeergang(input: $input) {\n      leergang {\n        ...LeergangDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLeergang($input: CreateLeergangInput!) {\n    createLeergang(input: $input) {\n      leergang {\n        ...LeergangDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      session {\n        ...SessionRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      session {\n        ...SessionRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSession($input: DeleteSessionInput!) {\n    deleteSession(input: $input) {\n      deletedId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteSession($input: DeleteSessionInput!) {\n    deleteSession(input: $input) {\n      deletedId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeergangDetailFields on Leergang {\n    id\n    name\n    description\n    status\n    deelnemerCount\n    canManage\n    createdAt\n    clientOrganisation {\n      id\n      name\n      kind\n    }\n    leerjaren {\n      id\n      number\n      hoursNorm\n      startsOn\n      endsOn\n    }\n    groups {\n      id\n      name\n      members {\n        id\n        name\n        schools {\n          id\n          name\n        }\n      }\n    }\n    opleiders {\n      id\n      name\n    }\n    stuurgroep {\n      id\n      name\n      roles\n    }\n  }\n"): (typeof documents)["\n  fragment LeergangDetailFields on Leergang {\n    id\n    name\n    description\n    status\n    deelnemerCount\n    canManage\n    createdAt\n    clientOrganisation {\n      id\n      name\n      kind\n    }\n    leerjaren {\n      id\n      number\n      hoursNorm\n      startsOn\n      endsOn\n    }\n    groups {\n      id\n      name\n      members {\n        id\n        name\n        schools {\n          id\n          name\n        }\n      }\n    }\n    opleiders {\n      id\n      name\n    }\n    stuurgroep {\n      id\n      name\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeergangSessions($from: Time!, $to: Time!, $leergangId: ID!) {\n    sessions(from: $from, to: $to, leergangId: $leergangId) {\n      ...SessionRowFields\n    }\n  }\n"): (typeof documents)["\n  query LeergangSessions($from: Time!, $to: Time!, $leergangId: ID!) {\n    sessions(from: $from, to: $to, leergangId: $leergangId) {\n      ...SessionRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leergang($id: ID!) {\n    leergang(id: $id) {\n      ...LeergangDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Leergang($id: ID!) {\n    leergang(id: $id) {\n      ...LeergangDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leergangen($first: Int!, $after: String, $search: String, $status: LeergangStatus) {\n    leergangen(first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        status\n        deelnemerCount\n        clientOrganisation {\n          id\n          name\n        }\n        leerjaren {\n          id\n          number\n          startsOn\n          endsOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Leergangen($first: Int!, $after: String, $search: String, $status: LeergangStatus) {\n    leergangen(first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        status\n        deelnemerCount\n        clientOrganisation {\n          id\n          name\n        }\n        leerjaren {\n          id\n          number\n          startsOn\n          endsOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonOptions($role: Role, $organisationId: ID, $search: String) {\n    people(first: 50, role: $role, organisationId: $organisationId, search: $search, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n        schools {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonOptions($role: Role, $organisationId: ID, $search: String) {\n    people(first: 50, role: $role, organisationId: $organisationId, search: $search, orderBy: { field: NAME, direction: ASC }) {\n      nodes {\n        id\n        name\n        schools {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposeYear($input: YearPatternInput!) {\n    proposeYear(input: $input) {\n      kind\n      dagdeel\n      title\n      startsAt\n      endsAt\n      holidays {\n        region\n        name\n        startsOn\n        endsOn\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposeYear($input: YearPatternInput!) {\n    proposeYear(input: $input) {\n      kind\n      dagdeel\n      title\n      startsAt\n      endsAt\n      holidays {\n        region\n        name\n        startsOn\n        endsOn\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionRowFields on Session {\n    id\n    kind\n    dagdeel\n    title\n    theme\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    published\n    cancelledAt\n    cancelReason\n    canManage\n    leerjaar {\n      id\n      number\n    }\n    groups {\n      id\n      name\n    }\n    praktijkPerson {\n      id\n      name\n    }\n    holidays {\n      region\n      name\n      startsOn\n      endsOn\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment SessionRowFields on Session {\n    id\n    kind\n    dagdeel\n    title\n    theme\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    published\n    cancelledAt\n    cancelReason\n    canManage\n    leerjaar {\n      id\n      number\n    }\n    groups {\n      id\n      name\n    }\n    praktijkPerson {\n      id\n      name\n    }\n    holidays {\n      region\n      name\n      startsOn\n      endsOn\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionForEdit($id: ID!) {\n    session(id: $id) {\n      id\n      kind\n      dagdeel\n      title\n      theme\n      startsAt\n      endsAt\n      location\n      onlineUrl\n      capacity\n      description\n      overnight\n      published\n      cancelledAt\n      canManage\n      materials {\n        label\n        url\n      }\n      leergang {\n        id\n      }\n      leerjaar {\n        id\n      }\n      groups {\n        id\n      }\n      opleiders {\n        id\n        name\n      }\n      praktijkPerson {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionForEdit($id: ID!) {\n    session(id: $id) {\n      id\n      kind\n      dagdeel\n      title\n      theme\n      startsAt\n      endsAt\n      location\n      onlineUrl\n      capacity\n      description\n      overnight\n      published\n      cancelledAt\n      canManage\n      materials {\n        label\n        url\n      }\n      leergang {\n        id\n      }\n      leerjaar {\n        id\n      }\n      groups {\n        id\n      }\n      opleiders {\n        id\n        name\n      }\n      praktijkPerson {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLeergang($input: UpdateLeergangInput!) {\n    updateLeergang(input: $input) {\n      leergang {\n        ...LeergangDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLeergang($input: UpdateLeergangInput!) {\n    updateLeergang(input: $input) {\n      leergang {\n        ...LeergangDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      session {\n        ...SessionRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      session {\n        ...SessionRowFields\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation SessionEvaluate($input: EvaluateSessionInput!) {\n    evaluateSession(input: $input) {\n      session {\n        ...SessionDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionEvaluate($input: EvaluateSessionInput!) {\n    evaluateSession(input: $input) {\n      session {\n        ...SessionDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionRegisterAttendance($input: RegisterAttendanceInput!) {\n    registerAttendance(input: $input) {\n      register {\n        rows {\n          ...SessionRegisterRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionRegisterAttendance($input: RegisterAttendanceInput!) {\n    registerAttendance(input: $input) {\n      register {\n        rows {\n          ...SessionRegisterRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionReportAbsence($input: ReportAbsenceInput!) {\n    reportAbsence(input: $input) {\n      session {\n        ...SessionDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionReportAbsence($input: ReportAbsenceInput!) {\n    reportAbsence(input: $input) {\n      session {\n        ...SessionDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionDetailFields on Session {\n    id\n    title\n    theme\n    kind\n    dagdeel\n    startsAt\n    endsAt\n    creditHours\n    location\n    onlineUrl\n    description\n    materials {\n      label\n      url\n    }\n    leergang {\n      id\n      name\n    }\n    leerjaar {\n      id\n      number\n    }\n    groups {\n      id\n      name\n    }\n    opleiders {\n      id\n      name\n    }\n    praktijkPerson {\n      id\n      name\n    }\n    participantCount\n    published\n    cancelledAt\n    cancelReason\n    holidays {\n      name\n      message\n    }\n    myAttendance {\n      status\n      minutes\n      note\n    }\n    myAbsenceReport {\n      reason\n      reportedAt\n    }\n    myEvaluation {\n      rating\n      tops\n      tips\n      createdAt\n    }\n    canManage\n  }\n"): (typeof documents)["\n  fragment SessionDetailFields on Session {\n    id\n    title\n    theme\n    kind\n    dagdeel\n    startsAt\n    endsAt\n    creditHours\n    location\n    onlineUrl\n    description\n    materials {\n      label\n      url\n    }\n    leergang {\n      id\n      name\n    }\n    leerjaar {\n      id\n      number\n    }\n    groups {\n      id\n      name\n    }\n    opleiders {\n      id\n      name\n    }\n    praktijkPerson {\n      id\n      name\n    }\n    participantCount\n    published\n    cancelledAt\n    cancelReason\n    holidays {\n      name\n      message\n    }\n    myAttendance {\n      status\n      minutes\n      note\n    }\n    myAbsenceReport {\n      reason\n      reportedAt\n    }\n    myEvaluation {\n      rating\n      tops\n      tips\n      createdAt\n    }\n    canManage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionDetail($id: ID!) {\n    session(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"): (typeof documents)["\n  query SessionDetail($id: ID!) {\n    session(id: $id) {\n      ...SessionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionEvaluationSummary($sessionId: ID!) {\n    sessionEvaluations(sessionId: $sessionId) {\n      count\n      averageRating\n      tops\n      tips\n    }\n  }\n"): (typeof documents)["\n  query SessionEvaluationSummary($sessionId: ID!) {\n    sessionEvaluations(sessionId: $sessionId) {\n      count\n      averageRating\n      tops\n      tips\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionRegisterRowFields on RegisterRow {\n    person {\n      id\n      name\n      schools {\n        id\n        name\n      }\n    }\n    attendance {\n      status\n      minutes\n      note\n    }\n    absenceReport {\n      reason\n      reportedAt\n    }\n  }\n"): (typeof documents)["\n  fragment SessionRegisterRowFields on RegisterRow {\n    person {\n      id\n      name\n      schools {\n        id\n        name\n      }\n    }\n    attendance {\n      status\n      minutes\n      note\n    }\n    absenceReport {\n      reason\n      reportedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionAttendanceRegister($sessionId: ID!) {\n    sessionRegister(sessionId: $sessionId) {\n      rows {\n        ...SessionRegisterRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionAttendanceRegister($sessionId: ID!) {\n    sessionRegister(sessionId: $sessionId) {\n      rows {\n        ...SessionRegisterRowFields\n      }\n    }\n  }\n"];
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