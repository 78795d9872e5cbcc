DROP TABLE IF EXISTS intervisie_attendance, intervisie_meetings, intervisie_members, intervisie_groups,
    mentor_evaluations, mentor_log_entries, mentor_pairings, checklist_items, checklists,
    checklist_template_items, checklist_template_parts, checklist_templates, documents;
ALTER TABLE organisations DROP COLUMN IF EXISTS max_starters_per_maatje;
