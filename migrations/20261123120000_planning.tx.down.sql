DROP TABLE IF EXISTS calendar_feeds, session_evaluations, hour_declarations, absence_reports, attendance,
    session_opleiders, session_groups, sessions, stuurgroep_members, leergang_opleiders, group_members,
    leergang_groups, leerjaren, leergangen;
DROP FUNCTION IF EXISTS sync_session_opleiders();
