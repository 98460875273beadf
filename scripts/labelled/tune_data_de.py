"""German-language candidates of the tune set (Germany, Austria, Switzerland)."""

from tune_common import doc, edu, job, person

P = [
    person(
        "thomas-mueller", "Thomas Müller",
        city="München", email="thomas.mueller.sap@web.de", phone="0171 2345678",
        address="Leopoldstraße 118, 80802 München", born="14.02.1983 in Augsburg", nationality="deutsch",
        jobs=[
            job("Senior SAP FI/CO Berater", "Allianz Technology SE", "München", (2018, 4), None, [
                "Konzeption und Einführung von SAP S/4HANA Finance für 12 Gesellschaften",
                "Leitung eines Teams von 4 internen und 6 externen Beratern",
                "Schnittstellen zu Konsolidierung (SAP Group Reporting) und Treasury",
            ]),
            job("SAP Berater Finanzwesen", "msg systems ag", "Ismaning", (2012, 10), (2018, 3), [
                "Rollouts SAP FI/CO bei Mittelständlern aus Automotive und Handel",
                "Anwenderschulungen und Go-live-Support",
            ]),
            job("Junior Controller", "MAN Truck & Bus", "München", (2009, 8), (2012, 9), [
                "Kostenstellenrechnung und Monatsberichte",
            ]),
        ],
        edu=[edu("Diplom-Kaufmann (Univ.)", "Ludwig-Maximilians-Universität München", "München", 2003, 2009,
                 note="Schwerpunkte: Controlling, Wirtschaftsinformatik")],
        skills=[("SAP", ["FI", "CO", "S/4HANA Finance", "Group Reporting"]),
                ("Methoden", ["Projektleitung", "Scrum", "Prozessdesign"]),
                ("Tools", ["Jira", "Confluence", "MS Excel (VBA)"])],
        certs=["SAP Certified Application Associate – SAP S/4HANA for Financial Accounting (2019)",
               "PRINCE2 Foundation"],
        langs=[("Deutsch", "Muttersprache"), ("Englisch", "verhandlungssicher"), ("Italienisch", "Grundkenntnisse")],
        signoff="München, 14.10.2024",
        prefs=dict(
            roles=["SAP Finance Architect", "Teamleitung SAP FI/CO"], salary="105.000 € brutto p. a.",
            mode="Hybrid (2 Tage Büro)", locations=["München", "Remote"], relocation="Nein",
            notice="3 Monate zum Quartalsende", start="01.04.2025", company_size="Konzern oder großer Mittelstand",
            industries=["Versicherungen", "Industrie"], contract="Festanstellung, Vollzeit", travel="max. 20 %"),
    ),
    person(
        "anna-schmidt", "Anna Schmidt",
        headline="Softwareentwicklerin (Backend, Python)", city="Berlin", country="DE",
        email="anna.schmidt@posteo.de", phone="+49 151 23456789", link="github.com/annaschmidt",
        summary="Backend-Entwicklerin mit sechs Jahren Erfahrung in Python und Django, vor allem in "
                "Gesundheits- und Mobilitäts-Start-ups. Ich mag saubere Schnittstellen, gute Tests und "
                "Teams, die ehrlich über technische Schulden sprechen.",
        jobs=[
            job("Senior Backend Engineer", "Doctolib", "Berlin", (2021, 7), None, [
                "Terminbuchungs-API für 80.000 Praxen in Deutschland (Python, PostgreSQL)",
                "Einführung von Contract-Tests zwischen 9 Services",
                "Onboarding-Patin für neue Teammitglieder",
            ]),
            job("Backend-Entwicklerin", "Tier Mobility", "Berlin", (2019, 1), (2021, 6), [
                "Flottenmanagement für E-Scooter in 30 Städten",
                "Migration von Celery auf eine ereignisgesteuerte Architektur",
            ]),
            job("Werkstudentin Softwareentwicklung", "Zalando", "Berlin", (2017, 4), (2018, 12), [
                "Interne Tools für das Retourenmanagement",
            ]),
        ],
        edu=[edu("M.Sc. Informatik", "Technische Universität Berlin", "Berlin", 2016, 2019),
             edu("B.Sc. Informatik", "Universität Potsdam", "Potsdam", 2012, 2016)],
        skills=["Python", "Django", "FastAPI", "PostgreSQL", "Kafka", "Docker", "Kubernetes", "GCP"],
        langs=[("Deutsch", "Muttersprache"), ("Englisch", "fließend"), ("Spanisch", "B1")],
        prefs=dict(
            roles=["Staff Engineer", "Senior Backend Engineer"], salary="85.000–95.000 € brutto",
            salary_min=85000, salary_max=95000, currency="EUR", mode="Remote, gern mit Treffen einmal im Monat",
            mode_key="remote", locations=["Berlin", "Remote (Deutschland)"], relocation="Nein", relocate=False,
            notice="2 Monate", start="März 2025", company_size="50–500 Mitarbeitende",
            industries=["Gesundheit", "Klima", "öffentlicher Sektor"], contract="Festanstellung",
            visa="EU-Bürgerin"),
    ),
    person(
        "lukas-weber", "Lukas Weber", city="Stuttgart", country="DE",
        email="lukas.weber@gmx.de", phone="+49 160 9876543",
        about_long=[
            "Ich bin Maschinenbauingenieur und arbeite seit über zehn Jahren an Antriebssträngen – erst an "
            "Verbrennungsmotoren, seit 2018 fast ausschließlich an elektrischen Achsen. Den Wechsel habe ich "
            "nicht als Bruch erlebt, sondern als Chance: Vieles, was ich über Akustik, Wärme und Toleranzen "
            "gelernt habe, ist im E-Antrieb wichtiger denn je.",
            "Meine Stärke liegt an der Schnittstelle zwischen Konstruktion, Simulation und Versuch. Ich "
            "fühle mich wohl, wenn ich ein Bauteil vom ersten Konzept bis zur Serienfreigabe begleiten "
            "kann, und ich spreche die Sprache der Fertigung genauso wie die der Berechnung. Lieferanten "
            "schätzen, dass ich klare Anforderungen formuliere und Probleme früh anspreche.",
            "In den letzten Jahren habe ich zunehmend fachliche Führung übernommen und junge Kolleginnen und "
            "Kollegen betreut. Als Nächstes möchte ich diese Rolle weiter ausbauen, gern in einem Umfeld, "
            "in dem Entwicklung und Produktion eng zusammenarbeiten.",
        ],
        jobs=[
            job("Entwicklungsingenieur E-Antrieb", "Robert Bosch GmbH", "Schwieberdingen", (2018, 5), None, [
                "Konstruktion von Getriebegehäusen für elektrische Achsen (CATIA V5)",
                "Fachliche Leitung eines Teams von fünf Ingenieurinnen und Ingenieuren",
                "NVH-Optimierung gemeinsam mit Simulation und Versuch",
            ], desc="Konstruktion und NVH-Optimierung von E-Achsen-Gehäusen; fachliche Teamleitung."),
            job("Konstrukteur Motorenentwicklung", "Mercedes-Benz AG", "Stuttgart-Untertürkheim",
                (2013, 10), (2018, 4), [
                    "Kurbeltrieb-Komponenten für Vierzylinder-Dieselmotoren",
                    "Betreuung von Lieferanten bis zur Serienfreigabe",
                ], desc="Kurbeltrieb-Komponenten für Dieselmotoren, Lieferantenbetreuung bis SOP."),
        ],
        edu=[edu("M.Sc. Maschinenbau", "Universität Stuttgart", "Stuttgart", 2011, 2013),
             edu("B.Sc. Maschinenbau", "Karlsruher Institut für Technologie (KIT)", "Karlsruhe", 2007, 2011)],
        skills=["CATIA V5", "ANSYS", "GD&T", "FMEA", "Toleranzanalyse", "Python (Grundlagen)"],
        langs=[("Deutsch", "Muttersprache"), ("Englisch", "C1"), ("Französisch", "B1")],
    ),
    person(
        "julia-becker", "Julia Becker",
        headline="Marketing Managerin B2B", city="Hamburg", email="julia.becker@outlook.de",
        phone="040 12345678", link="linkedin.com/in/juliabecker-marketing",
        summary="Acht Jahre B2B-Marketing in Software und Logistik: Kampagnen, Content und Marketing Automation.",
        jobs=[
            job("Marketing Managerin", "Hapag-Lloyd", "Hamburg", (2020, 9), None,
                ["Verantwortung für digitale Kampagnen in DACH und Nordeuropa",
                 "Aufbau eines Lead-Nurturing-Programms in HubSpot (+35 % MQLs)"],
                desc="Digitale Kampagnen und Marketing Automation für das Frachtgeschäft."),
            job("Content Marketing Managerin", "XING (New Work SE)", "Hamburg", (2017, 3), (2020, 8),
                ["Redaktion des Unternehmensblogs und Whitepaper-Produktion", "SEO-Strategie für B2B-Produkte"],
                desc="Content-Strategie und SEO für B2B-Produkte."),
            job("Trainee Marketing", "Otto Group", "Hamburg", (2015, 10), (2017, 2),
                ["Rotation durch E-Mail-Marketing, Social Media und Marktforschung"]),
        ],
        edu=[edu("B.A. Medien- und Kommunikationswissenschaft", "Universität Hamburg", "Hamburg", 2011, 2015)],
        skills=[("Marketing", ["Kampagnenplanung", "Content", "SEO", "Marketing Automation"]),
                ("Tools", ["HubSpot", "Salesforce", "Google Analytics 4", "Canva", "WordPress"])],
        langs=[("Deutsch", "Muttersprache"), ("Englisch", "sehr gut"), ("Schwedisch", "gut")],
    ),
    person(
        "felix-wagner", "Felix Wagner",
        headline="Data Engineer", city="Köln", email="felix@wagner-data.de", phone="+49 176 55544433",
        link="github.com/fwagner",
        summary="Data Engineer mit Fokus auf Datenplattformen, Spark und dbt.",
        jobs=[
            job("Data Engineer", "REWE digital", "Köln", (2020, 2), None, [
                "Aufbau des Lakehouse auf Databricks (Delta Lake, Spark)",
                "Datenqualitäts-Checks mit Great Expectations",
            ]),
            job("BI-Entwickler", "Deutsche Telekom", "Bonn", (2016, 8), (2020, 1), [
                "ETL-Strecken mit Informatica und Oracle",
                "Reporting für den Privatkundenvertrieb",
            ]),
        ],
        edu=[edu("M.Sc. Wirtschaftsinformatik", "Universität zu Köln", "Köln", 2014, 2016)],
        skills=["Python", "SQL", "Spark", "Databricks", "dbt", "Airflow", "Azure", "Terraform"],
        langs=[("Deutsch", "Muttersprache"), ("Englisch", "fließend")],
        prefs=dict(
            roles=["Senior Data Engineer", "Analytics Engineer", "Data Platform Lead"],
            salary="80.000 € brutto/Jahr", mode="Hybrid, max. 1 Tag vor Ort", mode_key="hybrid",
            locations=["Köln", "Düsseldorf", "Bonn"], relocation="Nein", relocate=False,
            notice="3 Monate", start="frühestens 01.02.2025", company_size="egal, lieber Produktunternehmen",
            industries=["Handel", "Energie", "Mobilität"], contract="Festanstellung, 40 Std.",
            visa="nicht erforderlich"),
    ),
    person(
        "katharina-hoffmann", "Katharina Hoffmann",
        city="Frankfurt am Main", email="k.hoffmann87@t-online.de", phone="069 98765432",
        address="Berger Straße 201, 60385 Frankfurt am Main", born="03.09.1987", nationality="deutsch",
        jobs=[
            job("Stationsleitung Intensivstation", "Universitätsklinikum Frankfurt", "Frankfurt am Main",
                (2020, 1), None, [
                    "Personalverantwortung für 42 Pflegekräfte",
                    "Dienstplanung, Qualitätsmanagement, Einarbeitungskonzepte",
                ], desc="Leitung der operativen Intensivstation (18 Betten), 42 Mitarbeitende."),
            job("Fachkrankenschwester Intensivpflege", "Klinikum Darmstadt", "Darmstadt", (2012, 4), (2019, 12), [
                "Versorgung beatmeter Patientinnen und Patienten",
                "Praxisanleiterin für Auszubildende",
            ], desc="Intensivpflege, Praxisanleitung."),
            job("Gesundheits- und Krankenpflegerin", "Klinikum Darmstadt", "Darmstadt", (2009, 10), (2012, 3), [
                "Allgemeinchirurgische Station",
            ], desc="Allgemeinchirurgie."),
        ],
        edu=[edu("Fachweiterbildung Intensiv- und Anästhesiepflege", "Klinikum Darmstadt", "Darmstadt", 2014, 2016),
             edu("Ausbildung zur Gesundheits- und Krankenpflegerin", "Pflegeschule am Klinikum Darmstadt", "Darmstadt", 2006, 2009),
             edu("Weiterbildung Stationsleitung (720 Std.)", "Bildungszentrum Frankfurt", "Frankfurt", 2018, 2019)],
        skills=["Intensivpflege", "Beatmung", "Dienstplanung (SP-Expert)", "Qualitätsmanagement", "MS Office"],
        langs=[("Deutsch", "Muttersprache"), ("Englisch", "gut")],
        signoff="Frankfurt am Main, im Oktober 2024",
    ),
    person(
        "jonas-schulz", "Jonas Schulz", city="Dortmund", email="jonas.schulz.1995@gmail.com",
        phone="0157 33344455",
        jobs=[
            job("Elektroniker für Betriebstechnik", "thyssenkrupp Steel", "Dortmund", (2018, 2), None,
                desc="Instandhaltung von Anlagen in der Feuerbeschichtung, Fehlersuche an SPS (S7), Schichtdienst."),
            job("Elektroniker (Leiharbeit)", "Randstad", "Bochum", (2016, 8), (2018, 1),
                desc="Einsätze bei verschiedenen Industriekunden, Schaltschrankbau."),
        ],
        edu=[edu("Ausbildung Elektroniker für Betriebstechnik", "DEW21", "Dortmund", 2013, 2016),
             edu("Fachoberschulreife", "Gesamtschule Scharnhorst", "Dortmund", 2007, 2013)],
        skills=["SPS Siemens S7 / TIA Portal", "Schaltschrankbau", "Elektrofachkraft", "Staplerschein",
                "Führerschein Klasse B"],
        langs=[("Deutsch", "Muttersprache"), ("Englisch", "Grundkenntnisse"), ("Polnisch", "gut")],
    ),
    person(
        "sabine-koch", "Sabine Koch",
        headline="Bilanzbuchhalterin (IHK)", city="Leipzig", email="sabine.koch@freenet.de",
        phone="0341 5566778",
        summary="Erfahrene Bilanzbuchhalterin mit Schwerpunkt Jahresabschluss nach HGB und DATEV.",
        jobs=[
            job("Bilanzbuchhalterin", "Porsche Leipzig GmbH", "Leipzig", (2016, 1), None, [
                "Monats- und Jahresabschlüsse nach HGB", "Anlagenbuchhaltung und Rückstellungen",
            ]),
            job("Finanzbuchhalterin", "Steuerberatung Krause & Partner", "Leipzig", (2008, 9), (2015, 12), [
                "Buchhaltung für 40 Mandanten (DATEV)", "Umsatzsteuervoranmeldungen, Lohnbuchhaltung",
            ]),
        ],
        edu=[edu("Geprüfte Bilanzbuchhalterin (IHK)", "IHK zu Leipzig", "Leipzig", 2012, 2014),
             edu("Ausbildung Steuerfachangestellte", "Steuerberatung Krause & Partner", "Leipzig", 2005, 2008)],
        skills=["HGB", "DATEV", "SAP FI", "Excel", "Umsatzsteuer"],
        langs=[("Deutsch", "Muttersprache"), ("Englisch", "Schulkenntnisse"), ("Russisch", "Grundkenntnisse")],
    ),
    person(
        "markus-richter", "Markus Richter",
        headline="Vertriebsleiter Medizintechnik", city="Düsseldorf", email="markus.richter@me.com",
        phone="+49 172 1112223", link="xing.com/profile/Markus_Richter",
        summary="Über 15 Jahre Vertrieb im Krankenhausmarkt – vom Außendienst bis zur Vertriebsleitung.",
        jobs=[
            job("Vertriebsleiter West", "B. Braun Melsungen AG", "Düsseldorf", (2017, 7), None, [
                "Führung von 11 Außendienstmitarbeitenden, Umsatzverantwortung 38 Mio. €",
                "Gewinnung von drei großen Klinikverbünden als Rahmenvertragskunden",
            ]),
            job("Key Account Manager", "Dräger", "Lübeck / Außendienst NRW", (2011, 3), (2017, 6), [
                "Betreuung von Unikliniken in NRW", "Ausschreibungen und Preisverhandlungen",
            ]),
            job("Medizinprodukteberater", "Olympus Deutschland", "Hamburg / Außendienst", (2007, 1), (2011, 2), [
                "Endoskopie-Systeme für Kliniken und Praxen",
            ]),
        ],
        edu=[edu("Diplom-Betriebswirt (FH)", "Hochschule Niederrhein", "Mönchengladbach", 2002, 2006)],
        skills=["Key Account Management", "Ausschreibungen", "Salesforce", "Führung", "Verhandlung"],
        langs=[("Deutsch", "Muttersprache"), ("Englisch", "verhandlungssicher"), ("Niederländisch", "gut")],
    ),
    person(
        "lena-fischer", "Lena Fischer", city="Berlin",
        prefs=dict(
            roles=["Senior UX Designerin", "Lead Product Designerin"], salary="ab 75.000 € brutto",
            mode="Remote oder hybrid", locations=["Berlin", "Remote (EU)"], relocation="Nein",
            notice="1 Monat zum Monatsende", start="ab Januar", company_size="Start-up ab Series A oder Mittelstand",
            industries=["Gesundheit", "Bildung", "Nachhaltigkeit"], avoid="Glücksspiel, Rüstung",
            contract="Festanstellung, gern 32–35 Stunden", visa="deutsche Staatsbürgerin"),
    ),
    person(
        "stefan-wolf", "Stefan Wolf", city="Nürnberg",
        jobs=[
            job("IT-Projektleiter", "DATEV eG", "Nürnberg", (2019, 6), None,
                ["Leitung der Migration von 3.000 Arbeitsplätzen auf Windows 11",
                 "Budgetverantwortung 4,2 Mio. €"]),
            job("IT-Consultant", "Siemens Healthineers", "Erlangen", (2014, 4), (2019, 5),
                ["Rollout von Client-Management-Lösungen (SCCM)", "Anforderungsmanagement"]),
            job("Systemadministrator", "Stadtwerke Nürnberg (N-ERGIE)", "Nürnberg", (2010, 9), (2014, 3),
                ["Windows-Server, Active Directory, Backup"]),
        ],
    ),
    person(
        "mehmet-yilmaz", "Mehmet Yılmaz",
        headline="Lagerleiter / Logistikmeister", city="Duisburg", email="mehmet.yilmaz@gmx.net",
        phone="0203 4455667",
        summary="Logistikmeister mit zwölf Jahren Erfahrung in Lager und Umschlag, davon sechs Jahre mit Personalverantwortung.",
        jobs=[
            job("Lagerleiter", "DB Schenker", "Duisburg", (2018, 3), None, [
                "Verantwortung für 25.000 m² Kontraktlogistik, 60 Mitarbeitende",
                "Einführung eines neuen Lagerverwaltungssystems (SAP EWM)",
                "Senkung der Fehlkommissionierquote auf 0,08 %",
            ]),
            job("Schichtleiter Lager", "Rhenus Logistics", "Duisburg", (2012, 5), (2018, 2), [
                "Schichtplanung für 25 Mitarbeitende", "Wareneingang und Versand",
            ]),
            job("Fachkraft für Lagerlogistik", "Imperial Logistics", "Duisburg", (2009, 8), (2012, 4), [
                "Kommissionierung, Staplerfahrer",
            ]),
        ],
        edu=[edu("Geprüfter Logistikmeister (IHK)", "IHK Niederrhein", "Duisburg", 2015, 2017),
             edu("Ausbildung Fachkraft für Lagerlogistik", "Imperial Logistics", "Duisburg", 2006, 2009)],
        skills=["SAP EWM", "Lean Warehousing", "Personalführung", "Staplerschein", "Gefahrgut (ADR)"],
        langs=[("Deutsch", "Muttersprache"), ("Türkisch", "Muttersprache"), ("Englisch", "gut")],
    ),
    person(
        "claudia-neumann", "Claudia Neumann", city="Hannover",
        jobs=[
            job("Referentin Personalentwicklung", "Continental AG", "Hannover", (2020, 8), None, prose=(
                "Seit August 2020 bin ich Referentin für Personalentwicklung bei der Continental AG in "
                "Hannover. Ich verantworte das Führungskräfteprogramm für neue Teamleitungen in der "
                "Verwaltung, entwickle Trainings zu Feedback und Konfliktgesprächen und begleite die "
                "Umstellung unserer Schulungen auf eine neue Lernplattform.")),
            job("Gymnasiallehrerin für Deutsch und Geschichte", "Käthe-Kollwitz-Schule", "Hannover",
                (2011, 8), (2020, 7), prose=(
                    "Davor habe ich neun Jahre als Lehrerin für Deutsch und Geschichte an der "
                    "Käthe-Kollwitz-Schule in Hannover gearbeitet. Neben dem Unterricht war ich "
                    "Fachobfrau Deutsch, habe Referendarinnen und Referendare betreut und das "
                    "schulinterne Fortbildungsprogramm organisiert – der eigentliche Anfang meines Wegs "
                    "in die Personalentwicklung.")),
            job("Referendarin", "Studienseminar Hildesheim", "Hildesheim", (2009, 11), (2011, 5), prose=(
                "Mein Referendariat habe ich am Studienseminar Hildesheim absolviert und mit dem zweiten "
                "Staatsexamen abgeschlossen.")),
        ],
        prefs=dict(
            roles=["Senior Referentin Personalentwicklung", "Leitung Learning & Development"],
            salary="72.000 € brutto", mode="Hybrid (3 Tage Homeoffice)", locations=["Hannover", "Braunschweig"],
            relocation="Nein, familiär gebunden", notice="3 Monate zum Quartalsende",
            start="zum 1. Juli", company_size="ab 1.000 Mitarbeitende", industries=["Industrie", "Öffentlicher Dienst"],
            contract="unbefristet, Vollzeit oder 80 %",
            qa_roles="Am liebsten eine Rolle, in der ich Programme von der Bedarfsanalyse bis zur Evaluation selbst verantworte, gern mit kleiner Teamleitung.",
            qa_contract="Festanstellung, unbefristet. Vollzeit, 80 % wären auch in Ordnung."),
    ),
    person(
        "tobias-braun", "Tobias Braun", city="Hamburg",
        jobs=[
            job("DevOps Engineer", "OTTO", "Hamburg", (2021, 4), None, [
                "Betrieb der Kubernetes-Plattform (AWS EKS) für 120 Teams",
                "GitOps mit Argo CD, Terraform-Module für die Self-Service-Infrastruktur",
            ]),
            job("Linux-Administrator", "Hamburg Port Authority", "Hamburg", (2016, 9), (2021, 3), [
                "Betrieb von 400 Linux-Servern, Automatisierung mit Ansible",
                "Monitoring mit Icinga und Grafana",
            ]),
            job("Fachinformatiker Systemintegration (Ausbildung)", "dataport", "Hamburg", (2013, 8), (2016, 7), [
                "Netzwerk- und Serverbetreuung für Behörden",
            ]),
        ],
    ),
    person(
        "miriam-zimmermann", "Miriam Zimmermann", city="Mannheim",
        jobs=[
            job("Personalreferentin", "Roche Diagnostics", "Mannheim", (2019, 1), None,
                desc="Betreuung von 900 Beschäftigten in Produktion und Logistik; Arbeitsrecht, Betriebsratsarbeit."),
            job("Personalsachbearbeiterin", "SAP SE", "Walldorf", (2015, 5), (2018, 12),
                desc="Vertragsmanagement, Zeugnisse, Entgeltabrechnung (SAP HCM)."),
            job("Auszubildende Kauffrau für Büromanagement", "BASF SE", "Ludwigshafen", (2012, 9), (2015, 4),
                desc="Ausbildung mit Einsätzen in Personal, Einkauf und Vertrieb."),
        ],
        prefs=dict(
            roles=["Senior HR Business Partnerin", "Personalleitung (Standort)"], salary="70–78 T€",
            mode="hybrid", locations=["Rhein-Neckar", "Heidelberg", "Ludwigshafen"], relocation="Nein",
            notice="6 Wochen zum Quartalsende", start="nach Absprache", company_size="Mittelstand oder Konzern",
            industries=["Chemie", "Pharma", "IT"], contract="unbefristet",
            note="Ich habe eine Schwerbehinderung (GdB 50) und bitte um Berücksichtigung bei der Arbeitsplatzgestaltung."),
    ),
    person(
        "jan-hartmann", "Jan Hartmann", city="Bremen",
        jobs=[
            job("Kfz-Mechatroniker / Serviceberater", "Autohaus Schmidt + Koch", "Bremen", (2019, 8), None),
            job("Kfz-Mechatroniker", "Mercedes-Benz Werk Bremen", "Bremen", (2014, 2), (2019, 7)),
            job("Ausbildung Kfz-Mechatroniker", "ATU Auto-Teile-Unger", "Bremen", (2010, 8), (2014, 1)),
        ],
    ),
    person(
        "sophie-krueger", "Sophie Krüger", city="Frankfurt am Main",
        jobs=[
            job("Syndikusrechtsanwältin", "Deutsche Börse AG", "Eschborn", (2020, 1), None,
                ["Beratung zu Kapitalmarkt- und Aufsichtsrecht", "Vertragsgestaltung mit IT-Dienstleistern"]),
            job("Rechtsanwältin (Associate)", "Hengeler Mueller", "Frankfurt am Main", (2016, 10), (2019, 12),
                ["Bank- und Finanzrecht", "Begleitung von Anleiheemissionen"]),
            job("Rechtsreferendarin", "Landgericht Frankfurt am Main", "Frankfurt am Main", (2014, 5), (2016, 4),
                ["Stationen bei Gericht, Staatsanwaltschaft und einer Kanzlei in London"]),
        ],
    ),
    person(
        "florian-lang", "Florian Lang", city="Wien",
        prefs=dict(
            roles=["Data Scientist", "Quantitative Analyst"], salary="ab 70.000 € brutto jährlich (14 Gehälter)",
            salary_min=70000, currency="EUR", mode="hybrid", mode_key="hybrid",
            locations=["Wien", "Graz", "Remote (Österreich)"], relocation="Nach Zürich ja, sonst eher nicht",
            relocate=True, notice="1 Monat", start="Jänner 2025", industries=["Banken", "Energie", "Forschung"],
            contract="unbefristet"),
    ),
    person(
        "nicole-meier", "Nicole Meier", city="Zürich",
        jobs=[
            job("Senior Controllerin", "Swiss Re", "Zürich", (2019, 9), None,
                desc="Konzerncontrolling, Planung und Forecast für die Sparte Property & Casualty."),
            job("Controllerin", "Migros-Genossenschafts-Bund", "Zürich", (2015, 2), (2019, 8),
                desc="Kostenrechnung und Reporting für die Logistik."),
            job("Wirtschaftsprüfungsassistentin", "PwC Schweiz", "Zürich", (2012, 9), (2015, 1),
                desc="Prüfung von Industrie- und Handelsunternehmen."),
        ],
        prefs=dict(
            roles=["Leiterin Controlling", "Head of FP&A"], salary="CHF 150'000 plus Bonus",
            mode="2 Tage Homeoffice pro Woche", locations=["Zürich", "Zug", "Basel"], relocation="Nein",
            notice="3 Monate", start="per 1. April", company_size="Grossunternehmen",
            industries=["Versicherungen", "Pharma", "Industrie"], contract="Festanstellung, 80–100 %",
            visa="Schweizer Bürgerin"),
    ),
    person(
        "andreas-bauer", "Andreas Bauer", city="Wien",
        jobs=[
            job("Bauleiter Hochbau", "STRABAG AG", "Wien", (2017, 3), None,
                ["Wohnbauprojekte bis 25 Mio. € Bauvolumen", "Führung von Polieren und Subunternehmern"]),
            job("Techniker / Kalkulant", "PORR AG", "Wien", (2012, 9), (2017, 2),
                ["Kalkulation und Angebotsbearbeitung", "Bauzeitplanung"]),
            job("Ferialpraktikant", "Habau", "Perg", (2010, 7), (2010, 9),
                ["Baustellenpraktikum"]),
        ],
        prefs=dict(
            roles=["Projektleiter Hochbau", "Oberbauleiter"], salary="ca. 85.000 € brutto/Jahr + Firmenauto",
            mode="vor Ort / Baustelle", locations=["Wien", "Niederösterreich"], relocation="Nein",
            notice="3 Monate", start="Frühjahr 2025", company_size="große Baukonzerne oder starke Mittelständler",
            industries=["Wohnbau", "Gewerbebau"], contract="Angestellt, Vollzeit", travel="innerhalb Ostösterreich"),
    ),
]

PEOPLE = {p["slug"]: p for p in P}

STEFAN_CV = {
    "lebenslauf": {
        "persoenliche_daten": {
            "name": "Stefan Wolf",
            "wohnort": "Nürnberg",
            "email": "stefan.wolf.it@gmail.com",
            "telefon": "+49 911 2223344",
            "geburtsjahr": 1984,
        },
        "profil": "IT-Projektleiter mit Erfahrung in großen Client- und Infrastrukturprojekten. "
                  "Strukturiert, pragmatisch, gut im Übersetzen zwischen Technik und Fachbereich.",
        "berufserfahrung": [
            {"zeitraum": "06/2019 – heute", "position": "IT-Projektleiter", "arbeitgeber": "DATEV eG, Nürnberg",
             "aufgaben": ["Leitung der Migration von 3.000 Arbeitsplätzen auf Windows 11",
                          "Budgetverantwortung 4,2 Mio. €", "Steuerung externer Dienstleister"]},
            {"zeitraum": "04/2014 – 05/2019", "position": "IT-Consultant",
             "arbeitgeber": "Siemens Healthineers, Erlangen",
             "aufgaben": ["Rollout von Client-Management-Lösungen (SCCM)", "Anforderungsmanagement"]},
            {"zeitraum": "09/2010 – 03/2014", "position": "Systemadministrator",
             "arbeitgeber": "N-ERGIE, Nürnberg", "aufgaben": ["Windows-Server, Active Directory, Backup"]},
        ],
        "ausbildung": [
            {"zeitraum": "2006 – 2010", "abschluss": "B.Sc. Informatik",
             "hochschule": "Technische Hochschule Nürnberg Georg Simon Ohm"},
        ],
        "zertifikate": ["PMP (2018)", "ITIL 4 Foundation", "Professional Scrum Master I"],
        "kenntnisse": ["Projektmanagement (klassisch und agil)", "SCCM / Intune", "Active Directory",
                       "Jira", "MS Project"],
        "sprachen": {"Deutsch": "Muttersprache", "Englisch": "verhandlungssicher"},
    }
}

DOCS = [
    # ---------------------------------------------------------------- resume
    doc("thomas-mueller/Lebenslauf_Thomas_Mueller.docx", "resume", "docx", src="resume_tabular", v=0),
    doc("anna-schmidt/Anna_Schmidt_CV.pdf", "resume", "pdf", src="resume_classic", v=0),
    doc("lukas-weber/Lebenslauf Lukas Weber.pdf", "resume", "pdf", "long-about-resume", src="resume_long_about", v=1),
    doc("julia-becker/CV_Julia_Becker.odt", "resume", "odt", src="resume_skills_first", v=0),
    doc("felix-wagner/lebenslauf.html", "resume", "html", src="resume_compact", v=0),
    doc("katharina-hoffmann/Lebenslauf.rtf", "resume", "rtf", src="resume_tabular", v=1),
    doc("jonas-schulz/lebenslauf.txt", "resume", "txt", "resume-no-headings", src="resume_noheadings", v=0),
    doc("sabine-koch/Lebenslauf Sabine Koch.txt", "resume", "txt-utf16be", src="resume_compact", v=1),
    doc("markus-richter/CV.md", "resume", "md", src="resume_classic", v=2),
    doc("stefan-wolf/lebenslauf.yaml", "resume", "yaml", src=STEFAN_CV),
    doc("mehmet-yilmaz/Lebenslauf.txt", "resume", "html", "lying-extension", src="resume_classic", v=3),

    # ---------------------------------------------------------------- about
    doc("julia-becker/ueber-mich.md", "about", "md", src=[
        ("title", "Über mich"),
        ("para", "Ich bin Marketing-Managerin in Hamburg und arbeite am liebsten dort, wo komplizierte "
                 "Produkte auf Menschen treffen, die wenig Zeit haben. Ob Frachtraten oder "
                 "HR-Software: Meine Aufgabe ist es, aus Fachsprache eine Geschichte zu machen, die "
                 "jemand zu Ende liest."),
        ("para", "Ich denke in Zielgruppen und Zahlen, schreibe gern selbst und bringe Vertrieb und "
                 "Marketing an einen Tisch. Kolleginnen beschreiben mich als strukturiert, neugierig "
                 "und ziemlich hartnäckig."),
        ("para", "Privat segle ich auf der Alster und lerne seit zwei Jahren Schwedisch."),
    ]),
    doc("lena-fischer/Kurzbiografie.pdf", "about", "pdf", "third-person-about", src=[
        ("title", "Lena Fischer"),
        ("para", "Lena Fischer ist UX-Designerin in Berlin. Sie gestaltet seit neun Jahren digitale "
                 "Produkte für Gesundheit und Bildung, zuletzt eine App, mit der Patientinnen und "
                 "Patienten ihre Befunde verstehen können."),
        ("para", "Ihr Schwerpunkt liegt auf nutzerzentrierter Forschung und barrierefreiem Design. Lena "
                 "unterrichtet als Lehrbeauftragte an der HTW Berlin und spricht regelmäßig auf der "
                 "Mensch und Computer. Sie hat Kommunikationsdesign an der Bauhaus-Universität Weimar "
                 "studiert."),
    ]),
    doc("claudia-neumann/Anschreiben_Vorstellung.docx", "about", "docx", "cover-letter-like", src=[
        ("line", "Sehr geehrte Damen und Herren,"),
        ("para", "gern stelle ich mich Ihnen kurz vor. Ich bin Claudia Neumann, Referentin für "
                 "Personalentwicklung und ursprünglich Gymnasiallehrerin. Aus dem Klassenzimmer habe ich "
                 "die Überzeugung mitgenommen, dass Menschen dann am meisten lernen, wenn sie etwas selbst "
                 "ausprobieren dürfen und dabei gut begleitet werden."),
        ("para", "Heute entwickle ich Programme für Führungskräfte und begleite Teams durch "
                 "Veränderungen. Meine Stärken sehe ich in der Moderation, in einer klaren, wertschätzenden "
                 "Sprache und in der Fähigkeit, auch in schwierigen Gesprächen ruhig zu bleiben."),
        ("para", "Über die Gelegenheit zu einem persönlichen Gespräch würde ich mich sehr freuen."),
        ("line", "Mit freundlichen Grüßen"),
        ("line", "Claudia Neumann"),
    ]),
    doc("tobias-braun/about.txt", "about", "txt-oneline", "oneline", src=[
        ("title", "Tobias Braun"),
        ("para", "Moin! Ich bin DevOps Engineer in Hamburg und habe als Fachinformatiker angefangen. "
                 "Ich automatisiere gern Dinge, die vorher jemand von Hand gemacht hat, und freue mich, "
                 "wenn ein Deployment am Freitagnachmittag niemanden mehr nervös macht."),
        ("para", "Mir sind gute Dokumentation, ehrliche Postmortems und Teams wichtig, die sich "
                 "gegenseitig helfen. In meiner Freizeit fahre ich Rennrad und baue an einem "
                 "selbstgehosteten Homelab, das meine Familie geduldig erträgt."),
    ]),
    doc("miriam-zimmermann/ueber_mich.rtf", "about", "rtf", src=[
        ("title", "Über mich"),
        ("para", "Ich arbeite seit über zehn Jahren im Personalbereich, angefangen mit einer kaufmännischen "
                 "Ausbildung bei der BASF. Heute bin ich Personalreferentin in einem großen "
                 "Produktionsstandort und Ansprechpartnerin für Führungskräfte, Beschäftigte und den "
                 "Betriebsrat."),
        ("para", "Ich bin verlässlich, diskret und arbeite gern an Lösungen, die für beide Seiten fair "
                 "sind. Arbeitsrecht finde ich spannend, und ich mag es, Prozesse so zu vereinfachen, dass "
                 "sie im Alltag wirklich funktionieren."),
    ]),
    doc("jan-hartmann/kurzprofil.txt", "about", "txt", "short", src=[
        ("line", "Kfz-Mechatroniker aus Bremen, 10 Jahre Werkstatt, jetzt auch Kundenberatung. Schraube am liebsten an Oldtimern."),
    ]),
    doc("sophie-krueger/profil.odt", "about", "odt", src=[
        ("title", "Sophie Krüger – Profil"),
        ("para", "Ich bin Juristin mit Schwerpunkt Kapitalmarkt- und Bankaufsichtsrecht. Nach einigen Jahren "
                 "in einer Großkanzlei berate ich heute als Syndikusanwältin ein Unternehmen von innen und "
                 "schätze es, nicht nur Gutachten zu schreiben, sondern Entscheidungen mitzugestalten."),
        ("para", "Ich arbeite präzise, denke gern in Szenarien und kann komplexe regulatorische Themen so "
                 "erklären, dass auch Fachabteilungen etwas damit anfangen können."),
    ]),
    doc("florian-lang/ueber_mich.txt", "about", "txt-latin1", "about-with-dates", src=[
        ("para", "Ich bin Physiker und Data Scientist aus Wien. Promoviert habe ich 2016 an der TU Wien "
                 "über Quantentransport in Halbleitern, danach bin ich in die Datenanalyse gewechselt, "
                 "weil mich reale Daten mehr gereizt haben als Simulationen."),
        ("para", "Seit 2019 arbeite ich bei einer österreichischen Bank an Modellen für Kreditrisiko und "
                 "Betrugserkennung. Ich mag saubere Statistik, gut getesteten Code und Fachbereiche, die "
                 "wissen wollen, warum ein Modell etwas vorhersagt."),
        ("para", "In meiner Freizeit bin ich am liebsten in den Bergen oder am Schachbrett."),
    ]),
    doc("anna-schmidt/ueber-mich.txt", "about", "txt", src=[
        ("para", "Hallo, ich bin Anna. Ich entwickle seit meinem Studium Backend-Software, meistens in "
                 "Python, und habe ein Faible für Systeme, die Menschen im Alltag wirklich helfen – "
                 "Arzttermine, Mobilität, Behördengänge."),
        ("para", "Ich arbeite gern in kleinen, selbstorganisierten Teams, schreibe lieber ein Design-Dokument "
                 "zu viel als eins zu wenig und gebe mein Wissen gern weiter, etwa als Mentorin bei Rails "
                 "Girls Berlin."),
    ]),
    doc("thomas-mueller/profil.json", "about", "json", src={
        "name": "Thomas Müller",
        "profil": "SAP-Finanzberater aus München mit viel Geduld für Buchungslogik und wenig Geduld für "
                  "Excel-Listen, die niemand pflegt. Ich verbinde Controlling-Wissen aus der Praxis mit "
                  "SAP-Know-how und bringe Fachbereich und IT an einen Tisch. Am meisten Spaß machen mir "
                  "Projekte, in denen wir Prozesse wirklich vereinfachen, statt sie nur umzuziehen.",
    }),
    doc("katharina-hoffmann/Vorstellung.txt", "about", "txt-utf16", "third-person-about", src=[
        ("title", "Katharina Hoffmann – Kurzporträt"),
        ("para", "Katharina Hoffmann ist Fachkrankenschwester für Intensivpflege und leitet seit 2020 eine "
                 "Intensivstation in Frankfurt. Sie gilt als ruhige, zugewandte Führungskraft, die ihr Team "
                 "auch in sehr belastenden Zeiten zusammenhält."),
        ("para", "Besonders am Herzen liegen ihr die Einarbeitung neuer Kolleginnen und Kollegen und eine "
                 "Dienstplanung, die Familie und Schichtdienst vereinbar macht."),
    ]),

    # ---------------------------------------------------------------- role_preferences
    doc("anna-schmidt/wunschprofil.json", "role_preferences", "json", src="prefs_data", v=0),
    doc("felix-wagner/praeferenzen.yaml", "role_preferences", "yaml", "prefs-yaml", src="prefs_data", v=2),
    doc("markus-richter/Meine naechste Position.pdf", "role_preferences", "pdf", "prefs-mention-jobs", src=[
        ("title", "Meine Vorstellungen für die nächste Position"),
        ("para", "Nach sieben Jahren als Vertriebsleiter West bei B. Braun und davor sechs Jahren als Key "
                 "Account Manager bei Dräger suche ich jetzt eine Position als nationaler Vertriebsleiter "
                 "oder Head of Sales DACH in der Medizintechnik."),
        ("para", "Wichtig ist mir, wieder näher am Produkt zu sein – bei Olympus habe ich gemerkt, wie viel "
                 "Freude mir erklärungsbedürftige Technik macht."),
        ("bullets", [
            "Gehaltsvorstellung: 150.000 € Fixum plus variable Vergütung und Dienstwagen",
            "Standort: Raum Düsseldorf / Köln, Reisetätigkeit bis 50 % ist für mich normal",
            "Kündigungsfrist: 6 Monate zum Quartalsende",
            "Keine Umzugsbereitschaft",
            "Bevorzugt: mittelständisches Unternehmen mit Wachstumsplänen",
        ]),
    ]),
    doc("lena-fischer/Wunschprofil.docx", "role_preferences", "docx", src="prefs_bullets", v=0),
    doc("jan-hartmann/suche.txt", "role_preferences", "txt", "short", src=[
        ("line", "Suche Stelle als Serviceleiter oder Werkstattmeister im Raum Bremen, ab 3.800 brutto, 3 Monate Kündigungsfrist."),
    ]),
    doc("florian-lang/praeferenzen.txt", "role_preferences", "json-as-txt", "json-as-txt", src="prefs_data", v=1),
    doc("andreas-bauer/wunschposition.txt", "role_preferences", "txt-utf16", src="prefs_bullets", v=1),
    doc("miriam-zimmermann/vorstellungen.html", "role_preferences", "html", src="prefs_grouped", v=0),
    doc("nicole-meier/wunschprofil.txt", "role_preferences", "txt-latin1", src="prefs_grouped", v=1),
    doc("thomas-mueller/praeferenzen.csv", "role_preferences", "csv", src="prefs_csv", v=0),
    doc("claudia-neumann/fragebogen.md", "role_preferences", "md", src="prefs_qa", v=0,
        title="Fragebogen zur Stellensuche – Claudia Neumann"),

    # ---------------------------------------------------------------- work_experiences
    doc("miriam-zimmermann/berufserfahrung.csv", "work_experiences", "csv", "experiences-csv",
        src="we_csv_local", v=0),
    doc("nicole-meier/Positions.csv", "work_experiences", "csv", "experiences-csv", src="we_csv_linkedin"),
    doc("sophie-krueger/werdegang.txt", "work_experiences", "json-as-txt", "json-as-txt", src="we_data", v=2),
    doc("stefan-wolf/berufserfahrung.json", "work_experiences", "json", src="we_data", v=0),
    doc("andreas-bauer/berufserfahrung.txt", "work_experiences", "txt-oneline", "oneline", src="we_bullets", v=0),
    doc("tobias-braun/Berufserfahrung.pdf", "work_experiences", "pdf", src="we_bullets", v=1),
    doc("claudia-neumann/Mein beruflicher Weg.docx", "work_experiences", "docx", "experience-prose",
        src="we_prose", title="Mein beruflicher Weg"),
    doc("lukas-weber/stationen.yaml", "work_experiences", "yaml", src="we_data", v=1),
    doc("jan-hartmann/werdegang.txt", "work_experiences", "txt", src=[
        ("title", "Beruflicher Werdegang"),
        ("line", "seit 08/2019    Kfz-Mechatroniker und Serviceberater, Autohaus Schmidt + Koch, Bremen"),
        ("line", "                Annahme, Diagnose, Kostenvoranschläge, Hauptuntersuchungsvorbereitung"),
        ("line", "02/2014–07/2019 Kfz-Mechatroniker, Mercedes-Benz Werk Bremen (Nacharbeit Endmontage)"),
        ("line", "08/2010–01/2014 Ausbildung zum Kfz-Mechatroniker, ATU Bremen"),
    ]),
    doc("mehmet-yilmaz/berufserfahrung.rtf", "work_experiences", "rtf", src="we_bullets", v=2),
    doc("katharina-hoffmann/Stationen.odt", "work_experiences", "odt", src="we_lines", v=1),
]
