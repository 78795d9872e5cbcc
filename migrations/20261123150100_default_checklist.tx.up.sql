-- The academy's default onboarding checklist (organisation_id NULL): the six
-- parts of the "Checklist Startende Intern Begeleider/Kwaliteitscoördinator"
-- of the guide for starting IB'ers, with every item of it. A bestuur or
-- samenwerkingsverband copies it into its own template and adapts that.
WITH template AS (
    INSERT INTO checklist_templates (organisation_id, name)
    VALUES (NULL, 'Checklist startende IB''er/KC''er')
    RETURNING id
), parts (position, title) AS (
    VALUES
        (1, 'Facilitering en ondersteuning'),
        (2, 'Taakomschrijving en rollen'),
        (3, 'Kwaliteitszorg en zorgbeleid'),
        (4, 'Werkprocessen en structuur'),
        (5, 'Opleiding en professionalisering'),
        (6, 'Overdracht en inwerken')
), inserted_parts AS (
    INSERT INTO checklist_template_parts (template_id, position, title)
    SELECT template.id, parts.position, parts.title FROM template, parts
    RETURNING id, position
), items (part_position, position, text) AS (
    VALUES
        (1, 1, 'Toegang tot relevante systemen en dossiers (bijv. leerlingvolgsysteem: ParnasSys, ESIS, etc.)'),
        (1, 2, 'Duidelijkheid over beschikbare ondersteuning (ambulante begeleiding, externe experts)'),
        (1, 3, 'Afstemming van tijdsinvestering en takenpakket met directie'),
        (2, 1, 'Duidelijke taakomschrijving en verwachtingen'),
        (2, 2, 'Verdeling van IB/KC-taken binnen de school (bijv. onderbouw/bovenbouw)'),
        (2, 3, 'Afspraken over samenwerking met directie, leerkrachten en externe partners'),
        (2, 4, 'Communicatieafspraken richting ouders en samenwerkingspartners'),
        (3, 1, 'Inzicht in het zorgbeleid van de school en het ondersteuningsprofiel'),
        (3, 2, 'Kennis van procedures voor aanmelding en zorgtrajecten (bijv. dyslexie, hoogbegaafdheid, TLV-aanvragen)'),
        (3, 3, 'Afstemming met externe instanties (jeugdarts, GGD, leerplichtambtenaar, samenwerkingsverband)'),
        (4, 1, 'Toegang tot en uitleg over bestaande formats (bijv. OPP''s, groepsplannen, gespreksverslagen)'),
        (4, 2, 'Duidelijkheid over overlegstructuren (IB-overleg, bouwvergaderingen, multidisciplinair overleg)'),
        (4, 3, 'Jaarplanning en PDCA-cyclus (Plan-Do-Check-Act)'),
        (4, 4, 'Overzicht van groepsplannen en ontwikkelingsperspectieven'),
        (5, 1, 'Introductie in gebruikte HGW-methodieken (HandelingsGericht Werken)'),
        (5, 2, 'Overzicht van relevante opleidingen, cursussen en studiedagen'),
        (5, 3, 'Mogelijkheid tot deelname aan IB-netwerken en intervisiegroepen'),
        (6, 1, 'Overdrachtsgesprek met vorige IB''er (indien mogelijk)'),
        (6, 2, 'Afspraken over inwerkperiode (tijdspad, prioriteiten, kennismaking met team en leerlingen)'),
        (6, 3, 'Mogelijkheid om gekoppeld te worden aan een maatje, een ervaren IB''er die ondersteunt tijdens de inwerkperiode')
)
INSERT INTO checklist_template_items (part_id, position, text)
SELECT inserted_parts.id, items.position, items.text
FROM items JOIN inserted_parts ON inserted_parts.position = items.part_position;
