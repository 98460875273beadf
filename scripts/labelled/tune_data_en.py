"""English candidates of the tune set."""

from tune_common import doc, edu, job, person

P = [
    person(
        "daniel-okafor", "Daniel Okafor",
        headline="Senior Backend Engineer", city="London, UK", country="GB",
        email="daniel.okafor@fastmail.co.uk", phone="+44 7700 900412", link="linkedin.com/in/danielokafor",
        summary="Backend engineer with eight years of experience building payment and ledger systems in "
                "Go and Python. I like boring, well-tested infrastructure, clear on-call runbooks and "
                "teams that write things down.",
        jobs=[
            job("Senior Backend Engineer", "Monzo", "London", (2020, 9), None, [
                "Led the migration of card-transaction settlement from a nightly batch to streaming (Kafka, Go), cutting reconciliation lag from 14 hours to under 5 minutes",
                "Designed the idempotency layer used by 40+ internal services",
                "Mentored four engineers; ran the backend guild's design review",
            ]),
            job("Software Engineer", "Sage Group", "Newcastle upon Tyne", (2017, 2), (2020, 8), [
                "Built REST APIs for the accounting product's bank-feed integration (Python, PostgreSQL)",
                "Reduced p95 latency of the invoice search endpoint by 60% with better indexing",
            ]),
            job("Graduate Developer", "Accenture", "London", (2015, 9), (2017, 1), [
                "Java and Spring development for a retail banking client",
                "Wrote the team's first automated regression suite",
            ]),
        ],
        edu=[edu("BSc Computer Science (First Class)", "University of Manchester", "Manchester", 2012, 2015)],
        skills=[("Languages", ["Go", "Python", "Java", "SQL"]),
                ("Infrastructure", ["Kafka", "PostgreSQL", "Kubernetes", "AWS", "Terraform"]),
                ("Practices", ["event sourcing", "TDD", "incident management"])],
        langs=[("English", "native"), ("Yoruba", "conversational"), ("French", "basic")],
        prefs=dict(
            roles=["Staff Backend Engineer", "Senior Platform Engineer"],
            salary="£110,000–£125,000 base", salary_min=110000, salary_max=125000, currency="GBP",
            mode="Hybrid, max. 2 days in the office", mode_key="hybrid",
            locations=["London"], relocation="No", relocate=False,
            notice="3 months", start="January 2025", company_size="Scale-up, 200–2,000 people",
            industries=["Fintech", "Climate tech"], contract="Permanent, full-time",
            visa="British citizen"),
    ),
    person(
        "sarah-whitfield", "Sarah Whitfield",
        city="Manchester", country="GB", email="hello@sarahwhitfield.design", phone="07911 123456",
        link="sarahwhitfield.design",
        about_long=[
            "I'm a product designer who started out in print. For six years I laid out magazines and "
            "annual reports, and I still think in grids, hierarchy and the weight of a headline. When "
            "I moved into digital in 2017 I found that the same instincts apply to a checkout flow or "
            "an onboarding screen: what does the reader need to see first, and what can wait?",
            "Over the last few years I have worked mostly on complex B2B tools — scheduling software "
            "for hospitals, a procurement platform for local councils — where the users are busy, "
            "sceptical and extremely good at finding workarounds. I spend a lot of time with them. I "
            "run my own research when there is no researcher, I prototype in Figma and sometimes in "
            "code, and I write a lot: design rationale, release notes, help articles.",
            "I care about accessibility because I have seen what happens when it is left to the end. I "
            "am happiest in small cross-functional teams where designers are in the room when the "
            "problem is defined, not just when the solution needs to look nice.",
        ],
        jobs=[
            job("Senior Product Designer", "Allocate Software", "Manchester", (2021, 4), None, [
                "Lead designer for the rostering app used by 180 NHS trusts",
                "Introduced a design system (Figma + Storybook) now used by 5 product teams",
                "Ran 60+ usability sessions with ward managers and nurses",
            ]),
            job("Product Designer", "Matillion", "Manchester", (2018, 3), (2021, 3), [
                "Designed the visual job editor for data pipelines",
                "Worked with engineering to ship WCAG 2.1 AA fixes across the product",
            ]),
            job("Junior Designer (digital)", "Future plc", "Bath", (2017, 1), (2018, 2), [
                "Moved magazine brands' content to responsive web templates",
            ]),
            job("Editorial Designer", "Future plc", "Bath", (2011, 6), (2016, 12), [
                "Layout and art direction for three monthly titles",
            ]),
        ],
        edu=[edu("BA (Hons) Graphic Design", "Falmouth University", "Falmouth", 2008, 2011),
             edu("UX Design Certificate", "General Assembly", "London (online)", 2016, 2017)],
        skills=["Figma", "Prototyping", "Usability testing", "Design systems", "Accessibility (WCAG)",
                "HTML/CSS", "Workshop facilitation"],
        langs=[("English", "native"), ("Spanish", "B1")],
    ),
    person(
        "michael-chen", "Michael Chen",
        headline="Data Scientist", city="Boston, MA", country="US",
        email="mchen.ds@gmail.com", phone="(617) 555-0143", link="github.com/mikechen-ds",
        summary="Data scientist focused on experimentation and causal inference for consumer products.",
        jobs=[
            job("Senior Data Scientist", "Wayfair", "Boston, MA", (2020, 6), None, [
                "Owned the A/B testing methodology for the checkout team (30+ experiments/quarter)",
                "Built a CUPED variance-reduction library adopted company-wide",
                "Partnered with PMs to size opportunities worth $12M annual revenue",
            ]),
            job("Data Scientist", "Liberty Mutual", "Boston, MA", (2017, 8), (2020, 5), [
                "Churn and claims-propensity models in Python and Spark",
                "Automated monthly reporting that previously took two analysts a week",
            ]),
            job("Research Assistant", "Harvard School of Public Health", "Boston, MA", (2015, 9), (2017, 6), [
                "Statistical analysis of longitudinal cohort data (R, Stata)",
            ]),
        ],
        edu=[edu("MS Biostatistics", "Harvard T.H. Chan School of Public Health", "Boston, MA", 2015, 2017),
             edu("BA Mathematics", "University of California, Berkeley", "Berkeley, CA", 2011, 2015)],
        skills=["Python", "SQL", "R", "Spark", "causal inference", "experimentation", "dbt", "Looker"],
        langs=[("English", "native"), ("Mandarin", "fluent")],
    ),
    person(
        "emily-harris", "Emily Harris",
        city="Leeds", country="GB", email="emily.harris84@outlook.com", phone="07700 900781",
        address="14 Cardigan Road, Leeds LS6 1LJ", born=None, nationality=None,
        jobs=[
            job("Charge Nurse (Band 6), Acute Medical Unit", "Leeds Teaching Hospitals NHS Trust", "Leeds",
                (2019, 5), None, [
                    "Coordinate a 28-bed unit on shift and supervise up to 9 staff",
                    "Practice educator for newly qualified nurses and students",
                    "Led the unit's sepsis screening audit (compliance up from 71% to 94%)",
                ]),
            job("Staff Nurse (Band 5), Respiratory Ward", "Bradford Royal Infirmary", "Bradford",
                (2015, 9), (2019, 4), [
                    "Care of patients on NIV and high-flow oxygen",
                    "Link nurse for infection prevention and control",
                ]),
            job("Healthcare Assistant", "St Gemma's Hospice", "Leeds", (2012, 6), (2015, 8), [
                "Personal and palliative care; supported families",
            ]),
        ],
        edu=[edu("BSc (Hons) Adult Nursing", "University of Leeds", "Leeds", 2012, 2015)],
        certs=["NMC registration (PIN 12A3456E)", "Immediate Life Support (ILS), renewed 2024",
               "Mentorship / Practice Assessor course"],
        skills=["Acute care", "NIV", "IV therapy and cannulation", "Patient flow", "SystmOne", "EPR (PPM+)"],
        langs=[("English", "native")],
        signoff="References available on request.",
    ),
    person(
        "james-oconnor", "James O'Connor",
        headline="Regional Sales Manager — Industrial Equipment", city="Dublin, Ireland",
        email="james.oconnor@eircom.net", phone="+353 87 123 4567", link="linkedin.com/in/jamesoconnorsales",
        summary="Fifteen years in B2B sales of compressors, pumps and industrial tools. Consistently above "
                "target; I build long relationships with plant managers and procurement.",
        jobs=[
            job("Regional Sales Manager, Ireland & Northern Ireland", "Atlas Copco", "Dublin",
                (2016, 1), None, [
                    "Manage a team of 6 field sales engineers; €14M annual revenue",
                    "Grew service-contract revenue by 38% in three years",
                    "President's Club 2018, 2021 and 2023",
                ]),
            job("Key Account Manager", "Hilti", "Cork", (2011, 3), (2015, 12), [
                "Managed 40 key construction accounts in Munster",
                "Introduced fleet management contracts to 12 accounts",
            ]),
            job("Sales Representative", "Grafton Merchanting", "Limerick", (2008, 6), (2011, 2), [
                "Trade counter and field sales to builders and contractors",
            ]),
        ],
        edu=[edu("BBS Marketing", "University of Limerick", "Limerick", 2004, 2008)],
        skills=["Key account management", "Salesforce", "Team leadership", "Negotiation", "Forecasting"],
        langs=[("English", "native"), ("Irish", "good")],
    ),
    person(
        "priya-raman", "Priya Raman",
        headline="DevOps / Site Reliability Engineer", city="Birmingham, UK",
        email="priya.raman@protonmail.com", phone="+44 7456 210987", link="github.com/priyaraman",
        summary="SRE who likes making deployments dull. Kubernetes, Terraform and observability.",
        jobs=[
            job("Site Reliability Engineer", "Gymshark", "Solihull", (2021, 11), None, [
                "Run the EKS platform serving Black Friday peaks of 60k requests/second",
                "Rolled out OpenTelemetry tracing; mean time to detect down by half",
            ]),
            job("DevOps Engineer", "Capgemini", "Birmingham", (2018, 7), (2021, 10), [
                "CI/CD pipelines (GitLab, Jenkins) for public-sector clients",
                "Terraform modules for Azure landing zones",
            ]),
            job("IT Support Analyst", "University of Birmingham", "Birmingham", (2016, 9), (2018, 6), [
                "Linux server administration and scripting",
            ]),
        ],
        edu=[edu("MSc Advanced Computer Science", "University of Birmingham", "Birmingham", 2015, 2016),
             edu("BE Computer Engineering", "Anna University", "Chennai", 2011, 2015)],
        skills=["Kubernetes", "Terraform", "AWS", "Azure", "Prometheus", "Grafana", "OpenTelemetry",
                "Python", "Bash", "GitLab CI"],
        certs=["CKA — Certified Kubernetes Administrator (2022)", "AWS Solutions Architect Associate"],
        langs=[("English", "fluent"), ("Tamil", "native"), ("Hindi", "conversational")],
        prefs=dict(
            roles=["Senior SRE", "Platform Engineer"], salary="£75k–£85k", salary_min=75000,
            salary_max=85000, currency="GBP", mode="Remote (UK)", mode_key="remote",
            locations=["Remote within the UK", "Birmingham"], relocation="Not at the moment",
            relocate=False, notice="1 month", start="ASAP after notice", company_size="Any",
            industries=["E-commerce", "Healthtech", "Gaming"], contract="Permanent",
            visa="Indefinite leave to remain — no sponsorship needed", avoid="On-call more than 1 week in 6"),
    ),
    person(
        "tom-baker", "Tom Baker",
        headline="Chartered Mechanical Engineer (CEng MIMechE)", city="Bristol",
        email="tombaker.eng@gmail.com", phone="07123 456789",
        summary="Mechanical design engineer with 10 years in aerospace landing-gear and actuation systems. "
                "Comfortable from concept sketches to certification.",
        jobs=[
            job("Principal Design Engineer", "Safran Landing Systems", "Gloucester", (2019, 1), None, [
                "Design authority for a main landing-gear retraction actuator",
                "Led FEA and fatigue substantiation for EASA certification",
            ], desc="Design authority for retraction actuators; FEA, fatigue and certification."),
            job("Design Engineer", "Airbus", "Filton, Bristol", (2014, 9), (2018, 12), [
                "Wing-to-gear interface design for A350 family",
                "Managed concessions and non-conformance reports with suppliers",
            ], desc="Wing-to-gear interface design (A350); concessions and NCRs with suppliers."),
            job("Graduate Engineer", "Rolls-Royce", "Bristol", (2013, 9), (2014, 8), [
                "Rotational graduate scheme: test, manufacturing and design",
            ], desc="Graduate scheme rotations in test, manufacturing engineering and design."),
        ],
        edu=[edu("MEng Mechanical Engineering", "University of Bath", "Bath", 2009, 2013)],
        skills=["CATIA V5", "NX", "ANSYS", "GD&T", "DFMEA", "EASA CS-25", "Python (basic)"],
        langs=[("English", "native"), ("French", "intermediate")],
    ),
    person(
        "laura-mitchell", "Laura Mitchell",
        city="Edinburgh", email="laura.mitchell.aca@btinternet.com", phone="0131 496 0123",
        summary="ICAS Chartered Accountant, 9 years post-qualification, audit and then group reporting.",
        jobs=[
            job("Group Financial Controller", "Baillie Gifford", "Edinburgh", (2020, 3), None,
                desc="Month-end close for 14 entities, IFRS consolidation, team of 5."),
            job("Financial Accountant", "Standard Life Aberdeen", "Edinburgh", (2016, 6), (2020, 2),
                desc="Statutory accounts, VAT returns, audit liaison."),
            job("Audit Senior", "KPMG", "Glasgow", (2012, 9), (2016, 5),
                desc="Financial services audit clients; trained as CA."),
        ],
        edu=[edu("MA (Hons) Accounting and Finance", "University of Glasgow", "Glasgow", 2008, 2012),
             edu("CA qualification", "ICAS", "Edinburgh", 2012, 2015)],
        skills=["IFRS", "Consolidation", "Oracle Fusion", "Excel (advanced)", "Power BI"],
        langs=[("English", "native"), ("German", "A2")],
    ),
    person(
        "kevin-nguyen", "Kevin Nguyen",
        headline="Frontend Engineer", city="Austin, TX", country="US",
        email="kevin@kevnguyen.dev", phone="512-555-0199", link="kevnguyen.dev",
        summary="React/TypeScript engineer who cares about performance budgets and forms that don't lose your data.",
        jobs=[
            job("Frontend Engineer II", "Indeed", "Austin, TX", (2021, 2), None, [
                "Rebuilt the employer job-posting flow in React + TypeScript; completion rate +9%",
                "Cut the main bundle by 210 KB through code splitting",
            ]),
            job("Web Developer", "Bazaarvoice", "Austin, TX", (2018, 6), (2021, 1), [
                "Maintained the ratings & reviews widget embedded on 6,000 retail sites",
                "Migrated legacy Backbone views to React",
            ]),
        ],
        edu=[edu("BS Computer Science", "The University of Texas at Austin", "Austin, TX", 2014, 2018)],
        skills=["TypeScript", "React", "Next.js", "GraphQL", "Jest", "Playwright", "Web performance", "a11y"],
        langs=[("English", "native"), ("Vietnamese", "conversational")],
        prefs=dict(
            roles=["Senior Frontend Engineer", "Full-stack (frontend-leaning)"],
            salary="$165k+ base", salary_min=165000, currency="USD", mode="Remote (US)", mode_key="remote",
            locations=["Remote — US", "Austin, TX"], relocation="No", relocate=False,
            notice="2 weeks", start="Flexible", company_size="Series B to public",
            industries=["Developer tools", "Education"], contract="Full-time W-2",
            visa="US citizen"),
    ),
    person(
        "rachel-adams", "Rachel Adams",
        headline="Growth Marketing Manager", city="New York, NY", country="US",
        email="rachel.adams@hey.com", phone="+1 212 555 0172", link="linkedin.com/in/rachel-adams-growth",
        summary="Growth marketer with 9 years across DTC and B2B SaaS. Lifecycle, paid social and a lot of spreadsheets.",
        jobs=[
            job("Growth Marketing Manager", "Squarespace", "New York, NY", (2021, 5), None, [
                "Own lifecycle email and in-product messaging for 1.2M trial users",
                "Raised trial-to-paid conversion from 3.1% to 3.8%",
            ]),
            job("Senior Marketing Associate", "Warby Parker", "New York, NY", (2018, 1), (2021, 4), [
                "Managed $4M annual paid social budget",
                "Built the first multi-touch attribution dashboard",
            ]),
            job("Marketing Coordinator", "Ogilvy", "New York, NY", (2015, 7), (2017, 12), [
                "Campaign coordination for CPG clients",
            ]),
        ],
        edu=[edu("BA Communications", "Boston College", "Chestnut Hill, MA", 2011, 2015)],
        skills=[("Marketing", ["Lifecycle", "Paid social", "SEO", "Attribution"]),
                ("Tools", ["Braze", "HubSpot", "Amplitude", "SQL", "Looker"])],
        langs=[("English", "native"), ("Spanish", "professional working proficiency")],
    ),
    person(
        "owen-price", "Owen Price",
        headline="Supply Chain Analyst", city="Cardiff", country="GB",
        email="owen.price@gmail.com", phone="07800 654321", link="linkedin.com/in/owenprice-supplychain",
        summary="Analyst turning messy ERP data into stock and transport decisions.",
        jobs=[
            job("Supply Chain Analyst", "Admiral Group (Procurement)", "Cardiff", (2022, 1), None,
                ["Supplier performance dashboards in Power BI", "Spend analysis saving £1.1M a year"],
                desc="Procurement and supplier analytics for the group's facilities spend."),
            job("Inventory Planner", "DS Smith", "Caerphilly", (2019, 4), (2021, 12),
                ["Demand planning for 2,300 SKUs", "Reduced excess stock by 18%"],
                desc="Demand and inventory planning for the packaging plant."),
            job("Logistics Coordinator", "DHL Supply Chain", "Newport", (2017, 8), (2019, 3),
                ["Booked and tracked 150 inbound loads a week"],
                desc="Inbound transport coordination for a retail client's warehouse."),
        ],
        edu=[edu("BSc Business Management with Logistics", "Cardiff University", "Cardiff", 2014, 2017)],
        skills=["SAP MM", "Power BI", "SQL", "Excel", "Python (pandas)", "S&OP"],
        certs=["CIPS Level 4 Diploma", "APICS CPIM Part 1"],
        langs=[("English", "native"), ("Welsh", "fluent")],
    ),
    person(
        "hannah-scott", "Hannah Scott", city="Glasgow",
        jobs=[
            job("Learning & Development Specialist", "SSE", "Glasgow", (2021, 8), None, prose=(
                "Since August 2021 I have been a Learning & Development Specialist at SSE in Glasgow. I "
                "design onboarding and safety training for field engineers in the renewables business — "
                "around 400 new starters a year — and I moved most of it from classroom days to a blend "
                "of short e-learning modules and on-site coaching. I also run the train-the-trainer "
                "programme for team leaders.")),
            job("Secondary Teacher of English", "Hillhead High School", "Glasgow", (2015, 8), (2021, 6), prose=(
                "Before that I taught English at Hillhead High School for six years (2015–2021). I "
                "taught S1 to S6, was Principal Teacher of Literacy for the last two years, and led the "
                "school's move to online teaching during the 2020 lockdown, which is where my interest in "
                "digital learning really began.")),
            job("English Language Assistant", "British Council", "Lyon, France", (2013, 9), (2014, 6), prose=(
                "After university I spent a year in Lyon as an English Language Assistant with the "
                "British Council, working in two lycées and running conversation classes for adults in "
                "the evenings.")),
        ],
        prefs=dict(
            roles=["Senior L&D Specialist", "Instructional Designer", "Learning Experience Designer"],
            salary="£48,000–£55,000", mode="Hybrid — 2 days in the office is fine", mode_key="hybrid",
            locations=["Glasgow", "Edinburgh", "Remote (UK)"], relocation="No, I'm staying in Scotland",
            notice="2 months", start="From March", company_size="Medium to large",
            industries=["Energy", "Public sector", "Charities"], contract="Permanent",
            visa="UK citizen", qa_roles="Instructional design or L&D roles where I can build programmes "
            "end to end, not only deliver them. Happy to consider a team lead role.",
            qa_company_size="I prefer organisations with at least a few hundred people, where there is "
                            "enough scale for proper programmes."),
    ),
    person(
        "grace-liu", "Grace Liu", city="Seattle, WA",
        jobs=[
            job("Machine Learning Engineer", "Zillow", "Seattle, WA", (2021, 3), None,
                ["Productionised the home-valuation model retraining pipeline on SageMaker",
                 "Feature store design shared by 3 teams"]),
            job("Software Engineer, ML Platform", "Expedia Group", "Seattle, WA", (2018, 7), (2021, 2),
                ["Model-serving platform handling 2B predictions/day", "Kubernetes operators for GPU jobs"]),
            job("Software Engineering Intern", "Microsoft", "Redmond, WA", (2017, 6), (2017, 9),
                ["Bing Ads relevance experiments"]),
        ],
        prefs=dict(
            roles=["Senior ML Engineer", "ML Platform Engineer"], salary="$210k–$240k total comp",
            mode="Hybrid or remote", mode_key="hybrid", locations=["Seattle", "Remote (PST)"],
            relocation="Would consider the Bay Area for the right role", notice="2 weeks",
            start="After my current project ships (approx. 6 weeks)",
            company_size="Mid-size (500–5,000)", industries=["Healthcare", "Climate", "Real estate"],
            contract="Full-time", visa="Green card holder", avoid="Ad-tech, crypto"),
    ),
    person(
        "chris-murphy", "Chris Murphy", city="Belfast",
        jobs=[
            job("Security Engineer", "Rapid7", "Belfast", (2020, 10), None, [
                "Detection engineering for the managed detection & response service",
                "Wrote 120+ detection rules mapped to MITRE ATT&CK",
                "Incident response lead on call one week in five",
            ]),
            job("Security Analyst (SOC)", "Allstate NI", "Belfast", (2018, 2), (2020, 9), [
                "Triage of SIEM alerts (Splunk)", "Phishing investigations and user awareness sessions",
            ]),
            job("IT Technician", "Belfast Metropolitan College", "Belfast", (2016, 1), (2018, 1), [
                "Desktop support, AD accounts, network patching",
            ]),
        ],
        prefs=dict(
            roles=["Senior Security Engineer", "Detection Engineer", "Threat Hunter"],
            salary="£70,000 minimum", mode="Remote first, happy to travel monthly", mode_key="remote",
            locations=["Belfast", "Dublin", "Remote (UK/IE)"], relocation="Dublin possibly",
            notice="1 month", start="1 month after offer", industries=["Security vendors", "Finance"],
            contract="Permanent or 12-month contract (outside IR35)", visa="British and Irish passports",
            travel="Up to 20%"),
    ),
    person(
        "ben-thompson", "Ben Thompson", city="Brighton",
        jobs=[
            job("Customer Support Team Lead", "Brandwatch", "Brighton", (2021, 1), None,
                ["Lead a team of 8 agents across chat and email", "CSAT 94% (up from 87%)"]),
            job("Customer Support Agent", "American Express", "Brighton", (2018, 5), (2020, 12),
                ["Card services phone support", "Top 10% quality scores two years running"]),
            job("Barista / Shift Supervisor", "Small Batch Coffee", "Hove", (2016, 3), (2018, 4),
                ["Opened and closed the shop, trained new staff"]),
        ],
        prefs=dict(
            roles=["Support Operations Manager", "Customer Experience Manager"], salary="£40k+",
            mode="Hybrid", mode_key="hybrid", locations=["Brighton", "London (2 days max.)"],
            relocation="No", relocate=False, notice="4 weeks", start="Mid-January",
            company_size="Startup or scale-up", industries=["SaaS", "Travel"], contract="Permanent, full-time",
            hours="Full-time, no weekend shifts please"),
    ),
    person(
        "aisha-bello", "Aisha Bello", city="London",
        jobs=[
            job("Senior Project Manager", "Transport for London", "London", (2020, 6), None,
                desc="Delivery of station accessibility upgrades (step-free access) at 6 stations; budget £38M."),
            job("Project Manager", "Balfour Beatty", "London", (2016, 9), (2020, 5),
                desc="Rail signalling renewals; stakeholder management with Network Rail."),
            job("Assistant Project Manager", "Mace", "London", (2013, 7), (2016, 8),
                desc="Fit-out projects for commercial offices in the City."),
        ],
        prefs=dict(
            roles=["Programme Manager", "Senior Project Manager (infrastructure)"],
            salary="£85,000 + benefits", mode="Hybrid (3 days on site is fine)", mode_key="hybrid",
            locations=["London", "South East"], relocation="No", notice="3 months",
            start="Spring next year", company_size="Large organisations / public sector",
            industries=["Transport", "Energy infrastructure"], contract="Permanent",
            visa="British citizen", note="I hold an SC clearance (active until 2026)."),
    ),
    person(
        "natalie-brooks", "Natalie Brooks", city="Reading",
        jobs=[
            job("HR Business Partner", "Microsoft UK", "Reading", (2020, 2), None,
                ["Partner to 3 engineering directors (650 employees)", "Led 2023 reorganisation consultations"]),
            job("HR Advisor", "Thames Water", "Reading", (2016, 8), (2020, 1),
                ["Employee relations casework", "Absence management policy refresh"]),
            job("HR Administrator", "Reading Borough Council", "Reading", (2014, 1), (2016, 7),
                ["Contracts, onboarding and payroll changes"]),
        ],
    ),
    person(
        "liam-walsh", "Liam Walsh", city="Northampton",
        jobs=[
            job("Warehouse Operations Manager", "Amazon", "Daventry (DIRFT)", (2020, 8), None,
                desc="Outbound operations for a 1.2M sq ft fulfilment centre; 4 area managers and ~600 associates on peak."),
            job("Shift Manager", "Wincanton", "Northampton", (2016, 4), (2020, 7),
                desc="Night shift for a grocery chilled distribution site, 90 colleagues."),
            job("Team Leader", "Tesco Distribution", "Daventry", (2013, 3), (2016, 3),
                desc="Goods-in team leader; forklift (counterbalance and reach) licensed."),
            job("Warehouse Operative", "Tesco Distribution", "Daventry", (2011, 5), (2013, 2),
                desc="Picking and loading."),
        ],
    ),
    person(
        "david-kowalski", "David Kowalski", city="Chicago, IL",
        jobs=[
            job("Electrical Site Supervisor", "Sachs Electric", "Chicago, IL", (2019, 3), None),
            job("Journeyman Electrician", "IBEW Local 134 (various contractors)", "Chicago, IL", (2012, 6), (2019, 2)),
            job("Apprentice Electrician", "IBEW Local 134", "Chicago, IL", (2007, 8), (2012, 5)),
        ],
        prefs=dict(
            roles=["Electrical Superintendent", "Project Superintendent"], salary="$120,000/yr",
            mode="On-site", mode_key="onsite", locations=["Chicagoland", "NW Indiana"],
            relocation="No", notice="2 weeks", start="Immediately after notice",
            company_size="Mid-size contractors", industries=["Data centers", "Healthcare construction"],
            contract="Full-time, union", travel="Daily travel within 60 miles OK"),
    ),
]

PEOPLE = {p["slug"]: p for p in P}

DOCS = [
    # ---------------------------------------------------------------- resume
    doc("daniel-okafor/Daniel_Okafor_CV.pdf", "resume", "pdf", src="resume_classic", v=0),
    doc("sarah-whitfield/Sarah Whitfield - Resume.docx", "resume", "docx", "long-about-resume",
        src="resume_long_about", v=0),
    doc("michael-chen/michael_chen_resume.pdf", "resume", "docx", "lying-extension", src="resume_classic", v=1),
    doc("emily-harris/CV Emily Harris.odt", "resume", "odt", src="resume_tabular", v=0),
    doc("james-oconnor/James_OConnor_CV.rtf", "resume", "rtf", src="resume_classic", v=2),
    doc("priya-raman/resume.html", "resume", "html", src="resume_compact", v=0),
    doc("tom-baker/cv.md", "resume", "md", src="resume_classic", v=3),
    doc("laura-mitchell/laura_mitchell_cv.txt", "resume", "txt", "resume-no-headings",
        src="resume_noheadings", v=1),
    doc("kevin-nguyen/Kevin Nguyen Resume.txt", "resume", "txt-utf16", src="resume_compact", v=1),
    doc("rachel-adams/resume.json", "resume", "json", src="resume_jsonresume"),
    doc("owen-price/Owen-Price-CV-2024.pdf", "resume", "pdf", src="resume_skills_first", v=0),

    # ---------------------------------------------------------------- about
    doc("daniel-okafor/about.txt", "about", "txt", src=[
        ("para", "I'm a backend engineer in London. Most of my career has been spent on the unglamorous "
                 "parts of financial software: settlement, reconciliation, ledgers, the jobs that run at 2am "
                 "and that nobody thinks about until the numbers don't add up."),
        ("para", "I enjoy that work because correctness matters and because it rewards patience. I write a "
                 "lot of tests, I like small pull requests and I think a good postmortem is one of the most "
                 "useful documents a team can produce."),
        ("para", "Outside work I coach an under-12s football team in Lewisham and I'm slowly learning to "
                 "cook West African food the way my grandmother did."),
    ]),
    doc("sarah-whitfield/about-me.md", "about", "md", src=[
        ("title", "Hi, I'm Sarah"),
        ("para", "I design software for people who don't have time for it — nurses planning rotas, council "
                 "buyers, operations teams. My background is editorial design, so I care about hierarchy and "
                 "plain language as much as about pixels."),
        ("para", "I do my own research when I need to, I'm comfortable presenting to a board, and I'm at my "
                 "best in small teams that let designers shape the problem, not just the screens."),
        ("para", "Based in Manchester. Cyclist, terrible gardener, owner of too many typefaces."),
    ]),
    doc("hannah-scott/Hannah Scott - personal statement.docx", "about", "docx", "cover-letter-like", src=[
        ("line", "Dear Hiring Manager,"),
        ("para", "I am writing to introduce myself. I am a learning and development specialist based in "
                 "Glasgow, and before moving into L&D I was a secondary school English teacher. Teaching "
                 "taught me how people actually learn — slowly, by doing, and with a lot of encouragement — "
                 "and I bring that into every programme I design."),
        ("para", "What I enjoy most is taking a subject that experts find obvious and turning it into "
                 "something a new starter can use on their first day. I am patient, organised and I like "
                 "measuring whether training has made any difference, rather than counting attendance."),
        ("para", "I would welcome the chance to talk about how I could help your team."),
        ("line", "Kind regards,"),
        ("line", "Hannah Scott"),
    ]),
    doc("grace-liu/bio.pdf", "about", "pdf", "third-person-about", src=[
        ("title", "Grace Liu"),
        ("para", "Grace Liu is a machine learning engineer based in Seattle. She specialises in the "
                 "infrastructure that takes models from a notebook to production: feature stores, training "
                 "pipelines and low-latency serving."),
        ("para", "She is known among colleagues for writing the documentation nobody else wants to write and "
                 "for a strong opinion that every model needs an owner and a dashboard. Grace has spoken at "
                 "PyData Seattle about feature-store design and mentors through Women Who Code."),
        ("para", "When she is not at a keyboard she is usually on a trail in the Cascades."),
    ]),
    doc("priya-raman/about.html", "about", "html", "third-person-about", src=[
        ("title", "About Priya"),
        ("para", "Priya Raman is a site reliability engineer who believes the best deploy is the one nobody "
                 "notices. She has run Kubernetes platforms for a fast-growing retailer and built cloud "
                 "foundations for public-sector organisations."),
        ("para", "Originally from Chennai, she moved to Birmingham for her master's degree and stayed. She "
                 "organises the Birmingham Kubernetes meetup and volunteers with Code Your Future."),
    ]),
    doc("chris-murphy/about_chris.txt", "about", "txt-oneline", "oneline", src=[
        ("heading", "About me"),
        ("para", "I'm a security engineer from Belfast who got into the field by accident: I was the IT "
                 "technician who kept asking why the same phishing emails got through every month."),
        ("para", "These days I write detections and hunt for attackers in customer networks. I like "
                 "the detective side of the job, and I like explaining it to people who aren't technical."),
        ("para", "I play Gaelic football badly and the fiddle slightly better."),
    ]),
    doc("laura-mitchell/profile.txt", "about", "txt-latin1", "about-with-dates", src=[
        ("para", "I qualified as a Chartered Accountant with ICAS in 2015 after starting my career in "
                 "audit at KPMG in Glasgow. Audit taught me to ask awkward questions politely, which has "
                 "been useful ever since."),
        ("para", "Since 2020 I have been on the other side of the table, running group reporting in "
                 "Edinburgh. I enjoy building a close process that people can trust, and I have a soft spot "
                 "for reconciliations that finally tie."),
        ("para", "In 2014 I spent six months on secondment in KPMG's Zürich office, which is where I "
                 "learned that a good close calendar is universal. I'm calm under deadlines, I like "
                 "teaching junior accountants, and in my spare time I sing in an Edinburgh community choir."),
    ]),
    doc("rachel-adams/profile.yaml", "about", "yaml", src={
        "name": "Rachel Adams",
        "bio": "I'm a growth marketer in New York who likes the unglamorous middle of the funnel: onboarding "
               "emails, trial nudges, the moment someone decides a product is worth paying for.\n"
               "I started in an agency, learned paid social at a DTC brand and now run lifecycle marketing "
               "for a SaaS company. I'm happiest with a spreadsheet, a hypothesis and a team willing to "
               "test it.\n",
    }),
    doc("ben-thompson/bio.txt", "about", "txt", "short", src=[
        ("line", "Support team lead in Brighton. I like calm queues, clear macros and customers who leave happier than they arrived."),
    ]),
    doc("aisha-bello/about_me.rtf", "about", "rtf", src=[
        ("title", "About me"),
        ("para", "I am a project manager who has spent more than ten years delivering construction and rail "
                 "projects in London — from office fit-outs to step-free access at busy Underground "
                 "stations. I am at my best when a project has many stakeholders who all want different "
                 "things, and I enjoy finding the plan that works for most of them."),
        ("para", "People describe me as calm, direct and very organised. I believe that a good risk "
                 "register is worth more than a good Gantt chart, and that bad news should travel fast."),
        ("para", "I am a mother of two, a school governor and a keen (slow) runner."),
    ]),
    doc("natalie-brooks/summary.odt", "about", "odt", src=[
        ("title", "Natalie Brooks"),
        ("para", "I'm an HR business partner who started in payroll and administration and worked my way up. "
                 "That background means I know how policies actually land on people's payslips and calendars, "
                 "and I try never to forget it."),
        ("para", "I work best with leaders who want honest advice. I'm particularly interested in "
                 "organisation design, fair processes during change, and making managers confident in "
                 "difficult conversations."),
    ]),

    # ---------------------------------------------------------------- role_preferences
    doc("james-oconnor/what-im-looking-for.txt", "role_preferences", "txt", "short", src=[
        ("line", "Looking for a national sales director role, Ireland or UK, €120k+ base plus car. 3 months notice."),
    ]),
    doc("priya-raman/preferences.yaml", "role_preferences", "yaml", "prefs-yaml", src="prefs_data", v=0),
    doc("daniel-okafor/preferences.json", "role_preferences", "json", src="prefs_data", v=1),
    doc("kevin-nguyen/job_preferences.txt", "role_preferences", "json-as-txt", "json-as-txt",
        src="prefs_data", v=3),
    doc("david-kowalski/preferences.csv", "role_preferences", "csv", src="prefs_csv", v=0),
    doc("grace-liu/Role preferences.docx", "role_preferences", "docx", src="prefs_bullets", v=0),
    doc("michael-chen/next-role.pdf", "role_preferences", "pdf", "prefs-mention-jobs", src=[
        ("title", "What I'm looking for next"),
        ("para", "After almost five years at Wayfair running experimentation for the checkout team, I'd like "
                 "my next role to be a Staff or Principal Data Scientist position where I set the "
                 "experimentation strategy for a whole product area rather than a single team."),
        ("para", "I enjoyed the insurance work at Liberty Mutual, but I don't want to go back to a purely "
                 "modelling role; I want to stay close to product decisions."),
        ("bullets", [
            "Base salary: $200k or more, plus equity or bonus",
            "Hybrid in Boston/Cambridge, or fully remote on Eastern time",
            "Not open to relocating — my family is settled here",
            "Notice: 3 weeks; could start early in the new year",
            "Company size: 500+ employees, with an existing data platform",
            "No sponsorship needed (US citizen)",
        ]),
    ]),
    doc("hannah-scott/questionnaire.md", "role_preferences", "md", src="prefs_qa", v=0,
        title="Candidate questionnaire — Hannah Scott"),
    doc("aisha-bello/preferences.html", "role_preferences", "html", src="prefs_grouped", v=0),
    doc("ben-thompson/preferences.txt", "role_preferences", "txt-utf16", src="prefs_bullets", v=1),
    doc("chris-murphy/prefs.txt", "role_preferences", "txt-latin1", src="prefs_grouped", v=1),

    # ---------------------------------------------------------------- work_experiences
    doc("tom-baker/Positions.csv", "work_experiences", "csv", "experiences-csv", src="we_csv_linkedin"),
    doc("aisha-bello/work_history.csv", "work_experiences", "csv", "experiences-csv", src="we_csv_local", v=0),
    doc("natalie-brooks/experience.txt", "work_experiences", "json-as-txt", "json-as-txt", src="we_data", v=1),
    doc("grace-liu/experience.yaml", "work_experiences", "yaml", src="we_data", v=0),
    doc("owen-price/experience.json", "work_experiences", "json", src="we_data", v=2),
    doc("ben-thompson/experience.txt", "work_experiences", "txt-oneline", "oneline", src="we_bullets", v=1),
    doc("chris-murphy/Work experience.pdf", "work_experiences", "pdf", src="we_bullets", v=0),
    doc("hannah-scott/My career so far.docx", "work_experiences", "docx", "experience-prose",
        src="we_prose", title="My career so far"),
    doc("liam-walsh/employment-history.odt", "work_experiences", "odt", src="we_lines", v=0),
    doc("emily-harris/nursing-experience.rtf", "work_experiences", "rtf", src="we_bullets", v=2),
    doc("david-kowalski/jobs.txt", "work_experiences", "txt", src=[
        ("line", "Work history - David Kowalski"),
        ("line", "2019 - present   Electrical Site Supervisor, Sachs Electric (Chicago). Run crews of 12-30 electricians on data center and hospital jobs."),
        ("line", "2012 - 2019      Journeyman Electrician, IBEW Local 134 - commercial and industrial work for several contractors, mostly conduit, switchgear and controls."),
        ("line", "2007 - 2012      Apprentice, IBEW Local 134 / Electrical Joint Apprenticeship and Training Center."),
    ]),
]
