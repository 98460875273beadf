"""French-language candidates of the tune set (France, Switzerland, Québec)."""

from tune_common import doc, edu, job, person

P = [
    person(
        "camille-dubois", "Camille Dubois",
        headline="Cheffe de projet digital", city="Paris", email="camille.dubois@orange.fr",
        phone="06 12 34 56 78", link="linkedin.com/in/camilledubois",
        summary="Sept ans de gestion de projets web et mobile, côté agence puis côté annonceur.",
        jobs=[
            job("Cheffe de projet digital", "SNCF Connect & Tech", "Paris", (2020, 10), None, [
                "Pilotage de la refonte de l'espace client (12 personnes, méthode Scrum)",
                "Coordination avec les équipes juridiques et accessibilité (RGAA)",
            ]),
            job("Cheffe de projet web", "Agence Publicis Sapient", "Paris", (2017, 9), (2020, 9), [
                "Sites e-commerce pour des marques de cosmétique",
                "Gestion des budgets et du planning avec les clients",
            ]),
            job("Assistante cheffe de projet (alternance)", "Fnac Darty", "Ivry-sur-Seine", (2015, 9), (2017, 8), [
                "Suivi des recettes fonctionnelles du site marchand",
            ]),
        ],
        edu=[edu("Master Management de projets digitaux", "IAE Paris – Sorbonne", "Paris", 2015, 2017),
             edu("Licence Information-Communication", "Université Paris Nanterre", "Nanterre", 2012, 2015)],
        skills=["Gestion de projet agile", "Jira", "Confluence", "RGAA", "Google Analytics", "Figma (notions)"],
        langs=[("Français", "langue maternelle"), ("Anglais", "courant, TOEIC 920"), ("Italien", "notions")],
        interests=("Centres d'intérêt", "Théâtre amateur, course à pied, bénévolat aux Restos du Cœur"),
        prefs=dict(
            roles=["Product Owner", "Cheffe de projet digital senior"], salary="55-60 k€ bruts annuels",
            mode="Hybride, 2 jours de télétravail minimum", locations=["Paris", "Petite couronne"],
            relocation="Non", notice="3 mois (négociable)", start="Printemps", company_size="Grande entreprise ou ETI",
            industries=["Transport", "Culture", "Service public"], contract="CDI",
            qa_roles="Un poste de Product Owner sur un produit grand public, ou de cheffe de projet senior avec une vraie part de cadrage."),
    ),
    person(
        "nicolas-martin", "Nicolas Martin",
        headline="Ingénieur logiciel C++ / Rust", city="Lyon", country="FR",
        email="nicolas.martin.dev@gmail.com", phone="+33 6 45 67 89 01", link="github.com/nmartin-dev",
        summary="Ingénieur logiciel spécialisé dans les systèmes embarqués et temps réel, neuf ans "
                "d'expérience dans l'industrie et le médical.",
        jobs=[
            job("Ingénieur logiciel senior", "bioMérieux", "Marcy-l'Étoile", (2019, 3), None, [
                "Développement du logiciel embarqué d'automates de diagnostic (C++17, Linux embarqué)",
                "Mise en place de tests automatisés sur banc (couverture de 35 % à 78 %)",
                "Référent technique pour la conformité IEC 62304",
            ]),
            job("Ingénieur développement", "Alstom", "Villeurbanne", (2015, 9), (2019, 2), [
                "Logiciel de signalisation ferroviaire (C, Ada)",
                "Analyses de sûreté de fonctionnement avec l'équipe RAMS",
            ]),
        ],
        edu=[edu("Diplôme d'ingénieur, Informatique", "INSA Lyon", "Villeurbanne", 2010, 2015)],
        skills=["C++", "Rust", "C", "Linux embarqué", "Yocto", "CMake", "GoogleTest", "IEC 62304"],
        langs=[("Français", "natif"), ("Anglais", "professionnel"), ("Allemand", "scolaire")],
        prefs=dict(
            roles=["Ingénieur logiciel embarqué senior", "Tech lead"], salary="60 à 68 k€ brut/an",
            salary_min=60000, salary_max=68000, currency="EUR", mode="Hybride (2 à 3 jours sur site)",
            mode_key="hybrid", locations=["Lyon", "Grenoble"], relocation="Grenoble envisageable",
            relocate=True, notice="3 mois", start="Avril 2025", company_size="PME ou ETI industrielle",
            industries=["Médical", "Énergie", "Ferroviaire"], contract="CDI", visa="Nationalité française"),
    ),
    person(
        "julie-bernard", "Julie Bernard",
        city="Bordeaux", email="julie.bernard33@laposte.net", phone="06 98 76 54 32",
        address="27 rue Sainte-Catherine, 33000 Bordeaux", born="21/06/1990", nationality="Française",
        jobs=[
            job("Infirmière diplômée d'État – réanimation", "CHU de Bordeaux", "Pessac", (2017, 11), None, [
                "Prise en charge de patients en réanimation médicale (16 lits)",
                "Tutrice des étudiants en soins infirmiers",
                "Membre du groupe de travail sur la prévention des escarres",
            ], desc="Réanimation médicale, tutorat des étudiants."),
            job("Infirmière en service de médecine", "Clinique Saint-Augustin", "Bordeaux", (2013, 9), (2017, 10), [
                "Médecine polyvalente et oncologie", "Gestion des chimiothérapies",
            ], desc="Médecine polyvalente et oncologie."),
        ],
        edu=[edu("Diplôme d'État d'infirmier", "IFSI du CHU de Bordeaux", "Bordeaux", 2010, 2013),
             edu("DU Soins infirmiers en réanimation", "Université de Bordeaux", "Bordeaux", 2018, 2019)],
        skills=["Réanimation", "Ventilation", "Gestion de la douleur", "Logiciel DxCare", "AFGSU niveau 2"],
        certs=["AFGSU 2 (recyclage 2023)"],
        langs=[("Français", "langue maternelle"), ("Anglais", "B1"), ("Espagnol", "A2")],
        signoff="Permis B – véhiculée",
        prefs=dict(
            roles=["Infirmière de coordination", "Infirmière en réanimation"], salary="selon grille FPH",
            mode="Sur site", locations=["Bordeaux Métropole", "Arcachon"], relocation="Non",
            notice="1 mois (titulaire, mutation possible)", start="Septembre",
            hours="Jour fixe si possible, pas de nuits", contract="Titulaire de la fonction publique hospitalière ou CDI"),
    ),
    person(
        "antoine-lefebvre", "Antoine Lefebvre", city="Lille", country="FR",
        email="antoine.lefebvre@free.fr", phone="07 81 23 45 67",
        about_long=[
            "Contrôleur de gestion depuis huit ans, j'ai commencé dans l'audit avant de passer du côté de "
            "l'entreprise. Ce qui me plaît dans ce métier, c'est d'être au carrefour de tout : la "
            "production, les achats, les ventes, la direction. Un bon contrôleur de gestion n'est pas "
            "celui qui produit le plus de tableaux, mais celui qui aide les opérationnels à prendre de "
            "meilleures décisions.",
            "J'ai travaillé dans la grande distribution puis dans l'industrie agroalimentaire, deux "
            "secteurs où les marges sont faibles et où chaque centime compte. J'y ai appris à aller sur le "
            "terrain, à comprendre les processus avant de les chiffrer, et à construire des outils simples "
            "que les équipes s'approprient vraiment.",
            "Je suis rigoureux, pédagogue et à l'aise avec les outils : SAP, Power BI, un peu de SQL et "
            "beaucoup d'Excel. Je cherche aujourd'hui à évoluer vers un poste de responsable du contrôle de "
            "gestion avec une petite équipe à animer.",
        ],
        jobs=[
            job("Contrôleur de gestion industriel", "Bonduelle", "Villeneuve-d'Ascq", (2019, 5), None, [
                "Budget et reforecast de 4 sites de production",
                "Calcul des coûts de revient et suivi des écarts",
                "Déploiement de tableaux de bord Power BI pour les directeurs d'usine",
            ], desc="Contrôle de gestion de quatre usines, coûts de revient et tableaux de bord."),
            job("Contrôleur de gestion", "Auchan Retail", "Croix", (2016, 9), (2019, 4), [
                "Suivi de la performance de 40 hypermarchés", "Clôtures mensuelles et reporting groupe",
            ], desc="Pilotage de la performance d'un réseau d'hypermarchés."),
            job("Auditeur junior", "Mazars", "Lille", (2015, 1), (2016, 8), [
                "Audit légal de PME et ETI",
            ], desc="Commissariat aux comptes pour des PME et ETI de la région."),
        ],
        edu=[edu("Master CCA (Comptabilité Contrôle Audit)", "IAE Lille", "Lille", 2012, 2014),
             edu("DCG", "Lycée Faidherbe", "Lille", 2009, 2012)],
        skills=["SAP CO", "Power BI", "Excel avancé (VBA)", "SQL", "Coûts de revient"],
        langs=[("Français", "langue maternelle"), ("Anglais", "courant"), ("Néerlandais", "intermédiaire")],
    ),
    person(
        "sophie-moreau", "Sophie Moreau",
        headline="Chargée de recrutement IT", city="Nantes", email="sophie.moreau.rh@gmail.com",
        phone="06 22 33 44 55", link="linkedin.com/in/sophiemoreau-recrutement",
        summary="Six ans de recrutement de profils tech, en cabinet puis en interne.",
        jobs=[
            job("Chargée de recrutement IT", "Sopra Steria", "Nantes", (2021, 1), None, [
                "Recrutement de 70 ingénieurs et développeurs par an",
                "Animation des partenariats avec les écoles (Polytech, IMT Atlantique)",
            ]),
            job("Consultante en recrutement", "Hays", "Nantes", (2018, 2), (2020, 12), [
                "Chasse de profils IT pour des ESN et des éditeurs de logiciels",
            ]),
        ],
        edu=[edu("Master RH", "Audencia", "Nantes", 2016, 2018)],
        skills=["Sourcing", "LinkedIn Recruiter", "Entretiens structurés", "Marque employeur", "ATS (Taleo, Lever)"],
        langs=[("Français", "natif"), ("Anglais", "C1")],
    ),
    person(
        "thomas-girard", "Thomas Girard",
        headline="Data scientist", city="Toulouse", email="thomas.girard@proton.me",
        phone="06 71 82 93 04", link="github.com/tgirard",
        summary="Docteur en statistiques, 5 ans d'expérience en data science appliquée à l'aéronautique.",
        jobs=[
            job("Data scientist", "Airbus", "Blagnac", (2021, 9), None, [
                "Maintenance prédictive à partir des données de vol (Python, Spark)",
                "Industrialisation des modèles avec MLflow",
            ]),
            job("Doctorant CIFRE", "Thales Alenia Space / Institut de Mathématiques de Toulouse", "Toulouse",
                (2018, 10), (2021, 8), [
                    "Thèse sur la détection d'anomalies dans la télémétrie satellite",
                ]),
        ],
        edu=[edu("Doctorat en mathématiques appliquées", "Université Toulouse III – Paul Sabatier", "Toulouse", 2018, 2021),
             edu("Diplôme d'ingénieur, statistique", "ENSAI", "Rennes", 2015, 2018)],
        skills=["Python", "PyTorch", "Spark", "MLflow", "Séries temporelles", "SQL"],
        langs=[("Français", "natif"), ("Anglais", "courant")],
        prefs=dict(
            roles=["Data scientist senior", "ML engineer"], salary="55 000 € minimum", salary_min=55000,
            salary_max=62000, currency="EUR", mode="Télétravail partiel (3 j/semaine)", mode_key="hybrid",
            locations=["Toulouse"], relocation="Non", relocate=False, notice="3 mois", start="Janvier",
            company_size="Peu importe", industries=["Aéronautique", "Spatial", "Santé"], contract="CDI cadre",
            visa="Citoyen français"),
    ),
    person(
        "emma-rousseau", "Emma Rousseau",
        headline="UX/UI designer", city="Paris", email="emma@emmarousseau.fr", phone="06 55 44 33 22",
        link="emmarousseau.fr",
        summary="Designer produit, 6 ans d'expérience, passionnée par la recherche utilisateur et l'accessibilité.",
        jobs=[
            job("Product designer", "Doctolib", "Paris", (2021, 4), None,
                ["Parcours de prise de rendez-vous pour les patients", "Design system et composants accessibles"],
                desc="Parcours patient et design system."),
            job("UX/UI designer", "BlaBlaCar", "Paris", (2018, 6), (2021, 3),
                ["Tests utilisateurs hebdomadaires", "Refonte de l'onboarding conducteur"],
                desc="Recherche utilisateur et refonte de l'onboarding conducteur."),
            job("Designer graphique (stage)", "Ubisoft", "Montreuil", (2018, 1), (2018, 5),
                ["Interfaces de menus pour un jeu mobile"]),
        ],
        edu=[edu("Master Design d'interaction", "Strate École de Design", "Sèvres", 2013, 2018)],
        skills=[("Design", ["Figma", "Prototypage", "Design system"]),
                ("Recherche", ["Entretiens", "Tests utilisateurs", "Tri par cartes"]),
                ("Accessibilité", ["RGAA", "WCAG 2.1"])],
        langs=[("Français", "natif"), ("Anglais", "courant")],
    ),
    person(
        "maxime-fournier", "Maxime Fournier", city="Grenoble", email="maxime.fournier38@gmail.com",
        phone="06 03 04 05 06",
        jobs=[
            job("Technicien de maintenance", "STMicroelectronics", "Crolles", (2018, 4), None,
                desc="Maintenance d'équipements de salle blanche, travail en 3x8."),
            job("Technicien SAV", "Schneider Electric", "Grenoble", (2014, 9), (2018, 3),
                desc="Dépannage de tableaux électriques chez les clients industriels."),
        ],
        edu=[edu("BTS Maintenance des systèmes", "Lycée Vaucanson", "Grenoble", 2012, 2014)],
        skills=["Électrotechnique", "Pneumatique", "Automates Schneider", "GMAO", "Habilitations électriques"],
        langs=[("Français", "natif"), ("Anglais", "technique")],
        prefs=dict(
            roles=["Technicien de maintenance", "Chef d'équipe maintenance"], salary="35 k€ brut + primes",
            mode="Sur site", locations=["Grenoble", "Chambéry", "Voiron"], relocation="Non", notice="2 mois",
            start="Dès que possible", hours="Temps plein, en journée plutôt qu'en 3x8 si possible", contract="CDI",
            travel="Déplacements ponctuels OK"),
    ),
    person(
        "chloe-lambert", "Chloé Lambert",
        headline="Juriste en droit des affaires", city="Genève", email="chloe.lambert@bluewin.ch",
        phone="+41 79 123 45 67",
        summary="Juriste d'entreprise, huit ans d'expérience en contrats commerciaux et conformité.",
        jobs=[
            job("Juriste senior", "Firmenich", "Satigny", (2019, 6), None, [
                "Contrats de distribution et d'approvisionnement internationaux",
                "Programme de conformité anticorruption",
            ]),
            job("Juriste", "Banque Cantonale de Genève", "Genève", (2016, 1), (2019, 5), [
                "Droit bancaire et protection des données",
            ]),
        ],
        edu=[edu("Master en droit économique", "Université de Genève", "Genève", 2012, 2014),
             edu("Brevet d'avocat", "Ordre des avocats de Genève", "Genève", 2014, 2015)],
        skills=["Droit des contrats", "Conformité", "Protection des données (LPD, RGPD)", "Négociation"],
        langs=[("Français", "langue maternelle"), ("Anglais", "courant"), ("Allemand", "B2")],
        prefs=dict(
            roles=["Juriste senior", "Legal counsel", "Responsable conformité"],
            salary="CHF 140'000 brut par an", mode="Hybride", locations=["Genève", "Lausanne"],
            relocation="Non", notice="3 mois", start="Dès le 1er mars", company_size="Multinationale",
            industries=["Chimie", "Horlogerie", "Banque privée"], contract="CDI, 80-100 %",
            visa="Nationalité suisse et française"),
    ),
    person(
        "hugo-petit", "Hugo Petit",
        headline="Responsable commercial grands comptes", city="Marseille", country="FR",
        email="hugo.petit@outlook.fr", phone="+33 6 11 22 33 44", link="linkedin.com/in/hugopetit",
        summary="Commercial B2B depuis 10 ans, dans la logistique et le transport maritime.",
        jobs=[
            job("Responsable grands comptes", "CMA CGM", "Marseille", (2019, 2), None, [
                "Portefeuille de 25 chargeurs industriels, 60 M€ de chiffre d'affaires",
                "Négociation des contrats annuels de fret",
            ]),
            job("Ingénieur commercial", "Geodis", "Marseille", (2014, 5), (2019, 1), [
                "Développement de la clientèle logistique en région PACA",
            ]),
        ],
        edu=[edu("Master Commerce international", "KEDGE Business School", "Marseille", 2012, 2014)],
        skills=["Négociation", "Salesforce", "Transport maritime", "Incoterms"],
        langs=[("Français", "natif"), ("Anglais", "courant"), ("Arabe", "intermédiaire")],
        prefs=dict(
            roles=["Directeur commercial", "Head of Sales logistique"], salary="90 k€ fixe + variable",
            mode="Sur site avec déplacements", locations=["Marseille", "Aix-en-Provence"],
            relocation="Lyon éventuellement", notice="3 mois", start="Été 2025",
            company_size="ETI ou grand groupe", industries=["Logistique", "Transport", "Industrie"],
            contract="CDI"),
    ),
    person(
        "lea-garnier", "Léa Garnier",
        headline="Ingénieure travaux", city="Nice", email="lea.garnier.btp@gmail.com", phone="06 60 70 80 90",
        summary="Ingénieure travaux en bâtiment, sept ans de chantiers de logements et d'équipements publics.",
        jobs=[
            job("Ingénieure travaux", "Vinci Construction France", "Nice", (2020, 1), None, [
                "Conduite de travaux d'un lycée de 12 000 m² (18 M€)",
                "Management de 3 conducteurs de travaux",
            ]),
            job("Conductrice de travaux", "Eiffage Construction", "Toulon", (2016, 9), (2019, 12), [
                "Opérations de logements collectifs (80 à 150 logements)",
                "Suivi financier et planning des sous-traitants",
            ]),
            job("Assistante conductrice de travaux (alternance)", "Bouygues Bâtiment Sud-Est", "Marseille",
                (2014, 9), (2016, 8), ["Réhabilitation de logements sociaux"]),
        ],
        edu=[edu("Diplôme d'ingénieur, génie civil", "Polytech Nice Sophia", "Sophia Antipolis", 2011, 2016)],
        skills=["Conduite de travaux", "Planification (MS Project)", "AutoCAD", "Gestion des sous-traitants", "Sécurité chantier"],
        langs=[("Français", "natif"), ("Anglais", "B2"), ("Italien", "B1")],
    ),
    person(
        "mathieu-roux", "Mathieu Roux", city="Montréal",
        jobs=[
            job("Développeur full-stack", "Desjardins", "Montréal, QC", (2020, 5), None,
                desc="Applications internes en React et .NET pour les services aux membres."),
            job("Développeur web", "Ubisoft Montréal", "Montréal, QC", (2017, 8), (2020, 4),
                desc="Outils web pour les équipes de production (Node.js, Vue)."),
            job("Stagiaire en développement", "CGI", "Québec, QC", (2017, 1), (2017, 4),
                desc="Stage de fin de DEC en développement d'applications."),
        ],
    ),
    person(
        "ines-benali", "Inès Benali", city="Strasbourg",
        jobs=[
            job("Comptable", "Cabinet Fiducial", "Strasbourg", (2018, 9), None,
                ["Tenue comptable et bilans pour un portefeuille de 60 TPE/PME", "Déclarations fiscales et TVA"]),
            job("Assistante comptable", "Électricité de Strasbourg", "Strasbourg", (2015, 7), (2018, 8),
                ["Comptabilité fournisseurs", "Rapprochements bancaires"]),
            job("Stagiaire comptable", "Crédit Mutuel", "Strasbourg", (2015, 1), (2015, 6),
                ["Stage de fin de BTS"]),
        ],
    ),
    person(
        "manon-faure", "Manon Faure", city="Rennes",
        prefs=dict(
            roles=["Responsable communication", "Chargée de communication senior"], salary="42-45 k€ brut annuel",
            mode="Hybride (2 jours de télétravail)", locations=["Rennes", "Nantes"], relocation="Non",
            notice="2 mois", start="Septembre", company_size="Collectivités, associations ou PME",
            industries=["Culture", "Économie sociale et solidaire", "Enseignement supérieur"],
            contract="CDI ou contractuelle de la fonction publique",
            note="Je suis aussi ouverte à un 80 %."),
    ),
    person(
        "yanis-haddad", "Yanis Haddad", city="Paris",
        jobs=[
            job("Ingénieur réseau et sécurité", "Orange Business", "Paris La Défense", (2019, 7), None, [
                "Conception de réseaux SD-WAN pour des clients grands comptes",
                "Déploiement de firewalls Fortinet et Palo Alto",
            ]),
            job("Administrateur réseau", "Société Générale", "Paris", (2016, 3), (2019, 6), [
                "Exploitation du réseau des agences (Cisco)", "Astreintes niveau 2",
            ]),
            job("Technicien réseau (alternance)", "SFR", "Saint-Denis", (2014, 9), (2016, 2), [
                "Supervision et interventions sur le réseau entreprise",
            ]),
        ],
        prefs=dict(
            roles=["Architecte réseau", "Ingénieur sécurité réseau senior"], salary="65-70 k€ brut/an",
            mode="Télétravail 3 jours par semaine", locations=["Paris", "Île-de-France"],
            relocation="Non", notice="3 mois", start="À partir de février",
            company_size="Grand compte ou éditeur", industries=["Banque", "Télécoms", "Cybersécurité"],
            contract="CDI", avoid="Astreintes plus d'une semaine par mois", visa="Nationalité française"),
    ),
    person(
        "claire-mercier", "Claire Mercier", city="Lyon",
        jobs=[
            job("Chargée d'affaires réglementaires", "Sanofi", "Lyon", (2019, 10), None,
                ["Dossiers d'AMM pour des vaccins (format CTD)", "Relations avec l'ANSM et l'EMA"]),
            job("Pharmacienne assistante", "Pharmacie de la Croix-Rousse", "Lyon", (2016, 7), (2019, 9),
                ["Dispensation, conseil, gestion des stocks"]),
        ],
    ),
    person(
        "olivier-blanc", "Olivier Blanc", city="Le Havre",
        jobs=[
            job("Responsable d'entrepôt", "Bolloré Logistics", "Le Havre", (2018, 6), None, prose=(
                "Depuis juin 2018, je suis responsable d'un entrepôt sous douane de 30 000 m² chez Bolloré "
                "Logistics au Havre. J'encadre quatre chefs d'équipe et une cinquantaine de "
                "préparateurs et caristes, je gère les plannings, la sécurité et les relations avec les "
                "clients importateurs. J'ai piloté le passage à un nouveau WMS en 2022 sans interruption "
                "de service.")),
            job("Chef d'équipe logistique", "FM Logistic", "Saint-Cyr-en-Val", (2013, 3), (2018, 5), prose=(
                "Auparavant, j'ai passé cinq ans chez FM Logistic près d'Orléans comme chef d'équipe de "
                "nuit sur une plateforme de grande distribution. J'y ai appris à tenir des cadences "
                "élevées tout en gardant une équipe soudée et en réduisant les accidents du travail.")),
            job("Cariste puis préparateur de commandes", "Intérim (Manpower)", "Orléans", (2009, 1), (2013, 2), prose=(
                "J'ai commencé comme cariste et préparateur en intérim, principalement pour des entrepôts "
                "de la région orléanaise, ce qui m'a permis de connaître le métier par le terrain.")),
        ],
    ),
    person(
        "pierre-dupont", "Pierre Dupont", city="Clermont-Ferrand",
        jobs=[
            job("Formateur en électricité", "AFPA", "Clermont-Ferrand", (2016, 9), None,
                desc="Formation d'adultes en reconversion au titre d'électricien d'équipement du bâtiment."),
            job("Électricien chef d'équipe", "Spie", "Clermont-Ferrand", (2008, 4), (2016, 8),
                desc="Chantiers tertiaires et industriels, équipe de 4 à 6 personnes."),
            job("Électricien", "Cegelec", "Vichy", (2003, 7), (2008, 3),
                desc="Installations électriques industrielles."),
        ],
    ),
]

PEOPLE = {p["slug"]: p for p in P}

DOCS = [
    # ---------------------------------------------------------------- resume
    doc("camille-dubois/CV_Camille_Dubois.docx", "resume", "odt", "lying-extension", src="resume_classic", v=0),
    doc("nicolas-martin/CV Nicolas Martin.pdf", "resume", "pdf", src="resume_classic", v=1),
    doc("julie-bernard/CV_Julie_Bernard.docx", "resume", "docx", src="resume_tabular", v=1),
    doc("antoine-lefebvre/Antoine-Lefebvre-CV.pdf", "resume", "pdf", "long-about-resume", src="resume_long_about", v=1),
    doc("sophie-moreau/cv.rtf", "resume", "rtf", src="resume_classic", v=2),
    doc("thomas-girard/cv.md", "resume", "md", src="resume_compact", v=0),
    doc("emma-rousseau/cv.html", "resume", "html", src="resume_skills_first", v=1),
    doc("maxime-fournier/cv_maxime.txt", "resume", "txt", "resume-no-headings", src="resume_noheadings", v=2),
    doc("chloe-lambert/CV Chloe Lambert.txt", "resume", "txt-utf16", src="resume_compact", v=1),
    doc("hugo-petit/cv.json", "resume", "json", src="resume_jsonresume"),
    doc("lea-garnier/Lea_Garnier_CV.docx", "resume", "docx", src="resume_classic", v=3),

    # ---------------------------------------------------------------- about
    doc("sophie-moreau/Lettre de presentation.docx", "about", "docx", "cover-letter-like", src=[
        ("line", "Madame, Monsieur,"),
        ("para", "Permettez-moi de me présenter en quelques lignes. Je m'appelle Sophie Moreau et je suis "
                 "chargée de recrutement spécialisée dans les métiers du numérique à Nantes. Depuis six ans, "
                 "j'accompagne des ingénieurs, des développeurs et des data analysts dans leurs choix de "
                 "carrière, d'abord en cabinet puis au sein d'une entreprise de services numériques."),
        ("para", "Ce qui m'anime, c'est la qualité de la relation avec les candidats : être honnête sur un "
                 "poste, donner un vrai retour après un entretien, ne jamais laisser quelqu'un sans "
                 "nouvelles. Je suis organisée, curieuse des sujets techniques et j'aime travailler main "
                 "dans la main avec les managers."),
        ("para", "Je serais ravie d'échanger avec vous lors d'un entretien."),
        ("line", "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées."),
        ("line", "Sophie Moreau"),
    ]),
    doc("emma-rousseau/a-propos.md", "about", "md", src=[
        ("title", "À propos"),
        ("para", "Je suis designer produit à Paris. J'aime comprendre comment les gens se débrouillent "
                 "vraiment avec un service — les contournements, les post-it collés sur l'écran — et "
                 "transformer ces observations en interfaces simples."),
        ("para", "Je travaille surtout sur des produits de santé et de mobilité. L'accessibilité n'est pas "
                 "une option pour moi : je teste mes maquettes avec des lecteurs d'écran et je me bats "
                 "pour des contrastes lisibles. Le week-end, je dessine des carnets de voyage."),
    ]),
    doc("mathieu-roux/a_propos.txt", "about", "txt-oneline", "oneline", src=[
        ("title", "Mathieu Roux"),
        ("para", "Salut! Je suis développeur full-stack à Montréal. J'ai grandi à Sherbrooke, étudié au "
                 "cégep en techniques de l'informatique et je n'ai jamais arrêté de bidouiller depuis."),
        ("para", "J'aime les projets où je peux toucher à tout, du front-end au déploiement, et les équipes "
                 "qui prennent le temps de bien faire les choses. En dehors du travail, je fais du "
                 "ski de fond et je joue dans une ligue de hockey cosom."),
    ]),
    doc("ines-benali/presentation.txt", "about", "txt-latin1", "about-with-dates", src=[
        ("para", "Je m'appelle Inès, j'ai 31 ans et je suis comptable à Strasbourg. J'ai obtenu mon BTS "
                 "Comptabilité et gestion en 2015, puis mon DCG en cours du soir en 2019, tout en "
                 "travaillant."),
        ("para", "Depuis 2018, je travaille en cabinet d'expertise comptable, où je suis un portefeuille "
                 "d'une soixantaine de clients : artisans, commerçants, petites associations. J'aime le "
                 "contact avec eux autant que la rigueur des chiffres."),
        ("para", "Je parle français, arabe et un peu d'allemand, ce qui est bien pratique en Alsace."),
    ]),
    doc("pierre-dupont/moi.txt", "about", "txt", "short", src=[
        ("line", "Électricien pendant 13 ans, formateur pour adultes depuis 2016. Patient, pédagogue, auvergnat."),
    ]),
    doc("manon-faure/a propos de moi.rtf", "about", "rtf", src=[
        ("title", "Manon Faure"),
        ("para", "Je suis chargée de communication et j'ai toujours travaillé pour des structures qui ont "
                 "quelque chose à défendre : un festival de musique, une université, aujourd'hui une "
                 "coopérative d'énergie citoyenne."),
        ("para", "Je sais écrire pour des publics très différents, gérer des réseaux sociaux sans y passer "
                 "mes nuits, organiser un événement de 2 000 personnes et répondre à une journaliste un "
                 "vendredi soir. On me dit enthousiaste, fiable et un peu trop perfectionniste."),
    ]),
    doc("yanis-haddad/presentation.txt", "about", "txt", src=[
        ("para", "Ingénieur réseau depuis bientôt dix ans, je suis passé par l'exploitation, les astreintes "
                 "de nuit et les pannes du lundi matin avant de concevoir des architectures pour de grands "
                 "clients. Je crois que c'est ce passage par le terrain qui fait la différence."),
        ("para", "Je m'intéresse beaucoup à la sécurité et à l'automatisation réseau (Python, Ansible). "
                 "J'aime transmettre : j'encadre régulièrement des alternants et j'anime des ateliers "
                 "internes."),
    ]),
    doc("claire-mercier/bio.html", "about", "html", "third-person-about", src=[
        ("title", "Claire Mercier"),
        ("para", "Docteure en pharmacie, Claire Mercier a d'abord exercé en officine à Lyon avant de "
                 "rejoindre l'industrie pharmaceutique. Elle prépare aujourd'hui des dossiers "
                 "d'autorisation de mise sur le marché pour des vaccins et fait le lien entre les équipes "
                 "scientifiques et les autorités de santé."),
        ("para", "Rigoureuse et diplomate, elle est appréciée pour sa capacité à rendre lisibles des "
                 "exigences réglementaires complexes. Elle parle couramment anglais et italien."),
    ]),
    doc("nicolas-martin/profil.yaml", "about", "yaml", src={
        "nom": "Nicolas Martin",
        "bio": "Ingénieur logiciel lyonnais, j'écris du code qui tourne dans des machines : automates de "
               "diagnostic, systèmes de signalisation. J'aime le C++ moderne, je découvre Rust avec "
               "enthousiasme et je pense qu'un bon test vaut mieux qu'une longue réunion.\n"
               "Hors du travail : escalade, jeux de société et un potager qui produit surtout des courgettes.\n",
    }),
    doc("lea-garnier/profil.odt", "about", "odt", src=[
        ("title", "Profil"),
        ("para", "Ingénieure travaux passionnée par le terrain, j'aime voir un bâtiment sortir de terre et "
                 "savoir que chaque décision prise en réunion de chantier a un effet concret. Je suis à "
                 "l'aise avec les équipes, les sous-traitants comme les maîtres d'ouvrage."),
        ("para", "Je suis organisée, directe et attentive à la sécurité. Je parle italien, ce qui m'a "
                 "souvent servi sur la Côte d'Azur."),
    ]),
    doc("camille-dubois/bio_camille.pdf", "about", "pdf", "third-person-about", src=[
        ("title", "Camille Dubois"),
        ("para", "Camille Dubois est cheffe de projet digital à Paris. Après plusieurs années en agence, "
                 "elle a rejoint un grand acteur du transport où elle pilote des projets utilisés par "
                 "des millions de voyageurs."),
        ("para", "Elle est reconnue pour son sens de l'organisation, son attention à l'accessibilité et sa "
                 "capacité à faire travailler ensemble des équipes aux cultures très différentes. Elle "
                 "joue dans une troupe de théâtre amateur du 11e arrondissement."),
    ]),

    # ---------------------------------------------------------------- role_preferences
    doc("nicolas-martin/preferences.json", "role_preferences", "json", src="prefs_data", v=3),
    doc("thomas-girard/preferences.yaml", "role_preferences", "yaml", "prefs-yaml", src="prefs_data", v=0),
    doc("lea-garnier/Mon prochain poste.pdf", "role_preferences", "pdf", "prefs-mention-jobs", src=[
        ("title", "Mon prochain poste"),
        ("para", "Après cinq ans chez Vinci Construction comme ingénieure travaux, et auparavant trois ans "
                 "chez Eiffage à Toulon, je souhaite évoluer vers un poste de directrice de travaux ou de "
                 "cheffe de groupe, avec plusieurs opérations en parallèle."),
        ("bullets", [
            "Rémunération souhaitée : 65 k€ brut annuel + véhicule de fonction",
            "Secteur géographique : Alpes-Maritimes et Var",
            "Pas de mobilité hors région pour le moment",
            "Préavis : 3 mois",
            "Plutôt bâtiment (logements, équipements publics) que travaux publics",
        ]),
        ("para", "Je suis ouverte à une entreprise plus petite que les majors si le poste offre plus "
                 "d'autonomie."),
    ]),
    doc("yanis-haddad/Preferences.docx", "role_preferences", "docx", src="prefs_bullets", v=3),
    doc("pierre-dupont/recherche.txt", "role_preferences", "txt", "short", src=[
        ("line", "Je cherche un poste de formateur ou responsable pédagogique, région Auvergne, CDI, 2 800 € net minimum."),
    ]),
    doc("chloe-lambert/criteres.txt", "role_preferences", "txt-latin1", src="prefs_grouped", v=1),
    doc("hugo-petit/preferences.txt", "role_preferences", "json-as-txt", "json-as-txt", src="prefs_data", v=2),
    doc("maxime-fournier/souhaits.txt", "role_preferences", "txt-utf16", src="prefs_bullets", v=1),
    doc("manon-faure/recherche.html", "role_preferences", "html", src="prefs_grouped", v=0),
    doc("julie-bernard/souhaits.csv", "role_preferences", "csv", src="prefs_csv", v=0),
    doc("camille-dubois/questionnaire.md", "role_preferences", "md", src="prefs_qa", v=1,
        title="Questionnaire candidat"),

    # ---------------------------------------------------------------- work_experiences
    doc("mathieu-roux/experiences.csv", "work_experiences", "csv", "experiences-csv", src="we_csv_local", v=1),
    doc("antoine-lefebvre/Positions.csv", "work_experiences", "csv", "experiences-csv", src="we_csv_linkedin"),
    doc("ines-benali/experiences.txt", "work_experiences", "json-as-txt", "json-as-txt", src="we_data", v=2),
    doc("emma-rousseau/experiences.json", "work_experiences", "json", src="we_data", v=1),
    doc("maxime-fournier/experience.txt", "work_experiences", "txt-oneline", "oneline", src="we_lines", v=2),
    doc("yanis-haddad/Experiences professionnelles.pdf", "work_experiences", "pdf", src="we_bullets", v=0),
    doc("olivier-blanc/Mon parcours.docx", "work_experiences", "docx", "experience-prose",
        src="we_prose", title="Mon parcours"),
    doc("pierre-dupont/parcours.doc", "work_experiences", "docx", "lying-extension", src="we_lines", v=0),
    doc("claire-mercier/experiences.yaml", "work_experiences", "yaml", src="we_data", v=0),
    doc("julie-bernard/experience.rtf", "work_experiences", "rtf", src="we_bullets", v=1),
    doc("chloe-lambert/parcours.odt", "work_experiences", "odt", src="we_bullets", v=3),
]
