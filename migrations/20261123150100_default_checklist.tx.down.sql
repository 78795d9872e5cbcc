DELETE FROM checklist_templates WHERE organisation_id IS NULL;
