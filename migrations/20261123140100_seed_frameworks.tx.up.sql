-- Starting data: two competency frameworks with fixed ids, which the demo
-- world and other starting data refer to. Competencies have ids
-- f0000000-0000-4000-8001-0000000000NN (01-05 LBBO, 06-09 coaching), aspects
-- f0000000-0000-4000-8002-0000000000NN (competency number * 10 + position).

INSERT INTO frameworks (id, name, description, is_example) VALUES
    ('f0000000-0000-4000-8000-000000000001', 'LBBO-beroepsstandaard intern begeleider', 'De vijf kernactiviteiten van de intern begeleider uit de beroepsstandaard van de LBBO, elk met aspecten van professioneel gedrag.', false),
    ('f0000000-0000-4000-8000-000000000002', 'Resultaatgericht coachen en adviseren', 'De vier competenties van de leergang Resultaatgericht coachen en adviseren. De aspecten zijn voorbeelden: vervang ze door die van jullie eigen kader.', true);

INSERT INTO framework_scale_levels (framework_id, value, label, description) VALUES
    ('f0000000-0000-4000-8000-000000000001', 1, 'Nog niet zichtbaar', 'Het gedrag is (nog) niet te zien.'),
    ('f0000000-0000-4000-8000-000000000001', 2, 'In ontwikkeling', 'Het gedrag is soms en met ondersteuning te zien.'),
    ('f0000000-0000-4000-8000-000000000001', 3, 'Zichtbaar', 'Het gedrag is zelfstandig en regelmatig te zien.'),
    ('f0000000-0000-4000-8000-000000000001', 4, 'Voorbeeld voor anderen', 'Het gedrag is vanzelfsprekend en inspireert collega''s.'),
    ('f0000000-0000-4000-8000-000000000002', 1, 'Nog niet zichtbaar', 'Het gedrag is (nog) niet te zien.'),
    ('f0000000-0000-4000-8000-000000000002', 2, 'In ontwikkeling', 'Het gedrag is soms en met ondersteuning te zien.'),
    ('f0000000-0000-4000-8000-000000000002', 3, 'Zichtbaar', 'Het gedrag is zelfstandig en regelmatig te zien.'),
    ('f0000000-0000-4000-8000-000000000002', 4, 'Voorbeeld voor anderen', 'Het gedrag is vanzelfsprekend en inspireert collega''s.');

INSERT INTO competencies (id, framework_id, position, name, description) VALUES
    ('f0000000-0000-4000-8001-000000000001', 'f0000000-0000-4000-8000-000000000001', 1, 'Kenniscoördinator', 'Brengt de pedagogische, didactische en organisatorische kennis van het team in kaart, houdt die actueel en maakt haar toegankelijk, zodat leraren passend onderwijs kunnen geven.'),
    ('f0000000-0000-4000-8001-000000000002', 'f0000000-0000-4000-8000-000000000001', 2, 'Verbinder', 'Verbindt leraren, ouders, leerlingen en externe partners rond de ondersteuning van leerlingen en bevordert de samenwerking daartussen.'),
    ('f0000000-0000-4000-8001-000000000003', 'f0000000-0000-4000-8000-000000000001', 3, 'Coach', 'Begeleidt en coacht leraren bij hun handelen in de klas en hun professionele ontwikkeling, vanuit hun eigen leervraag.'),
    ('f0000000-0000-4000-8001-000000000004', 'f0000000-0000-4000-8000-000000000001', 4, 'Innovator', 'Signaleert ontwikkelkansen voor het onderwijs en de ondersteuning, en helpt veranderingen in te voeren en te borgen.'),
    ('f0000000-0000-4000-8001-000000000005', 'f0000000-0000-4000-8000-000000000001', 5, 'Partner van de schoolleiding', 'Denkt als gesprekspartner van de directie mee over beleid, kwaliteitszorg en de ontwikkeling van het team, en adviseert op basis van schoolanalyses.'),
    ('f0000000-0000-4000-8001-000000000006', 'f0000000-0000-4000-8000-000000000002', 1, 'Doelgericht communiceren', 'Voert gesprekken met een duidelijk doel en stemt de eigen communicatie af op de ander en de situatie.'),
    ('f0000000-0000-4000-8001-000000000007', 'f0000000-0000-4000-8000-000000000002', 2, 'Zorgbesprekingen leiden', 'Leidt groeps- en leerlingbesprekingen zo dat ze leiden tot gedeelde inzichten en uitvoerbare afspraken.'),
    ('f0000000-0000-4000-8001-000000000008', 'f0000000-0000-4000-8000-000000000002', 3, 'Leerkrachten adviseren', 'Geeft leraren onderbouwd en passend advies over het handelen in de groep en de ondersteuning van leerlingen.'),
    ('f0000000-0000-4000-8001-000000000009', 'f0000000-0000-4000-8000-000000000002', 4, 'Leerkrachten coachen', 'Coacht leraren resultaatgericht: vanuit hun leervraag naar eigen oplossingen die werken in de praktijk.');

INSERT INTO aspects (id, competency_id, position, title, description) VALUES
    ('f0000000-0000-4000-8002-000000000011', 'f0000000-0000-4000-8001-000000000001', 1, 'Analyseert opbrengsten en ondersteuningsbehoeften', 'Gebruikt groeps- en schoolanalyses om te bepalen welke kennis het team nodig heeft.'),
    ('f0000000-0000-4000-8002-000000000012', 'f0000000-0000-4000-8001-000000000001', 2, 'Deelt actuele kennis met het team', 'Brengt inzichten uit onderzoek en praktijk op een bruikbare manier in bij leraren.'),
    ('f0000000-0000-4000-8002-000000000013', 'f0000000-0000-4000-8001-000000000001', 3, 'Organiseert kennis binnen de school', 'Zorgt dat afspraken, protocollen en de sociale kaart vindbaar en actueel zijn.'),
    ('f0000000-0000-4000-8002-000000000021', 'f0000000-0000-4000-8001-000000000002', 1, 'Stimuleert samenwerking tussen leraren', 'Brengt collega''s samen om van elkaar te leren, bijvoorbeeld in groeps- en leerlingbesprekingen.'),
    ('f0000000-0000-4000-8002-000000000022', 'f0000000-0000-4000-8001-000000000002', 2, 'Betrekt ouders als partner', 'Zorgt dat ouders gehoord worden en meedenken over de ondersteuning van hun kind.'),
    ('f0000000-0000-4000-8002-000000000023', 'f0000000-0000-4000-8001-000000000002', 3, 'Stemt af met externe deskundigen', 'Werkt doelgericht samen met het samenwerkingsverband, de jeugdhulp en andere ketenpartners.'),
    ('f0000000-0000-4000-8002-000000000031', 'f0000000-0000-4000-8001-000000000003', 1, 'Sluit aan bij de leervraag van de leraar', 'Verkent samen met de leraar wat die wil leren en bereiken, voordat hij adviseert.'),
    ('f0000000-0000-4000-8002-000000000032', 'f0000000-0000-4000-8001-000000000003', 2, 'Voert gesprekken die tot actie leiden', 'Stelt open vragen, vat samen en maakt concrete afspraken over de volgende stap.'),
    ('f0000000-0000-4000-8002-000000000033', 'f0000000-0000-4000-8001-000000000003', 3, 'Geeft feedback en feed forward', 'Benoemt wat goed gaat en wat een volgende stap kan zijn, concreet en op het juiste moment.'),
    ('f0000000-0000-4000-8002-000000000034', 'f0000000-0000-4000-8001-000000000003', 4, 'Observeert in de klas', 'Kijkt gericht mee in de groep en bespreekt de observatie met de leraar.'),
    ('f0000000-0000-4000-8002-000000000041', 'f0000000-0000-4000-8001-000000000004', 1, 'Signaleert verbeterkansen', 'Vertaalt analyses en signalen uit het team naar concrete voorstellen voor verbetering.'),
    ('f0000000-0000-4000-8002-000000000042', 'f0000000-0000-4000-8001-000000000004', 2, 'Begeleidt veranderingen in het team', 'Helpt nieuwe werkwijzen in te voeren en houdt daarbij rekening met wat het team aankan.'),
    ('f0000000-0000-4000-8002-000000000043', 'f0000000-0000-4000-8001-000000000004', 3, 'Onderzoekt de eigen praktijk', 'Gebruikt praktijkonderzoek om te leren wat werkt in de eigen school.'),
    ('f0000000-0000-4000-8002-000000000051', 'f0000000-0000-4000-8001-000000000005', 1, 'Adviseert de directie over beleid', 'Geeft op basis van schoolanalyses onderbouwde adviezen over interventies en ondersteuning.'),
    ('f0000000-0000-4000-8002-000000000052', 'f0000000-0000-4000-8001-000000000005', 2, 'Bewaakt de kwaliteitscyclus mee', 'Draagt bij aan de PDCA-cyclus van de school en de evaluatie van het zorgbeleid.'),
    ('f0000000-0000-4000-8002-000000000053', 'f0000000-0000-4000-8001-000000000005', 3, 'Maakt de eigen rol en taken bespreekbaar', 'Voert met de directie het gesprek over taken, mandaat en facilitering van de IB-rol.'),
    ('f0000000-0000-4000-8002-000000000061', 'f0000000-0000-4000-8001-000000000006', 1, 'Maakt het doel van het gesprek expliciet', 'Voorbeeldaspect: benoemt aan het begin waarom het gesprek gevoerd wordt en wat het moet opleveren.'),
    ('f0000000-0000-4000-8002-000000000062', 'f0000000-0000-4000-8001-000000000006', 2, 'Vraagt door tot de kern', 'Voorbeeldaspect: stelt verdiepende vragen en vat samen om tot de kern van de vraag te komen.'),
    ('f0000000-0000-4000-8002-000000000063', 'f0000000-0000-4000-8001-000000000006', 3, 'Sluit af met concrete afspraken', 'Voorbeeldaspect: rondt af met wie wat wanneer doet.'),
    ('f0000000-0000-4000-8002-000000000071', 'f0000000-0000-4000-8001-000000000007', 1, 'Bereidt de bespreking gericht voor', 'Voorbeeldaspect: verzamelt vooraf gegevens en de vraag van de leraar.'),
    ('f0000000-0000-4000-8002-000000000072', 'f0000000-0000-4000-8001-000000000007', 2, 'Bewaakt structuur en tijd', 'Voorbeeldaspect: volgt de fasen van de bespreking en houdt de tijd in de gaten.'),
    ('f0000000-0000-4000-8002-000000000073', 'f0000000-0000-4000-8001-000000000007', 3, 'Zorgt voor inbreng van alle deelnemers', 'Voorbeeldaspect: nodigt iedereen uit om bij te dragen, ook de stillere deelnemers.'),
    ('f0000000-0000-4000-8002-000000000081', 'f0000000-0000-4000-8001-000000000008', 1, 'Onderbouwt adviezen met gegevens', 'Voorbeeldaspect: baseert een advies op observaties, toetsgegevens en het gesprek met de leraar.'),
    ('f0000000-0000-4000-8002-000000000082', 'f0000000-0000-4000-8001-000000000008', 2, 'Past het advies aan op de context', 'Voorbeeldaspect: houdt rekening met de groep, de leraar en de mogelijkheden van de school.'),
    ('f0000000-0000-4000-8002-000000000083', 'f0000000-0000-4000-8001-000000000008', 3, 'Checkt of het advies werkt', 'Voorbeeldaspect: spreekt af wanneer het effect van het advies wordt besproken.'),
    ('f0000000-0000-4000-8002-000000000091', 'f0000000-0000-4000-8001-000000000009', 1, 'Laat de leraar eigenaar blijven', 'Voorbeeldaspect: geeft niet meteen tips maar helpt de leraar zelf oplossingen te vinden.'),
    ('f0000000-0000-4000-8002-000000000092', 'f0000000-0000-4000-8001-000000000009', 2, 'Werkt met de fasen van de gesprekscyclus', 'Voorbeeldaspect: doorloopt de fasen van het coachgesprek bewust en zichtbaar.'),
    ('f0000000-0000-4000-8002-000000000093', 'f0000000-0000-4000-8001-000000000009', 3, 'Reflecteert met de leraar op het resultaat', 'Voorbeeldaspect: kijkt samen terug op wat de aanpak in de klas opleverde.');
