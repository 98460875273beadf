#!/usr/bin/env python3
"""Writes the HELD-OUT labelled evaluation set: labelled/heldout/ and labelled/heldout.csv.

The held-out set is never used to tune the classifier. It is written by hand,
independently of the tune set: its own fictional people, employers, cities and
phrasing, in English, Spanish, German and French, over every format the shared
renderer (render.py, beside this file) can write, with hard cases tagged in the
`case` column.

Deterministic: no randomness. Running it wipes and rewrites labelled/heldout/ and
labelled/heldout.csv only.

    python3 scripts/labelled/heldout.py
"""

import csv
import os
import shutil
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT_DIR = os.path.join(ROOT, "labelled", "heldout")
OUT_CSV = os.path.join(ROOT, "labelled", "heldout.csv")

TYPES = ("about", "resume", "role_preferences", "work_experiences")
LANGS = ("en", "es", "de", "fr")
TEXT_FORMATS = ("txt", "txt-utf16", "txt-utf16be", "txt-latin1", "txt-oneline",
                "md", "html", "rtf", "docx", "odt", "pdf")
DATA_FORMATS = ("json", "json-as-txt", "yaml", "csv")
CASES = ("long-about-resume", "prefs-mention-jobs", "experience-prose", "short",
         "json-as-txt", "oneline", "lying-extension", "third-person-about",
         "resume-no-headings", "experiences-csv", "prefs-yaml", "about-with-dates")

DOCS = []


def doc(lang, person, name, type_, fmt, case, content):
    """Registers one document: labelled/heldout/<person>/<name>, written as `fmt`."""
    assert lang in LANGS and type_ in TYPES, (person, name)
    assert fmt in TEXT_FORMATS + DATA_FORMATS, fmt
    assert case == "-" or case in CASES, case
    DOCS.append({"path": person + "/" + name, "type": type_, "language": lang,
                 "format": fmt, "case": case, "content": content})


# Block helpers (the renderer's text-document blocks).
def T(text):
    return ("title", text)


def H(text):
    return ("heading", text)


def P(text):
    return ("para", text)


def L(text):
    return ("line", text)


def B(*items):
    return ("bullets", list(items))


EN, ES, DE, FR = LANGS

# =====================================================================================
# English
# =====================================================================================

# --- Priya Raman: backend engineer, London ------------------------------------------
doc(EN, "priya-raman", "Priya_Raman_CV.pdf", "resume", "pdf", "-", [
    T("Priya Raman"),
    L("Senior Backend Engineer | London, United Kingdom"),
    L("priya.raman@example.com | +44 7700 900123 | github.com/praman-dev"),
    H("Summary"),
    P("Backend engineer with nine years of experience in payments and logistics. I build "
      "services in Go and Java that are boring to operate: well instrumented, easy to roll "
      "back, and documented for whoever is on call at 3am."),
    H("Experience"),
    L("Senior Backend Engineer, Fernhill Payments (London)"),
    L("Mar 2021 – Present"),
    B("Led the split of the ledger monolith into three Go services that now handle around "
      "4,000 transactions per second at peak",
      "Introduced consumer-driven contract tests across 14 services; integration incidents "
      "dropped by roughly half within two quarters",
      "Chair the backend design review; mentor four engineers (two promoted so far)"),
    L("Backend Engineer, Cobalt Freight (Manchester)"),
    L("Jul 2017 – Feb 2021"),
    B("Built the shipment-tracking API used by 300+ business customers (Java 11, Spring Boot, "
      "PostgreSQL)",
      "Replaced a nightly batch job with a Kafka pipeline, bringing tracking latency from "
      "hours to under a minute",
      "On-call lead for the tracking domain; wrote most of the runbooks still in use"),
    L("Software Engineer, Anjali Systems (Chennai, India)"),
    L("Jun 2014 – May 2017"),
    B("Maintained billing modules for telecom clients in Java and Oracle PL/SQL",
      "Automated the monthly invoice reconciliation, saving operations about two days a month"),
    H("Education"),
    L("B.Tech. Computer Science and Engineering, Anna University, Chennai (2010 – 2014)"),
    H("Skills"),
    B("Languages: Go, Java, Kotlin, SQL, some Python",
      "Data: PostgreSQL, Kafka, Redis, BigQuery",
      "Infrastructure: Kubernetes, Terraform, GCP, Datadog"),
    H("Languages"),
    L("English (fluent), Tamil (native), Hindi (conversational)"),
])

doc(EN, "priya-raman", "about-me.txt", "about", "txt", "-", [
    P("I'm a backend engineer, and I ended up in payments more or less by accident. My first "
      "job out of university was keeping a telecom billing system alive, and it turned out I "
      "liked the unglamorous side of software: reconciliation, idempotency, the question of "
      "what happens when the same message arrives twice."),
    P("What I enjoy most is taking a system that everyone is slightly afraid of and making it "
      "calm. That usually means better logging before any rewrite, small migrations instead of "
      "big-bang ones, and writing things down so that the next person doesn't have to come and "
      "ask me. I'd rather be the engineer whose pager is quiet than the one who heroically "
      "fixes things at midnight."),
    P("Outside work I run with a club in Hackney, I'm slowly relearning the veena after a "
      "fifteen-year break, and on Saturday mornings I help at a coding club for teenagers in "
      "Tower Hamlets."),
])

doc(EN, "priya-raman", "job-preferences.yaml", "role_preferences", "yaml", "prefs-yaml", {
    "desired_roles": ["Staff Backend Engineer", "Senior Backend Engineer",
                      "Engineering Lead (hands-on)"],
    "salary": {"currency": "GBP", "minimum": 105000, "target": 120000,
               "notes": "base salary, equity on top"},
    "work_mode": "hybrid",
    "office_days_per_week_max": 2,
    "locations": ["London", "Remote (UK)"],
    "open_to_relocation": False,
    "notice_period": "3 months",
    "company_size": "50-500 employees",
    "industries": {"preferred": ["fintech", "climate", "logistics"],
                   "avoid": ["gambling", "ad tech"]},
    "visa": "Indefinite leave to remain, no sponsorship needed",
    "contract": "permanent, full-time",
})

# --- Marcus O'Neill: ICU nurse turned product manager, Dublin -------------------------
doc(EN, "marcus-oneill", "Marcus ONeill - Resume 2024.docx", "resume", "docx",
    "long-about-resume", [
    T("Marcus O'Neill"),
    L("Product Manager · Dublin, Ireland · marcus.oneill@example.ie · +353 87 555 0142"),
    H("About me"),
    P("I spent the first seven years of my working life as an intensive care nurse, and I "
      "still think of myself as someone who came into product through the side door. On a "
      "night shift I once counted eleven separate logins I needed to chart a single patient. "
      "I wrote a two-page complaint to our IT department and, to my surprise, they asked me to "
      "help test the replacement system. That was the start of everything that follows."),
    P("Since then I have worked on clinical software from both sides of the table. I know what "
      "it is like to use a badly designed medication screen at four in the morning, and I know "
      "what it takes to get a better one through clinical safety review, hospital procurement "
      "and a user base that has every reason to be wary of change. I am at my best in teams "
      "where clinicians, engineers and designers sit close together and disagree openly."),
    P("I am methodical about discovery, I like to write, and I am comfortable with numbers: "
      "most of my roadmap arguments start with a spreadsheet and end with a story from a ward. "
      "I am much less interested in shipping features for their own sake than in measurable "
      "changes to how care is delivered — fewer handover errors, shorter discharges, nurses "
      "who get to go home on time."),
    P("Outside work I coach an under-12 hurling team and am slowly renovating a terraced house "
      "in Stoneybatter, one badly plastered wall at a time."),
    H("Experience"),
    L("Senior Product Manager — Clarion Health, Dublin | Sep 2021 – Present"),
    B("Own the nursing workflow suite (handover, observations, bed management) used in 61 "
      "hospitals in Ireland and the UK",
      "Led the electronic handover launch; reported handover omissions fell 38% in the pilot",
      "Manage one associate PM; work with two squads of 14 engineers and designers"),
    L("Product Manager — Clarion Health, Dublin | Sep 2019 – Aug 2021"),
    B("Took the handover module from two pilot wards to general availability",
      "Set up the clinical advisory panel of 12 nurses and doctors that still shapes the roadmap"),
    L("Clinical Applications Specialist — MedAxis Systems, Cork | Feb 2017 – Aug 2019"),
    B("Configured the medication administration system for new hospital sites",
      "Trained around 900 nurses and doctors; wrote the first clinical safety case"),
    L("Staff Nurse, Intensive Care Unit — St. Finbarr's University Hospital, Cork | "
      "Sep 2010 – Jan 2017"),
    B("Critical care nursing in a 16-bed general ICU",
      "Super-user and trainer for the electronic charting rollout"),
    H("Education"),
    L("Professional Certificate in Product Management — UCD Professional Academy, 2019"),
    L("BSc (Hons) General Nursing — University College Cork, 2006 – 2010"),
    H("Skills"),
    B("Product discovery and user research in clinical settings",
      "Roadmapping, OKRs, stakeholder management",
      "SQL, Amplitude, Jira, Figma (enough to be dangerous)",
      "EU MDR and clinical safety basics"),
    H("Languages"),
    L("English (native), Irish (good), Spanish (basic)"),
])

doc(EN, "marcus-oneill", "what-im-looking-for.md", "role_preferences", "md",
    "prefs-mention-jobs", [
    T("What I'm looking for next"),
    P("I've now spent almost five years at Clarion Health, first as a product manager and then "
      "as senior PM on the nursing workflow suite. It has been the best job I've had, but the "
      "company is shifting its focus to the US payer market and I want to stay close to "
      "frontline care."),
    H("Roles"),
    B("Senior Product Manager or Group Product Manager",
      "Health tech, ideally clinical workflow, patient safety or care coordination",
      "Open to a Head of Product role at an early-stage company (Series A/B)"),
    H("What I don't want"),
    P("Procurement tooling or insurance claims. I was close enough to hospital procurement at "
      "MedAxis to know it doesn't energise me, and ICU nursing taught me I need to see the "
      "effect of my work on patients."),
    H("Practicalities"),
    B("Salary: €95,000–€110,000 base, depending on equity and scope",
      "Hybrid in Dublin (2–3 days in the office is fine) or fully remote within Ireland",
      "Not open to relocation, for family reasons",
      "Notice period: two months",
      "Earliest start: September 2024",
      "Irish citizen, no sponsorship needed",
      "Permanent, full-time"),
])

doc(EN, "marcus-oneill", "career-history.html", "work_experiences", "html",
    "experience-prose", [
    T("Career history"),
    P("Since September 2019 I have worked at Clarion Health in Dublin, a 140-person company "
      "that builds nursing and bed-management software for Irish and UK hospitals. I joined as "
      "Product Manager for the handover module and became Senior Product Manager in September "
      "2021, when I took over the whole nursing workflow suite. In that time we went from two "
      "pilot wards to 61 hospitals, and the electronic handover tool I led cut reported "
      "handover omissions by 38% in the pilot hospital."),
    P("Before that, from February 2017 to August 2019, I was a Clinical Applications Specialist "
      "at MedAxis Systems in Cork. The job sat between the hospitals and the engineering team: I "
      "configured the medication administration system for new sites, trained about 900 nurses "
      "and doctors, and wrote the first version of the clinical safety case that the product "
      "team later used for certification."),
    P("From September 2010 to January 2017 I was a staff nurse in the intensive care unit of "
      "St. Finbarr's University Hospital in Cork. Alongside regular clinical work I was the "
      "unit's super-user for the new electronic charting system from 2015 onwards, which is what "
      "eventually pulled me into software."),
])

# --- Hannah Whitfield: data analyst, Manchester ---------------------------------------
doc(EN, "hannah-whitfield", "bio.html", "about", "html", "third-person-about", [
    T("Hannah Whitfield"),
    P("Hannah Whitfield is a data analyst based in Manchester who specialises in making "
      "public-sector data usable by the people it describes. She has spent most of her career "
      "in housing and transport, turning messy administrative records into dashboards that "
      "councillors, tenants' groups and local journalists can actually read."),
    P("She is a regular speaker at the Manchester R User Group and co-organises a monthly open "
      "data meetup in the Northern Quarter. Her talk on cleaning twenty years of repairs data "
      "for a housing association has been shown at several local-government conferences."),
    P("Hannah is known for insisting that every chart comes with a plain-English sentence "
      "explaining what it shows. When she isn't wrangling spreadsheets she is usually on a fell "
      "somewhere in the Lake District, or arguing about the best chippy in Stockport."),
])

doc(EN, "hannah-whitfield", "work_history.csv", "work_experiences", "csv", "experiences-csv", [
    {"employer": "Northway Housing Group", "job_title": "Senior Data Analyst",
     "location": "Manchester", "start_date": "2021-05", "end_date": "",
     "description": "Own repairs and empty-homes reporting; built the tenant satisfaction "
                    "dashboard used by the board; line-manage two analysts."},
    {"employer": "Redline Analytics", "job_title": "Data Analyst", "location": "Salford",
     "start_date": "2018-09", "end_date": "2021-04",
     "description": "Transport and footfall analysis for councils and bus operators; R and "
                    "PostGIS; automated a weekly client report that took a day by hand."},
    {"employer": "Mersey Valley Council", "job_title": "Performance Officer",
     "location": "Stockport", "start_date": "2016-07", "end_date": "2018-08",
     "description": "Quarterly KPI returns, FOI data requests, first Power BI dashboards."},
    {"employer": "Kestrel Market Research", "job_title": "Research Assistant (graduate scheme)",
     "location": "Leeds", "start_date": "2015-09", "end_date": "2016-06",
     "description": "Survey coding and cleaning, SPSS tables for client reports."},
])

doc(EN, "hannah-whitfield", "resume.json", "resume", "json", "-", {
    "basics": {
        "name": "Hannah Whitfield",
        "label": "Senior Data Analyst",
        "email": "hannah.whitfield@example.co.uk",
        "phone": "+44 7700 900456",
        "location": {"city": "Manchester", "countryCode": "GB"},
        "summary": "Data analyst with eight years in housing, transport and local government. "
                   "I turn administrative data into reporting that non-specialists trust.",
    },
    "work": [
        {"name": "Northway Housing Group", "position": "Senior Data Analyst",
         "startDate": "2021-05", "endDate": "",
         "highlights": ["Tenant satisfaction dashboard for the board",
                        "Cut monthly reporting time from five days to one"]},
        {"name": "Redline Analytics", "position": "Data Analyst",
         "startDate": "2018-09", "endDate": "2021-04",
         "highlights": ["Footfall models for three town-centre regeneration bids"]},
        {"name": "Mersey Valley Council", "position": "Performance Officer",
         "startDate": "2016-07", "endDate": "2018-08",
         "highlights": ["Introduced Power BI to the performance team"]},
    ],
    "education": [
        {"institution": "University of Leeds", "area": "Geography",
         "studyType": "BA (Hons)", "startDate": "2012", "endDate": "2015"},
        {"institution": "Manchester Metropolitan University", "area": "Data Science",
         "studyType": "PgCert (part-time)", "startDate": "2019", "endDate": "2020"},
    ],
    "skills": [
        {"name": "Analysis", "keywords": ["R", "SQL", "Python (pandas)", "PostGIS"]},
        {"name": "Reporting", "keywords": ["Power BI", "Quarto", "Excel"]},
    ],
    "languages": [{"language": "English", "fluency": "Native speaker"},
                  {"language": "German", "fluency": "Intermediate"}],
})

# --- Daniel Okafor: civil engineer, Toronto -------------------------------------------
doc(EN, "daniel-okafor", "Daniel Okafor.txt", "resume", "txt", "resume-no-headings", [
    T("DANIEL OKAFOR, P.Eng."),
    L("Toronto, ON · daniel.okafor@example.ca · (416) 555-0198"),
    P("Structural and municipal civil engineer with 11 years of experience on transit, water "
      "and bridge rehabilitation projects in Ontario and Lagos. Licensed Professional Engineer "
      "in Ontario."),
    L("Project Engineer, Harbourline Consulting Engineers, Toronto — April 2019 to present"),
    P("Lead engineer for the rehabilitation of four municipal bridges (total budget CAD 38M). "
      "Manage three engineers-in-training, prepare tender packages and review contractor "
      "submittals."),
    L("Design Engineer, Maple Ridge Infrastructure Group, Mississauga — June 2015 to March 2019"),
    P("Watermain replacement and stormwater management design for six municipalities; Civil 3D "
      "modelling, hydraulic analysis and site inspections during construction."),
    L("Site Engineer, Adeyemi & Partners, Lagos, Nigeria — January 2013 to May 2015"),
    P("Supervised reinforced-concrete works on a 12-storey office building and a 2 km access "
      "road."),
    L("M.Eng. Civil Engineering, University of Toronto, 2015"),
    L("B.Sc. Civil Engineering, University of Lagos, 2012"),
    L("AutoCAD Civil 3D · SAP2000 · HEC-RAS · MS Project · Ontario Traffic Manual Book 7"),
    L("English (native), Yoruba (native), French (intermediate)"),
])

doc(EN, "daniel-okafor", "Employment History.docx", "work_experiences", "docx", "-", [
    T("Employment History — Daniel Okafor"),
    H("Harbourline Consulting Engineers, Toronto"),
    L("Project Engineer · April 2019 – present"),
    B("Rehabilitation of four municipal bridges, from condition survey to substantial completion",
      "Coordinate with the city's transportation services and utility owners",
      "Supervise and mentor three EITs"),
    H("Maple Ridge Infrastructure Group, Mississauga"),
    L("Design Engineer · June 2015 – March 2019"),
    B("Detailed design of 14 km of watermain replacement across six municipalities",
      "Stormwater management reports and hydraulic models",
      "Contract administration and site inspection"),
    H("Adeyemi & Partners, Lagos"),
    L("Site Engineer · January 2013 – May 2015"),
    B("Day-to-day supervision of concrete works on a 12-storey office tower",
      "Quantity surveys and subcontractor progress reports"),
])

doc(EN, "daniel-okafor", "about.md", "about", "md", "-", [
    T("About me"),
    P("I'm a civil engineer, which mostly means I spend my days thinking about water going where "
      "it should and concrete staying where it is. I grew up in Surulere, in Lagos, and spent "
      "school holidays following my uncle around his building sites; I still like a site visit "
      "more than a meeting."),
    P("The projects I care about are the unglamorous ones: a bridge that gets twenty more years "
      "of life instead of being replaced, a watermain that stops breaking every February. I like "
      "explaining engineering decisions to people who are not engineers, whether that's a city "
      "councillor or a resident worried about a road closure outside their house."),
    P("Away from work I play five-a-side football badly, cook jollof for anyone who will sit "
      "still long enough, and I'm teaching my daughter to ride a bike along the lakeshore."),
])

# --- Sofia Lindqvist: UX designer, Edinburgh ------------------------------------------
doc(EN, "sofia-lindqvist", "Sofia Lindqvist - about me.odt", "about", "odt",
    "about-with-dates", [
    T("A bit about me"),
    P("I was born in Uppsala and moved to Edinburgh in 2012 to study graphic design at the art "
      "college, mostly because I had fallen for the city on a school trip. I never really left."),
    P("After graduating in 2016 I spent three years at a small studio in Leith designing websites "
      "for festivals and charities. In 2019 I moved in-house to a bank, where I have been a UX "
      "designer ever since — first on the mobile app and, since 2022, leading research for the "
      "savings products."),
    P("I think of design as a way of listening. The part of my job I love most is sitting next "
      "to someone while they try to do something they care about and noticing where they "
      "hesitate. I'm happiest in teams that show unfinished work early and aren't precious "
      "about being wrong."),
    P("I speak Swedish, English and decent Norwegian, I bake far too much cardamom bread, and "
      "every August I volunteer as a steward at the Fringe."),
])

doc(EN, "sofia-lindqvist", "preferences.json", "role_preferences", "json", "-", {
    "name": "Sofia Lindqvist",
    "target_roles": ["Senior UX Designer", "UX Research Lead", "Senior Product Designer"],
    "salary_expectation": {"range": "£65,000 – £75,000", "period": "per year"},
    "work_arrangement": {"preferred": "hybrid", "acceptable": ["fully remote"],
                         "not_acceptable": ["fully on-site"]},
    "locations": ["Edinburgh", "Glasgow", "Remote within the UK"],
    "willing_to_relocate": False,
    "notice_period_weeks": 8,
    "available_from": "2024-10-01",
    "company_size": "any, but I prefer under 1,000 people",
    "industries": ["fintech", "public sector", "health"],
    "right_to_work": "EU settled status",
    "employment_type": ["permanent", "a four-day week would be very welcome"],
})

# --- Tom Brennan: B2B sales manager, Boston -------------------------------------------
doc(EN, "tom-brennan", "Tom_Brennan_Resume.pdf", "resume", "docx", "lying-extension", [
    T("THOMAS J. BRENNAN"),
    L("Quincy, MA 02169 | (617) 555-0143 | tom.brennan@example.com | "
      "linkedin.com/in/tjbrennan-example"),
    H("PROFESSIONAL SUMMARY"),
    P("Results-driven B2B sales leader with 14 years of experience selling software and services "
      "into mid-market and enterprise accounts across New England. Consistent quota attainment, "
      "strong forecasting discipline, and a track record of hiring and developing reps who go "
      "on to lead teams of their own."),
    H("PROFESSIONAL EXPERIENCE"),
    L("Harborview Software, Boston, MA — Regional Sales Manager, Northeast | Jan 2019 – Present"),
    B("Lead a team of 9 account executives; region grew from $11M to $26M ARR",
      "118% average quota attainment over five fiscal years",
      "Introduced MEDDICC qualification and cut average sales cycle by 23 days"),
    L("Granite Data Systems, Burlington, MA — Senior Account Executive | Mar 2014 – Dec 2018"),
    B("President's Club 2016, 2017 and 2018",
      "Closed the company's largest healthcare deal to date ($2.4M TCV)"),
    L("Coastal Office Supply, Providence, RI — Account Executive | Jun 2010 – Feb 2014"),
    B("Built a territory of 140 small-business accounts from scratch"),
    H("EDUCATION"),
    L("B.S. Business Administration (Marketing), University of Massachusetts Amherst, 2010"),
    H("CORE COMPETENCIES"),
    L("Salesforce · Outreach · Gong · MEDDICC · Territory planning · Forecasting · "
      "Coaching & hiring"),
    H("ADDITIONAL"),
    L("Conversational Spanish · Volunteer youth basketball coach, Quincy Rec League"),
])

doc(EN, "tom-brennan", "note for recruiter.txt", "role_preferences", "txt", "short", [
    L("Looking for Regional Sales Director / VP Sales roles (SaaS), Boston area hybrid or remote "
      "East Coast."),
    L("Base $150k+ with uncapped commission; 4 weeks' notice."),
])

doc(EN, "tom-brennan", "Brennan - work history.rtf", "work_experiences", "rtf", "-", [
    T("Work History"),
    L("Harborview Software — Boston, MA"),
    L("Regional Sales Manager, Northeast (January 2019 – Present)"),
    B("Manage nine AEs selling workforce-management software to hospitals and retailers",
      "Own the regional forecast and pipeline reviews",
      "Hired 11 reps; four since promoted"),
    L("Granite Data Systems — Burlington, MA"),
    L("Senior Account Executive (March 2014 – December 2018)"),
    B("Enterprise accounts in healthcare and higher education",
      "Three consecutive President's Club awards"),
    L("Coastal Office Supply — Providence, RI"),
    L("Account Executive (June 2010 – February 2014)"),
    B("Outbound prospecting and account management for small businesses in Rhode Island and "
      "southeastern Massachusetts"),
])

# --- Aisha Rahman: teacher turned instructional designer, Birmingham ------------------
doc(EN, "aisha-rahman", "aisha_rahman.txt", "about", "txt-utf16", "short", [
    L("Former secondary-school English teacher, now an instructional designer who builds online "
      "courses people actually finish."),
    L("I care about plain language, accessibility, and learners who don't have much time."),
])

doc(EN, "aisha-rahman", "job preferences - Aisha Rahman.txt", "role_preferences",
    "txt-utf16be", "-", [
    T("Job preferences"),
    L("Roles: Instructional Designer, Learning Experience Designer, Digital Learning Lead"),
    L("Sector: education, charities, public sector, or L&D teams in larger organisations"),
    L("Salary: £42,000–£50,000"),
    L("Working pattern: hybrid or remote; I can be in an office in Birmingham or Coventry up to "
      "two days a week"),
    L("Hours: full-time, or 0.8 FTE"),
    L("Notice: one month"),
    L("Start: from 1 September"),
    L("Relocation: no"),
    L("Right to work: British citizen"),
])

doc(EN, "aisha-rahman", "experience.txt", "work_experiences", "txt-oneline", "oneline", [
    T("Aisha Rahman – Work experience"),
    L("Instructional Designer, Brightpath Learning (Birmingham), Sept 2022 – present: design and "
      "build self-paced courses in Articulate Rise and Moodle for NHS trusts and councils; ran "
      "accessibility audits of 40 legacy modules."),
    L("Teacher of English and Head of Year 9, Kingsmere Academy, Solihull, Sept 2016 – Aug 2022: "
      "taught KS3 to A level; led the school's move to Google Classroom during lockdown and "
      "trained 60 colleagues."),
    L("Teacher of English, Fairfield High School, Walsall, Sept 2014 – Aug 2016."),
])

# --- Kenji Watanabe-Hart: mobile engineer, Seattle ------------------------------------
doc(EN, "kenji-watanabe-hart", "profile.json", "about", "json", "-", {
    "name": "Kenji Watanabe-Hart",
    "headline": "Mobile engineer (iOS and Android)",
    "about": "I build mobile apps, mostly for people who are offline more often than product "
             "managers expect: field technicians, hikers, delivery drivers in rural areas. I like "
             "sync engines, careful animation and apps that still work in a canyon. Growing up "
             "between Osaka and Tacoma made me obsessive about localization, and I'm the person "
             "on every team who tests with the largest Dynamic Type setting.",
    "interests": ["offline-first sync", "accessibility", "trail running", "film photography"],
    "pronouns": "he/him",
})

doc(EN, "kenji-watanabe-hart", "resume.html", "resume", "html", "-", [
    T("Kenji Watanabe-Hart"),
    L("Mobile Engineer · Seattle, WA"),
    L("kenji@example.dev · (206) 555-0117 · kenjiwh.example.dev"),
    H("Summary"),
    P("Staff-level mobile engineer with ten years of native iOS and Android experience, "
      "specialising in offline-first apps, sync and accessibility."),
    H("Experience"),
    L("Staff iOS Engineer — Trailmark · Seattle, WA · Aug 2020 – Present"),
    B("Tech lead for the navigation app (1.2M monthly users); rewrote offline map sync, cutting "
      "failed downloads by 70%",
      "Drove the SwiftUI migration and the accessibility program (VoiceOver audit, 200+ fixes)"),
    L("Senior Mobile Engineer — Fieldnote Inc. · Portland, OR · May 2017 – Jul 2020"),
    B("Built the inspection app used by 8,000 field technicians, on iOS and Android",
      "Designed a conflict-resolution layer for edits made offline"),
    L("Mobile Developer — Cascade Interactive · Seattle, WA · Jan 2014 – Apr 2017"),
    B("Shipped 12 client apps for retail and media clients (Objective-C, Java)"),
    H("Education"),
    L("B.S. Computer Science, University of Washington, 2013"),
    H("Skills"),
    L("Swift, SwiftUI, UIKit, Kotlin, Jetpack Compose, Core Data, SQLite, GraphQL, Fastlane, "
      "GitHub Actions"),
    H("Languages"),
    L("English (native), Japanese (professional working proficiency)"),
])

doc(EN, "kenji-watanabe-hart", "job-prefs.txt", "role_preferences", "json-as-txt",
    "json-as-txt", {
    "looking_for": {"titles": ["Staff Mobile Engineer", "Principal iOS Engineer",
                               "Mobile Tech Lead"],
                    "employment": "full-time"},
    "compensation": {"base_usd_min": 210000, "total_comp_usd_target": 300000,
                     "equity": "open to it"},
    "location": {"remote": True, "hybrid_ok_in": ["Seattle"], "relocate": False,
                 "timezones": ["PT", "MT"]},
    "notice": "3 weeks",
    "start_after": "2024-07-15",
    "company": {"stage": "Series B to public", "like": ["outdoors", "maps", "climate"],
                "avoid": ["crypto", "gambling"]},
    "work_authorization": "US citizen",
})

doc(EN, "kenji-watanabe-hart", "experience.md", "work_experiences", "md", "-", [
    T("Experience"),
    H("Trailmark — Staff iOS Engineer"),
    L("Seattle, WA · August 2020 – present"),
    B("Tech lead for the iOS navigation app, team of five",
      "Offline map sync rewrite; failed downloads down 70%",
      "Accessibility program: VoiceOver audit and more than 200 fixes"),
    H("Fieldnote Inc. — Senior Mobile Engineer"),
    L("Portland, OR (remote) · May 2017 – July 2020"),
    B("Inspection app for field technicians, iOS and Android",
      "Offline edit conflict resolution; background sync"),
    H("Cascade Interactive — Mobile Developer"),
    L("Seattle, WA · January 2014 – April 2017"),
    B("Client apps in Objective-C and Java for retail and media brands"),
])

# --- Grace Mbeki: chartered accountant, Cape Town -------------------------------------
doc(EN, "grace-mbeki", "Grace Mbeki CV.rtf", "resume", "rtf", "-", [
    T("Grace Nomvula Mbeki, CA(SA)"),
    L("Cape Town, South Africa"),
    L("Email: grace.mbeki@example.co.za    Mobile: +27 82 555 0174"),
    H("Profile"),
    P("Chartered accountant with eleven years of experience across audit and industry. Currently "
      "financial controller for a listed retail group; strong in IFRS reporting, month-end "
      "discipline and building finance teams that people want to stay in."),
    H("Professional experience"),
    L("Financial Controller | Khaya Retail Holdings, Cape Town | 2020 – present"),
    B("Responsible for group reporting of 14 subsidiaries (revenue R4.2bn)",
      "Shortened month-end close from 12 to 6 working days",
      "Lead a finance team of nine"),
    L("Audit Manager | Mokoena & Levin Chartered Accountants, Johannesburg | 2016 – 2020"),
    B("Managed audits of retail, mining services and NGO clients",
      "Trained and reviewed the work of 20+ trainee accountants"),
    L("Trainee Accountant | Mokoena & Levin Chartered Accountants, Johannesburg | 2013 – 2015"),
    B("SAICA training contract; audit engagements in retail and manufacturing"),
    H("Qualifications"),
    L("Chartered Accountant (South Africa), SAICA, 2016"),
    L("BCom (Hons) Accounting, University of Cape Town, 2012"),
    H("Skills"),
    B("IFRS reporting and consolidations", "SAP S/4HANA, CaseWare, Power BI",
      "Team leadership and coaching"),
    H("Languages"),
    L("English, isiXhosa, Afrikaans"),
])

doc(EN, "grace-mbeki", "Personal statement.pdf", "about", "pdf", "-", [
    T("Personal statement"),
    P("I became an accountant because of my grandmother's spaza shop in Gugulethu. She kept her "
      "books in a school exercise book, and when I was eleven she let me add up the columns on "
      "Sunday evenings. I learned early that numbers are really about people: who owes whom, "
      "what can be afforded, whether the shop will still be open next year."),
    P("Today I still see finance that way. I am most useful when I can help a business "
      "understand itself — why a region is losing margin, which stores are quietly carrying "
      "the others. I like clean processes and honest reporting, and I believe a good finance "
      "team is one where a junior feels safe to say a number looks wrong."),
    P("I mentor young women writing their board exams, I sing alto in a church choir, and on "
      "weekends you will find me walking Lion's Head before the crowds arrive."),
])

doc(EN, "grace-mbeki", "preferences.csv", "role_preferences", "csv", "-", [
    {"question": "Preferred job titles",
     "answer": "Financial Controller; Head of Finance; Finance Director (mid-size company)"},
    {"question": "Salary expectation", "answer": "R1,200,000 – R1,400,000 cost to company per year"},
    {"question": "Work model", "answer": "Hybrid, up to 3 days in the office"},
    {"question": "Preferred locations", "answer": "Cape Town; Stellenbosch"},
    {"question": "Open to relocation", "answer": "Only within the Western Cape"},
    {"question": "Notice period", "answer": "1 calendar month"},
    {"question": "Earliest start date", "answer": "1 August 2024"},
    {"question": "Industries", "answer": "Retail, FMCG, renewable energy"},
    {"question": "Company size", "answer": "200 – 2,000 employees"},
    {"question": "Contract type", "answer": "Permanent only"},
])

doc(EN, "grace-mbeki", "Grace_Mbeki_employment_history.txt", "work_experiences",
    "txt-utf16be", "-", [
    T("EMPLOYMENT HISTORY"),
    L("Khaya Retail Holdings (Pty) Ltd — Cape Town"),
    L("Financial Controller, March 2020 to date"),
    B("Group consolidation and IFRS reporting for 14 subsidiaries",
      "Month-end close cut from 12 to 6 working days",
      "Managed the SAP S/4HANA finance rollout"),
    L("Mokoena & Levin Chartered Accountants — Johannesburg"),
    L("Audit Manager, January 2016 to February 2020"),
    B("Portfolio of 18 audit clients in retail, mining services and the NGO sector"),
    L("Trainee Accountant, January 2013 to December 2015"),
    B("Audit fieldwork, stock counts, working-paper reviews"),
])

# =====================================================================================
# Spanish
# =====================================================================================

# --- Lucía Fernández Ortega: ingeniera de datos, Madrid -------------------------------
doc(ES, "lucia-fernandez", "CV_Lucia_Fernandez_Ortega.docx", "resume", "docx", "-", [
    T("Lucía Fernández Ortega"),
    L("Ingeniera de datos · Madrid"),
    L("lucia.fernandez@example.es · 612 345 678 · linkedin.com/in/lucia-fernandez-ortega"),
    H("Perfil"),
    P("Ingeniera de datos con más de ocho años de experiencia diseñando pipelines en la nube "
      "para banca y comercio electrónico. Me muevo bien entre negocio y plataforma, y me "
      "obsesiona que los datos lleguen a tiempo y con una calidad que se pueda medir."),
    H("Experiencia profesional"),
    L("Ingeniera de datos sénior — Banco Albor, Madrid"),
    L("sept. 2020 – actualidad"),
    B("Diseño y mantenimiento de la plataforma de datos de riesgos (Airflow, dbt, BigQuery), "
      "con más de 400 modelos en producción.",
      "Implantación de contratos de datos y alertas de calidad: las incidencias en informes "
      "regulatorios bajaron un 60 %.",
      "Responsable técnica de un equipo de cinco personas."),
    L("Ingeniera de datos — Compralia, Madrid"),
    L("03/2017 – 08/2020"),
    B("Migración del data warehouse on-premise a Google Cloud.",
      "Pipelines en Spark para el motor de recomendaciones de la tienda online."),
    L("Analista programadora — Sistemas Meseta, Alcobendas"),
    L("07/2015 – 02/2017"),
    B("Procesos ETL en Informatica y PL/SQL para clientes del sector asegurador."),
    H("Formación académica"),
    L("Máster en Big Data y Business Analytics — Universidad Complutense de Madrid, 2017"),
    L("Grado en Ingeniería Informática — Universidad Politécnica de Madrid, 2011 – 2015"),
    H("Conocimientos técnicos"),
    L("Python, SQL, Scala · Spark, Airflow, dbt · BigQuery, Snowflake · Terraform, Docker · "
      "Looker"),
    H("Idiomas"),
    B("Español: nativo", "Inglés: C1 (Cambridge Advanced)", "Francés: B1"),
])

doc(ES, "lucia-fernandez", "Sobre mí.pdf", "about", "pdf", "-", [
    T("Sobre mí"),
    P("Me llamo Lucía y trabajo con datos desde que descubrí, en las prácticas de la carrera, "
      "que me divertía más arreglar un proceso nocturno que escribir la aplicación que lo "
      "usaba. Desde entonces me he especializado en la parte menos visible del análisis: "
      "conseguir que la información llegue completa, a su hora y con alguien responsable "
      "detrás."),
    P("Creo mucho en la documentación y en las conversaciones tranquilas. Prefiero un equipo "
      "pequeño que revisa su código con cariño a uno grande que corre sin mirar atrás. Me gusta "
      "enseñar: doy charlas en un meetup de Python y he sido mentora en un programa para "
      "mujeres que se reciclan hacia la tecnología."),
    P("Fuera del trabajo hago escalada en rocódromo, leo novela negra nórdica y cuido un huerto "
      "urbano en Carabanchel que produce sobre todo tomates y disgustos."),
])

doc(ES, "lucia-fernandez", "preferencias.yaml", "role_preferences", "yaml", "prefs-yaml", {
    "puesto_buscado": ["Lead Data Engineer", "Ingeniera de datos principal",
                       "Data Platform Manager"],
    "salario": {"bruto_anual_minimo": "68.000 €", "deseado": "75.000 €"},
    "modalidad": "remoto o híbrido (como mucho 1 día presencial a la semana)",
    "ubicacion": ["Madrid", "remoto desde España"],
    "reubicacion": "no",
    "preaviso": "30 días",
    "incorporacion": "a partir de octubre de 2024",
    "tamano_empresa": "más de 200 empleados",
    "sectores": {"preferidos": ["banca", "energía", "salud"], "descartados": ["apuestas"]},
    "tipo_contrato": "indefinido",
    "permiso_de_trabajo": "ciudadana española (UE)",
})

# --- Javier Morales Ruiz: arquitecto, Sevilla -----------------------------------------
doc(ES, "javier-morales", "presentacion.txt", "about", "txt-latin1", "about-with-dates", [
    T("Presentación"),
    P("Me llamo Javier Morales Ruiz y soy arquitecto. Nací en Jerez en 1984 y estudié en la "
      "Escuela de Arquitectura de Sevilla, donde terminé el proyecto fin de carrera en 2009, "
      "justo cuando el sector se hundía. Aquellos primeros años me enseñaron a trabajar con "
      "presupuestos mínimos y a no despreciar ningún encargo."),
    P("En 2015, después de varios años como colaborador en otros estudios, abrí el mío propio "
      "con una compañera de promoción. Desde 2019 me dedico casi en exclusiva a la "
      "rehabilitación energética de viviendas antiguas, y en 2022 obtuve la certificación de "
      "diseñador Passivhaus."),
    P("Me interesa la arquitectura que no se nota: casas frescas en agosto sin aire "
      "acondicionado, patios que vuelven a usarse, vecinos que pagan menos luz. Disfruto de la "
      "obra tanto como del estudio y me entiendo bien con los oficios."),
    P("Cuando no estoy dibujando, estoy en la bici o en el mercado buscando excusas para "
      "cocinar."),
])

doc(ES, "javier-morales", "Lo que busco - Javier Morales.docx", "role_preferences", "docx",
    "-", [
    T("Qué busco en mi próximo trabajo"),
    P("Me apetece incorporarme a un equipo más grande, con recursos para hacer rehabilitación a "
      "escala de barrio y no vivienda a vivienda."),
    H("Puesto"),
    B("Arquitecto sénior o jefe de proyecto en rehabilitación energética",
      "Coordinación técnica de programas de rehabilitación (fondos europeos, oficinas "
      "municipales de rehabilitación)"),
    H("Condiciones"),
    B("Salario: a partir de 45.000 € brutos anuales",
      "Modalidad: presencial o híbrida; necesito ir a obra, así que el teletrabajo total no "
      "tiene sentido",
      "Ubicación: Sevilla, Cádiz o Málaga; me plantearía Madrid con ayuda para el traslado",
      "Disponibilidad: tres meses (tengo que cerrar encargos en curso)",
      "Contrato indefinido, jornada completa",
      "Tamaño de empresa: indiferente; valoro cooperativas y empresas públicas de vivienda"),
])

doc(ES, "javier-morales", "Trayectoria profesional.odt", "work_experiences", "odt",
    "experience-prose", [
    T("Trayectoria profesional"),
    P("Entre 2009 y 2011 trabajé como arquitecto colaborador en Vela & Ortiz Arquitectos, en "
      "Sevilla, desarrollando proyectos de ejecución de vivienda protegida y ocupándome de "
      "buena parte de las mediciones y presupuestos. Fue mi primer contacto con la obra."),
    P("De 2011 a 2015 estuve en el estudio de Carmen Lobato, en Cádiz, donde llevé la dirección "
      "de obra de tres rehabilitaciones de casas de vecinos en el casco histórico y participé "
      "en la redacción de un plan especial de protección para el barrio de Santa María."),
    P("En marzo de 2015 fundé, junto a Rocío Benítez, Morales Benítez Arquitectura, un estudio "
      "de cuatro personas en Sevilla. Desde entonces hemos realizado más de sesenta proyectos, "
      "la mayoría rehabilitaciones energéticas de viviendas unifamiliares y pequeños edificios "
      "plurifamiliares. Me encargo de la dirección de los proyectos, la relación con los "
      "clientes y la dirección de obra."),
    P("Desde 2021 compagino el estudio con una colaboración a media jornada con la Oficina de "
      "Rehabilitación del Ayuntamiento de Dos Hermanas, asesorando a comunidades de "
      "propietarios que solicitan ayudas europeas."),
])

# --- Camila Restrepo Gómez: marketing digital, Medellín -------------------------------
doc(ES, "camila-restrepo", "Hoja de vida - Camila Restrepo.pdf", "resume", "pdf",
    "long-about-resume", [
    T("Camila Restrepo Gómez"),
    H("Acerca de mí"),
    P("Soy comunicadora social y llevo casi diez años haciendo marketing digital, primero en "
      "agencias y luego en marcas. Empecé escribiendo contenido para las redes de un "
      "restaurante en Laureles y terminé dirigiendo campañas regionales con presupuestos de "
      "seis cifras en dólares. Esa mezcla me dejó una convicción: el mejor marketing se parece "
      "más a una conversación que a un anuncio."),
    P("Me muevo cómoda entre lo creativo y lo analítico. Puedo pasar la mañana en una lluvia de "
      "ideas con diseñadores y la tarde en Looker Studio revisando por qué el costo por "
      "adquisición subió un 12 %. Me gusta formar equipos pequeños, dar autonomía y medir todo "
      "lo que se pueda medir sin perder de vista a la persona que está al otro lado de la "
      "pantalla."),
    P("En los últimos años me he especializado en crecimiento para empresas de tecnología "
      "financiera en América Latina: adquisición, activación y retención en mercados donde "
      "mucha gente abre su primera cuenta desde el celular. He aprendido a escribir para "
      "audiencias muy distintas, de Monterrey a Lima, y a respetar sus diferencias."),
    P("Fuera del trabajo soy mamá de Martín, corro medias maratones y doy clases voluntarias de "
      "alfabetización digital a mujeres emprendedoras en la Comuna 13."),
    H("Datos de contacto"),
    L("Medellín, Colombia · camila.restrepo@example.co · +57 300 555 0123"),
    H("Experiencia laboral"),
    L("Gerente de Growth Marketing — Monedo · Medellín · febrero 2021 – actualidad"),
    B("Lideré la entrada a Perú y México: de 0 a 180.000 usuarios activos en 18 meses.",
      "Equipo de 6 personas (contenido, performance, CRM).",
      "Bajé el costo por cuenta activada un 34 % con un programa de referidos."),
    L("Coordinadora de Marketing Digital — Café Altamira S.A.S. · Medellín · agosto 2018 – "
      "enero 2021"),
    B("Lanzamiento de la tienda en línea y del programa de suscripción.",
      "Gestión de pauta en Google y Meta."),
    L("Ejecutiva de cuenta digital — Agencia Pulpa · Bogotá · marzo 2015 – julio 2018"),
    B("Cuentas de consumo masivo y banca; planeación de contenidos y reportes mensuales."),
    H("Estudios"),
    L("Especialización en Mercadeo Estratégico — Universidad EAFIT, 2019"),
    L("Comunicación Social y Periodismo — Universidad Pontificia Bolivariana, 2009 – 2014"),
    H("Herramientas"),
    L("Google Ads, Meta Ads, HubSpot, Braze, Looker Studio, GA4, SQL básico"),
    H("Idiomas"),
    L("Español (nativo) · Inglés (avanzado, C1) · Portugués (intermedio)"),
    L("Referencias disponibles a solicitud."),
])

doc(ES, "camila-restrepo", "sobre-mi.md", "about", "md", "-", [
    T("Hola, soy Camila"),
    P("Hago marketing para empresas que quieren que más gente tenga acceso a servicios "
      "financieros. Me gusta pensar que mi trabajo consiste en quitarle miedo a algo que, para "
      "muchas personas, siempre fue complicado y ajeno."),
    P("Soy de Medellín, paisa de las que hablan rápido y escriben despacio. Reviso cada mensaje "
      "tres veces antes de publicarlo porque sé que una palabra mal elegida puede hacer que "
      "alguien desconfíe. Me encantan los datos, pero me encantan más las conversaciones con "
      "usuarios: ahí es donde aparecen las ideas buenas."),
    P("Cuando no estoy trabajando, estoy entrenando para la próxima media maratón, leyendo a "
      "Piedad Bonnett o inventando juegos con mi hijo."),
])

doc(ES, "camila-restrepo", "experiencia_laboral.txt", "work_experiences", "json-as-txt",
    "json-as-txt", [
    {"empresa": "Monedo", "cargo": "Gerente de Growth Marketing", "ciudad": "Medellín",
     "desde": "2021-02", "hasta": None,
     "logros": ["Entrada a Perú y México", "Programa de referidos (-34 % costo por activación)"]},
    {"empresa": "Café Altamira S.A.S.", "cargo": "Coordinadora de Marketing Digital",
     "ciudad": "Medellín", "desde": "2018-08", "hasta": "2021-01",
     "logros": ["Lanzamiento de la tienda en línea", "Suscripción mensual con 4.000 clientes"]},
    {"empresa": "Agencia Pulpa", "cargo": "Ejecutiva de cuenta digital", "ciudad": "Bogotá",
     "desde": "2015-03", "hasta": "2018-07",
     "logros": ["Cuentas de consumo masivo y banca"]},
])

# --- Andrés Villalobos Treviño: DevOps / SRE, Guadalajara -----------------------------
doc(ES, "andres-villalobos", "CV Andres Villalobos.txt", "resume", "txt-oneline", "oneline", [
    T("Andrés Villalobos Treviño"),
    L("Ingeniero DevOps / SRE · Guadalajara, Jalisco, México · andres.villalobos@example.mx · "
      "+52 33 5555 0147"),
    H("Resumen"),
    P("Ingeniero de confiabilidad con diez años de experiencia en infraestructura Linux, "
      "Kubernetes y AWS. Me gusta automatizar lo repetitivo y dejar guardias tranquilas."),
    H("Experiencia"),
    L("Nubeza (SaaS de facturación electrónica) — Ingeniero SRE Sr. — ene 2020 – actualidad"),
    B("Diseñé la plataforma de observabilidad (Prometheus, Grafana, Loki) y el esquema de "
      "guardias.",
      "Disponibilidad del timbrado de facturas: de 99.5 % a 99.95 %."),
    L("Grupo Tapatío de Software — Ingeniero DevOps — jun 2017 – dic 2019"),
    B("Migración de 40 servicios a Kubernetes (EKS) con Terraform y ArgoCD."),
    L("Telecomunicaciones del Bajío — Administrador de sistemas Linux — ago 2014 – may 2017"),
    H("Educación"),
    L("Ingeniería en Sistemas Computacionales — ITESO, 2009 – 2014"),
    H("Certificaciones"),
    L("CKA (2021) · AWS Solutions Architect Associate (2019)"),
    H("Habilidades"),
    L("Kubernetes, Terraform, AWS, Go, Bash, Python, PostgreSQL, Prometheus"),
    H("Idiomas"),
    L("Español nativo, inglés avanzado (TOEFL iBT 104)"),
])

doc(ES, "andres-villalobos", "lo_que_busco.txt", "role_preferences", "txt",
    "prefs-mention-jobs", [
    P("Llevo cuatro años en Nubeza como SRE sénior; ahí armé desde cero las guardias y la "
      "observabilidad, y antes, en Grupo Tapatío de Software, migré todo a Kubernetes. Ahora "
      "busco algo distinto:"),
    L("- Puesto: Staff SRE, Platform Engineer o líder técnico de infraestructura."),
    L("- Empresa: de producto propio (no consultoría ni outsourcing; ya lo viví en "
      "Telecomunicaciones del Bajío y no quiero repetir)."),
    L("- Sueldo: 95,000 MXN netos mensuales en México, o 6,500 USD al mes si es contrato con "
      "empresa extranjera."),
    L("- Esquema: 100 % remoto. Híbrido solo si la oficina está en Guadalajara."),
    L("- No me interesa cambiarme de ciudad."),
    L("- Puedo empezar con 15 días de aviso."),
    L("- Contrato: nómina o contractor, los dos me sirven."),
])

doc(ES, "andres-villalobos", "Experiencia laboral - Andrés Villalobos.rtf", "work_experiences",
    "rtf", "-", [
    T("Experiencia laboral"),
    H("Nubeza — Guadalajara (remoto)"),
    L("Ingeniero SRE Sr. | enero 2020 – a la fecha"),
    B("Observabilidad y respuesta a incidentes para la plataforma de facturación electrónica",
      "Reducción del costo de AWS en 28 % con instancias spot y ajuste de recursos",
      "Mentoría de dos ingenieros junior"),
    H("Grupo Tapatío de Software — Zapopan"),
    L("Ingeniero DevOps | junio 2017 – diciembre 2019"),
    B("Migración de 40 servicios a Kubernetes",
      "Pipelines de CI/CD con GitLab y ArgoCD"),
    H("Telecomunicaciones del Bajío — León, Gto."),
    L("Administrador de sistemas Linux | agosto 2014 – mayo 2017"),
    B("Servidores de correo, DNS y monitoreo con Nagios para 300 clientes empresariales"),
])

# --- Marta Puig i Soler: enfermera de paliativos, Barcelona ---------------------------
doc(ES, "marta-puig", "Marta Puig - bio.docx", "about", "docx", "third-person-about", [
    T("Marta Puig i Soler"),
    P("Marta Puig i Soler es enfermera especialista en cuidados paliativos y vive en Barcelona. "
      "Lleva más de doce años acompañando a pacientes y familias al final de la vida, tanto en "
      "el hospital como en el domicilio, y sus compañeras la conocen por su calma en las "
      "situaciones difíciles."),
    P("Además de su trabajo asistencial, colabora como docente en cursos de comunicación de "
      "malas noticias para residentes y ha publicado varios artículos sobre la atención a "
      "cuidadores en revistas de enfermería. Habla catalán, castellano e inglés, y se defiende "
      "en italiano."),
    P("Le apasionan la montaña, el coro en el que canta desde niña y los proyectos que acercan "
      "la muerte a la conversación cotidiana, como los cafés que organiza en su barrio de "
      "Gràcia."),
])

doc(ES, "marta-puig", "preferencias.md", "role_preferences", "md", "-", [
    T("Preferencias laborales"),
    B("**Puesto:** enfermera de cuidados paliativos (equipo domiciliario, unidad hospitalaria "
      "o centro sociosanitario); también coordinación de enfermería",
      "**Jornada:** completa, preferiblemente turno de mañana; no hago noches",
      "**Zona:** Barcelona ciudad o Baix Llobregat, con transporte público",
      "**Salario:** como mínimo según convenio; valoro complemento de especialidad",
      "**Modalidad:** presencial, con alguna hora de formación en remoto",
      "**Incorporación:** a partir de enero",
      "**Preaviso:** 15 días",
      "**Contrato:** indefinido o interinidad larga"),
])

doc(ES, "marta-puig", "experiencia.csv", "work_experiences", "csv", "experiences-csv", [
    {"centro": "Equipo PADES Barcelona Nord (Fundació Llum)",
     "puesto": "Enfermera de atención domiciliaria en paliativos", "localidad": "Barcelona",
     "inicio": "03/2019", "fin": "actualidad",
     "funciones": "Visitas domiciliarias, control de síntomas, apoyo a cuidadores, "
                  "coordinación con atención primaria"},
    {"centro": "Hospital de la Mercè", "puesto": "Enfermera de la unidad de cuidados paliativos",
     "localidad": "Barcelona", "inicio": "06/2014", "fin": "02/2019",
     "funciones": "Atención a pacientes ingresados; referente de formación de la unidad"},
    {"centro": "Clínica Sant Ramon", "puesto": "Enfermera de medicina interna",
     "localidad": "Vilanova i la Geltrú", "inicio": "09/2011", "fin": "05/2014",
     "funciones": "Planta de hospitalización, turnos rotatorios"},
    {"centro": "Residència Els Til·lers", "puesto": "Enfermera (sustitución de verano)",
     "localidad": "Sabadell", "inicio": "06/2011", "fin": "08/2011",
     "funciones": "Control de medicación y curas"},
])

# --- Diego Salazar Muñoz: ingeniero de minas, Antofagasta -----------------------------
doc(ES, "diego-salazar", "Curriculum Diego Salazar.odt", "resume", "odt", "-", [
    T("Diego Salazar Muñoz"),
    L("Ingeniero Civil de Minas · Antofagasta, Chile"),
    L("Correo: diego.salazar@example.cl · Celular: +56 9 5555 0163"),
    H("Resumen profesional"),
    P("Ingeniero civil de minas con once años de experiencia en operaciones y planificación de "
      "minería a rajo abierto. Foco en seguridad, productividad de flota y trabajo con turnos "
      "grandes."),
    H("Experiencia laboral"),
    L("Minera Cerro Pardo — Jefe de Turno Mina · Sierra Gorda · marzo 2019 – presente"),
    B("A cargo de 120 personas por turno y de la flota de carguío y transporte.",
      "Cero accidentes con tiempo perdido en 2022 y 2023."),
    L("Compañía Minera Los Andes del Norte — Ingeniero de Planificación de Corto Plazo · "
      "Calama · 2015 – 2019"),
    B("Planes semanales y mensuales de extracción; conciliación con geología."),
    L("Geomin Consultores — Ingeniero Junior · Santiago · 2013 – 2015"),
    B("Estudios de prefactibilidad y diseño de rampas."),
    H("Formación"),
    L("Ingeniería Civil de Minas, Universidad de Santiago de Chile, 2007 – 2013"),
    L("Diplomado en Gestión de Seguridad Minera, Universidad Católica del Norte, 2018"),
    H("Software y competencias"),
    L("Deswik, MineSight, Dispatch, Excel avanzado, Power BI"),
    H("Idiomas"),
    L("Español nativo; inglés intermedio-avanzado"),
    H("Otros"),
    L("Licencia de conducir clase B; curso de manejo defensivo en faena"),
])

doc(ES, "diego-salazar", "disponibilidad.txt", "role_preferences", "txt-utf16", "short", [
    L("Busco cargo de superintendente o jefe de turno en minería a rajo abierto, II Región, "
      "sistema 7x7 o 4x3."),
    L("Renta esperada sobre $4.500.000 líquidos; disponible desde marzo."),
])

doc(ES, "diego-salazar", "Experiencia_Diego_Salazar.docx", "work_experiences", "odt",
    "lying-extension", [
    T("Experiencia laboral — Diego Salazar Muñoz"),
    L("03/2019 – presente | Jefe de Turno Mina | Minera Cerro Pardo (Sierra Gorda)"),
    B("Coordinación de perforación, tronadura, carguío y transporte en el turno",
      "Supervisión de 120 trabajadores propios y contratistas",
      "Reportes de producción y seguridad a la superintendencia"),
    L("01/2015 – 02/2019 | Ingeniero de Planificación Corto Plazo | Compañía Minera Los Andes "
      "del Norte (Calama)"),
    B("Programas semanales de extracción", "Seguimiento de KPI de flota"),
    L("04/2013 – 12/2014 | Ingeniero Junior | Geomin Consultores (Santiago)"),
    B("Apoyo en estudios de prefactibilidad y diseño minero"),
])

# --- Elena Castro Vidal: traductora, Valencia ------------------------------------------
doc(ES, "elena-castro", "sobre-mi.html", "about", "html", "-", [
    T("Sobre mí"),
    P("Soy Elena, traductora. Traduzco del inglés y del alemán al español y, aunque he tocado "
      "casi de todo, me siento en casa con los textos médicos y farmacéuticos: prospectos, "
      "protocolos de ensayos clínicos, consentimientos informados. Textos que alguien va a leer "
      "con miedo, y que por eso tienen que ser claros."),
    P("Me formé en Valencia y pasé una temporada en Luxemburgo que me enseñó a respetar los "
      "glosarios y las guías de estilo casi tanto como a los autores. Trabajo despacio en la "
      "primera versión y rápido en la revisión, y siempre leo el texto final en voz alta."),
    P("Vivo en el barrio de Russafa con dos gatos que se llaman Trados y memoQ, cosa que a "
      "estas alturas ya no me parece graciosa pero tampoco voy a cambiar."),
])

doc(ES, "elena-castro", "CV Elena Castro Vidal.rtf", "resume", "rtf", "-", [
    T("ELENA CASTRO VIDAL"),
    L("Traductora EN/DE > ES · Valencia"),
    L("elena.castro@example.es | +34 655 010 203"),
    H("Perfil profesional"),
    P("Traductora especializada en textos médicos y farmacéuticos, con más de diez años de "
      "experiencia en agencia y como autónoma. Certificada en ISO 17100 por mis principales "
      "clientes."),
    H("Experiencia"),
    L("2018 – actualidad    Traductora autónoma"),
    P("Clientes: agencias de traducción de España, Alemania e Irlanda; laboratorios "
      "farmacéuticos. Unas 600.000 palabras al año, sobre todo prospectos, fichas técnicas y "
      "documentación de ensayos clínicos."),
    L("2014 – 2018    Traductora en plantilla, Lingua Levante S.L. (Valencia)"),
    B("Traducción y revisión EN/DE > ES para el sector sanitario",
      "Gestión de memorias y glosarios de cliente"),
    L("2013 – 2014    Traductora en prácticas, servicio de traducción de una institución "
      "europea (Luxemburgo)"),
    H("Formación"),
    L("Máster en Traducción Médico-Sanitaria, Universitat Jaume I, 2013"),
    L("Licenciatura en Traducción e Interpretación, Universitat de València, 2007 – 2012"),
    H("Herramientas"),
    L("Trados Studio, memoQ, Phrase, Xbench"),
    H("Idiomas"),
    L("Español y valenciano (nativos), inglés (C2), alemán (C1)"),
])

doc(ES, "elena-castro", "preferencias.json", "role_preferences", "json", "-", {
    "disponibilidad": "a partir del 1 de septiembre",
    "busco": {"tipo": "puesto en plantilla",
              "puestos": ["Traductora médica sénior", "Revisora / QA lingüística",
                          "Project manager de localización"]},
    "salario_minimo_bruto_anual": 36000,
    "moneda": "EUR",
    "modalidad": "teletrabajo",
    "viajes": "ocasionales",
    "ubicacion": "Valencia (en remoto)",
    "reubicacion": False,
    "jornada": "completa o 80 %",
    "sectores": ["farmacéutico", "dispositivos médicos", "organismos internacionales"],
    "tamano_empresa": "indiferente",
})

# --- Rodrigo Peña: desarrollador backend, Buenos Aires --------------------------------
doc(ES, "rodrigo-pena", "bio.txt", "about", "txt", "short", [
    L("Desarrollador backend en Buenos Aires, ocho años con Go y Python. Me gustan los sistemas "
      "simples, los tests que fallan por buenas razones y el café de especialidad."),
])

doc(ES, "rodrigo-pena", "cv.yaml", "resume", "yaml", "-", {
    "nombre": "Rodrigo Peña",
    "titulo": "Desarrollador Backend Senior",
    "contacto": {"email": "rodrigo.pena@example.com.ar", "telefono": "+54 9 11 5555-0189",
                 "ubicacion": "Buenos Aires, Argentina", "github": "github.com/rpena-example"},
    "resumen": "Backend con ocho años de experiencia en pagos y e-commerce. Go, Python, "
               "PostgreSQL. Cómodo con guardias, migraciones grandes y equipos distribuidos.",
    "experiencia": [
        {"empresa": "Pagalo", "puesto": "Backend Senior", "desde": "2021-03",
         "hasta": "actualidad",
         "tareas": ["Servicio de conciliación de pagos en Go (2M transacciones/día)",
                    "Diseño de la API pública para comercios"]},
        {"empresa": "Mercado Sur", "puesto": "Desarrollador Backend", "desde": "2018-06",
         "hasta": "2021-02",
         "tareas": ["Catálogo y búsqueda (Python, Elasticsearch)",
                    "Migración de monolito Django a servicios"]},
        {"empresa": "Estudio Binario", "puesto": "Desarrollador Python Jr.", "desde": "2016-04",
         "hasta": "2018-05", "tareas": ["Sitios y APIs para clientes pymes"]},
    ],
    "educacion": [{"titulo": "Ingeniería en Sistemas de Información",
                   "institucion": "UTN Facultad Regional Buenos Aires", "egreso": 2017}],
    "habilidades": ["Go", "Python", "PostgreSQL", "Kafka", "Docker", "Kubernetes", "AWS"],
    "idiomas": {"español": "nativo", "inglés": "avanzado (B2+)", "italiano": "básico"},
})

doc(ES, "rodrigo-pena", "experiencia.md", "work_experiences", "md", "-", [
    T("Experiencia"),
    H("Pagalo · Backend Senior"),
    L("marzo 2021 – actualidad · remoto desde Buenos Aires"),
    B("Conciliación de pagos en Go: de procesos batch de 6 horas a casi tiempo real",
      "API pública para comercios y su documentación",
      "Guardias y postmortems; referente de PostgreSQL en el equipo"),
    H("Mercado Sur · Desarrollador Backend"),
    L("junio 2018 – febrero 2021"),
    B("Catálogo y búsqueda con Python y Elasticsearch",
      "Separación del monolito Django en cuatro servicios"),
    H("Estudio Binario · Desarrollador Python Jr."),
    L("abril 2016 – mayo 2018"),
    B("Sitios y APIs para pymes; primeros pasos con Django y Celery"),
])

# --- Inés Navarro Gil: técnica de RR. HH., Zaragoza -----------------------------------
doc(ES, "ines-navarro", "perfil.json", "about", "json", "-", {
    "nombre": "Inés Navarro Gil",
    "titular": "Recursos Humanos · selección y desarrollo de personas",
    "sobre_mi": "Trabajo en recursos humanos porque me interesa lo que pasa cuando una persona "
                "encaja de verdad en un equipo. He entrevistado a miles de candidatos, sobre "
                "todo para perfiles de almacén, transporte y producción, y he aprendido a mirar "
                "más allá del currículum. Soy de Zaragoza, muy de trabajar con los pies en la "
                "planta y no solo en el despacho, y me gusta que los procesos sean justos, "
                "rápidos y que nadie se quede sin respuesta.",
    "intereses": ["senderismo en el Pirineo", "voluntariado en un banco de alimentos",
                  "novela histórica"],
})

doc(ES, "ines-navarro", "CV Inés Navarro.docx", "resume", "pdf", "lying-extension", [
    T("INÉS NAVARRO GIL"),
    L("Zaragoza · ines.navarro@example.es · 699 555 214"),
    H("Perfil"),
    P("Técnica de recursos humanos con diez años de experiencia en selección de personal de "
      "volumen y desarrollo en empresas industriales y logísticas."),
    H("Experiencia profesional"),
    L("Técnica de Selección y Desarrollo · Grupo Ebrolog · Zaragoza · 2020 – actualidad"),
    B("Más de 400 incorporaciones al año para tres plataformas logísticas",
      "Plan de acogida y programa de mandos intermedios"),
    L("Consultora de selección · Talentia Aragón · Zaragoza · 2016 – 2020"),
    B("Procesos para clientes de automoción, alimentación y logística"),
    L("Auxiliar administrativa de RR. HH. · Hierros del Moncayo S.A. · Tarazona · 2014 – 2016"),
    B("Nóminas, contratos y gestión de altas y bajas"),
    H("Formación académica"),
    L("Máster en Dirección de Recursos Humanos — Universidad San Jorge, 2016"),
    L("Grado en Relaciones Laborales y Recursos Humanos — Universidad de Zaragoza, 2010 – 2014"),
    H("Aptitudes"),
    L("Entrevista por competencias · Assessment center · A3 Nom · Workday · Excel avanzado"),
    H("Idiomas"),
    L("Inglés B2 · Francés A2"),
])

doc(ES, "ines-navarro", "preferencias laborales.txt", "role_preferences", "txt-utf16be", "-", [
    T("Preferencias laborales – Inés Navarro"),
    L("Puesto que busco: HR Business Partner o responsable de selección"),
    L("Sector: industria, logística o alimentación"),
    L("Retribución: 38.000 – 42.000 € brutos/año"),
    L("Modalidad: híbrida (3 días oficina / 2 en casa)"),
    L("Ubicación: Zaragoza y alrededores (PLAZA, Cuarte, Utebo)"),
    L("Cambio de residencia: no"),
    L("Preaviso: 15 días"),
    L("Tipo de contrato: indefinido"),
    L("Tamaño de empresa: más de 250 empleados"),
])

doc(ES, "ines-navarro", "Experiencia profesional - Inés Navarro.pdf", "work_experiences", "pdf",
    "-", [
    T("Experiencia profesional"),
    H("Grupo Ebrolog"),
    L("Técnica de Selección y Desarrollo — desde enero de 2020"),
    B("Selección de volumen para tres plataformas logísticas (más de 400 altas al año)",
      "Diseño del plan de acogida y de la formación de mandos intermedios",
      "Relación con ETT y con los servicios públicos de empleo"),
    H("Talentia Aragón"),
    L("Consultora de selección — de septiembre de 2016 a diciembre de 2019"),
    B("Procesos de selección de perfiles técnicos y operarios",
      "Cartera de 25 clientes industriales"),
    H("Hierros del Moncayo S.A."),
    L("Auxiliar administrativa de RR. HH. — de junio de 2014 a agosto de 2016"),
    B("Gestión de contratos, altas y bajas en la Seguridad Social, apoyo en nóminas"),
])

# =====================================================================================
# German
# =====================================================================================

# --- Jonas Becker: Softwareentwickler, München ----------------------------------------
doc(DE, "jonas-becker", "Lebenslauf_Jonas_Becker.docx", "resume", "docx", "long-about-resume", [
    T("Jonas Becker"),
    H("Über mich"),
    P("Ich bin Softwareentwickler aus Überzeugung und seit gut zehn Jahren im Beruf. Angefangen "
      "habe ich mit Java-Backends für eine Versicherung – eine Branche, die niemand für "
      "aufregend hält, in der ich aber gelernt habe, wie viel Verantwortung in einem Stück Code "
      "steckt, das Beiträge für zwei Millionen Kundinnen und Kunden berechnet."),
    P("Heute arbeite ich vor allem mit Kotlin und TypeScript an Produkten im Mobilitätsbereich. "
      "Mich reizen Systeme, die in der echten Welt etwas bewegen: Ladesäulen, Fahrpläne, "
      "Sharing-Flotten. Ich bin gern nah an den Nutzerinnen und Nutzern und fahre auch mal mit "
      "dem Support raus, wenn eine Ladesäule in Freising nicht will."),
    P("Im Team bin ich oft derjenige, der nach dem „Warum“ fragt, bevor wir etwas bauen, und der "
      "darauf achtet, dass Tests und Dokumentation nicht hinten runterfallen. In den letzten "
      "Jahren habe ich zunehmend Verantwortung für Architekturentscheidungen und für die "
      "Einarbeitung neuer Kolleginnen und Kollegen übernommen und möchte diesen Weg "
      "weitergehen."),
    P("Privat bin ich viel mit dem Rad unterwegs, spiele Bratsche in einem Laienorchester und "
      "engagiere mich in einer ehrenamtlichen Civic-Tech-Gruppe."),
    H("Persönliche Daten"),
    L("Anschrift: Belgradstraße 41, 80796 München"),
    L("Telefon: 0176 5550 2391 · E-Mail: jonas.becker@example.de"),
    L("Geboren am 14.02.1990 in Regensburg"),
    H("Berufserfahrung"),
    L("seit 04/2021    Senior Softwareentwickler, VoltWay GmbH, München"),
    B("Backend-Plattform für 9.000 Ladepunkte (Kotlin, Spring Boot, PostgreSQL)",
      "Einführung von Event-Sourcing für Ladevorgänge",
      "Fachliche Anleitung von drei Entwickler:innen"),
    L("08/2017 – 03/2021    Softwareentwickler, Isarbahn Mobility GmbH, München"),
    B("Fahrplanauskunft und Echtzeitdaten (GTFS, Java, Angular)",
      "Aufbau der CI/CD-Pipeline mit GitLab"),
    L("10/2013 – 07/2017    Junior-Entwickler, Donau Versicherung AG, Regensburg"),
    B("Weiterentwicklung des Tarifrechners (Java EE, Oracle)"),
    H("Ausbildung"),
    L("10/2009 – 09/2013    B.Sc. Informatik, Ostbayerische Technische Hochschule Regensburg"),
    L("06/2009    Abitur, Goethe-Gymnasium Regensburg"),
    H("Kenntnisse"),
    B("Programmiersprachen: Kotlin, Java, TypeScript, SQL",
      "Frameworks: Spring Boot, Ktor, Angular, React",
      "Werkzeuge: Docker, Kubernetes, GitLab CI, Terraform, Grafana"),
    H("Sprachen"),
    L("Deutsch (Muttersprache), Englisch (verhandlungssicher), Tschechisch (Grundkenntnisse)"),
    L("München, im Mai 2024"),
])

doc(DE, "jonas-becker", "ueber-mich.html", "about", "html", "-", [
    T("Über mich"),
    P("Hallo, ich bin Jonas. Ich entwickle Software für Mobilität – also für all die Dinge, die "
      "Menschen von A nach B bringen, ohne dass sie darüber nachdenken müssen. Wenn eine App "
      "zuverlässig anzeigt, wann die nächste Tram kommt, oder eine Ladesäule einfach "
      "funktioniert, dann steckt da viel unsichtbare Arbeit drin. Genau die mag ich."),
    P("Ich schreibe lieber einfachen als cleveren Code, frage gern dumm nach und halte "
      "Code-Reviews für eine der besten Formen, voneinander zu lernen. Geduld habe ich vor allem "
      "mit Menschen, weniger mit flackernden Tests."),
    P("Ansonsten: Bratsche, Rennrad, Bergkäse. In ungefähr dieser Reihenfolge."),
])

doc(DE, "jonas-becker", "wunschprofil.yaml", "role_preferences", "yaml", "prefs-yaml", {
    "wunschposition": ["Staff Engineer", "Tech Lead Backend", "Softwarearchitekt"],
    "gehaltsvorstellung": {"brutto_jaehrlich": "95.000 – 105.000 EUR", "verhandelbar": True},
    "arbeitsmodell": "hybrid, höchstens 2 Bürotage pro Woche",
    "standort": ["München", "remote innerhalb Deutschlands"],
    "umzugsbereitschaft": "nein",
    "kuendigungsfrist": "3 Monate zum Quartalsende",
    "fruehester_eintritt": "01.10.2024",
    "unternehmensgroesse": "100 bis 2.000 Mitarbeitende",
    "branchen": {"bevorzugt": ["Mobilität", "Energie", "öffentlicher Verkehr"],
                 "ausgeschlossen": ["Rüstung", "Glücksspiel"]},
    "vertragsart": "unbefristete Festanstellung, Vollzeit (4-Tage-Woche gern gesehen)",
    "arbeitserlaubnis": "deutsche Staatsangehörigkeit",
})

# --- Katharina Schulz: Controllerin, Hamburg ------------------------------------------
doc(DE, "katharina-schulz", "Über mich.txt", "about", "txt-utf16", "-", [
    P("Ich bin Controllerin mit Leib und Seele – auch wenn das für viele nach Excel-Tabellen und "
      "Monatsabschlüssen klingt. Für mich ist Controlling vor allem Übersetzungsarbeit: Ich "
      "sorge dafür, dass die Vertriebsleitung, die Geschäftsführung und die Leute im Lager "
      "dieselben Zahlen verstehen und daraus dieselben Schlüsse ziehen."),
    P("Ich bin Hamburgerin, direkt, ein bisschen ungeduldig bei unklaren Zuständigkeiten und "
      "sehr geduldig, wenn jemand eine Kennzahl zum ersten Mal wirklich verstehen will. Am "
      "meisten Freude machen mir Projekte, in denen ein Bericht am Ende kürzer ist als vorher."),
    P("In meiner Freizeit segle ich auf der Alster, backe Franzbrötchen für die Nachbarschaft "
      "und lese zu viele Krimis."),
])

doc(DE, "katharina-schulz", "Lebenslauf Katharina Schulz.pdf", "resume", "pdf",
    "resume-no-headings", [
    T("Katharina Schulz"),
    L("Eppendorfer Weg 112 · 20259 Hamburg · 0151 5550 7784 · k.schulz@example.de"),
    L("Diplom-Kauffrau, Senior Controllerin"),
    P("Zwölf Jahre Erfahrung im Konzern- und Vertriebscontrolling bei Handels- und "
      "Logistikunternehmen; Schwerpunkt Planung, Forecasting und Aufbau von Berichtsstrukturen "
      "in SAP und Power BI."),
    L("seit 01/2019    Senior Controllerin, Nordkai Logistik SE, Hamburg – Konzernplanung, "
      "Monatsreporting an den Vorstand, Einführung eines rollierenden Forecasts"),
    L("07/2014 – 12/2018    Controllerin Vertrieb, Hanseatische Kaffeerösterei GmbH, Hamburg – "
      "Deckungsbeitragsrechnung nach Kunden und Kanälen, Preis- und Konditionsanalysen"),
    L("03/2012 – 06/2014    Junior Controllerin, Brenner & Voss Handelsgesellschaft mbH, Bremen"),
    L("10/2006 – 02/2012    Studium der Betriebswirtschaftslehre, Universität Bremen, Abschluss "
      "Diplom-Kauffrau (Note 1,7)"),
    L("SAP S/4HANA CO, SAP BW, Power BI, Excel/VBA, Jedox"),
    L("Deutsch (Muttersprache), Englisch (fließend), Spanisch (Grundkenntnisse)"),
    L("Hamburg, 12. März 2024"),
])

doc(DE, "katharina-schulz", "stationen.yaml", "work_experiences", "yaml", "-", [
    {"zeitraum": "seit 01/2019", "arbeitgeber": "Nordkai Logistik SE, Hamburg",
     "position": "Senior Controllerin",
     "aufgaben": ["Konzernplanung und Forecast", "Monatsreporting an den Vorstand",
                  "Fachliche Führung von zwei Controllern"]},
    {"zeitraum": "07/2014 – 12/2018",
     "arbeitgeber": "Hanseatische Kaffeerösterei GmbH, Hamburg",
     "position": "Controllerin Vertrieb",
     "aufgaben": ["Deckungsbeitragsrechnung nach Kunden und Kanälen",
                  "Budgetierung für den Lebensmitteleinzelhandel"]},
    {"zeitraum": "03/2012 – 06/2014",
     "arbeitgeber": "Brenner & Voss Handelsgesellschaft mbH, Bremen",
     "position": "Junior Controllerin",
     "aufgaben": ["Kostenstellenrechnung", "Abweichungsanalysen"]},
])

# --- Mehmet Yıldız: Servicetechniker Gebäudeautomation, Köln --------------------------
doc(DE, "mehmet-yildiz", "Lebenslauf Mehmet Yildiz.rtf", "resume", "rtf", "-", [
    T("Lebenslauf"),
    L("Mehmet Yıldız"),
    L("Venloer Straße 318, 50823 Köln · Mobil 0157 5550 1192 · mehmet.yildiz@example.de"),
    H("Kurzprofil"),
    P("Staatlich geprüfter Elektrotechniker mit über zwölf Jahren Praxis in Instandhaltung und "
      "Service von Gebäudetechnik und Industrieanlagen. Zuverlässig, ruhig unter Druck und es "
      "gewohnt, beim Kunden allein Entscheidungen zu treffen."),
    H("Beruflicher Werdegang"),
    L("05/2018 – heute: Servicetechniker Gebäudeautomation, Rheintec Gebäudesysteme GmbH, Köln"),
    B("Wartung und Störungsbeseitigung an HLK-Anlagen in rund 40 Objekten",
      "Einarbeitung neuer Kollegen, Planung der Rufbereitschaft"),
    L("09/2012 – 04/2018: Elektroniker für Betriebstechnik, Chemiepark Nord "
      "Servicegesellschaft mbH, Leverkusen"),
    B("Instandhaltung im Schichtbetrieb, Schaltschrankbau, Revisionen"),
    L("08/2011 – 08/2012: Elektriker, Elektro Schmitz & Söhne, Köln"),
    H("Aus- und Weiterbildung"),
    L("2014 – 2016: Staatlich geprüfter Techniker Elektrotechnik (Abendschule), Köln"),
    L("2008 – 2011: Ausbildung zum Elektroniker für Betriebstechnik, Elektro Schmitz & Söhne"),
    H("Kenntnisse"),
    B("SPS: Siemens S7, TIA Portal", "Gebäudeleittechnik: Desigo, Kieback&Peter",
      "KNX-Partner-Zertifikat", "Führerschein Klasse B"),
    H("Sprachen"),
    L("Deutsch und Türkisch (Muttersprache), Englisch (gut)"),
])

doc(DE, "mehmet-yildiz", "Wunschstelle.md", "role_preferences", "md", "-", [
    T("Was ich suche"),
    B("Position: Servicetechniker, Teamleiter Service oder Inbetriebnehmer Gebäudeautomation",
      "Region: Köln, Bonn, Düsseldorf – höchstens 45 Minuten Fahrtzeit",
      "Gehalt: ab 58.000 € brutto im Jahr, dazu Firmenwagen (auch privat nutzbar)",
      "Arbeitszeit: Vollzeit; Rufbereitschaft ist okay, aber nicht jede zweite Woche",
      "Montage: gern regional, keine Wochenmontage",
      "Umzug: kommt nicht in Frage",
      "Kündigungsfrist: 6 Wochen zum Quartalsende",
      "Unternehmen: gern Mittelstand, unbefristeter Vertrag"),
])

doc(DE, "mehmet-yildiz", "Berufserfahrung.txt", "work_experiences", "txt", "experience-prose", [
    T("Berufserfahrung"),
    P("Seit Mai 2018 arbeite ich als Servicetechniker für Gebäudeautomation bei der Rheintec "
      "Gebäudesysteme GmbH in Köln. Ich betreue rund 40 Objekte – Bürogebäude, zwei Kliniken und "
      "ein Rechenzentrum – und bin dort für Wartung, Störungsbeseitigung und kleinere Umbauten an "
      "Heizungs-, Lüftungs- und Klimaanlagen zuständig. Seit 2021 arbeite ich außerdem neue "
      "Kollegen ein und plane die Rufbereitschaft für unser Team von sieben Technikern."),
    P("Davor war ich knapp sechs Jahre, von September 2012 bis April 2018, als Elektroniker für "
      "Betriebstechnik bei der Chemiepark Nord Servicegesellschaft in Leverkusen beschäftigt. "
      "Dort habe ich im Schichtbetrieb Anlagen instand gehalten, Schaltschränke umgebaut und bei "
      "Revisionen die elektrischen Arbeiten koordiniert."),
    P("Meine erste Stelle hatte ich von August 2011 bis August 2012 als Elektriker bei Elektro "
      "Schmitz & Söhne in Köln-Ehrenfeld: Hausinstallationen, Zählerschränke und viel "
      "Altbausanierung."),
])

# --- Anna-Lena Hoffmann: Markenkommunikation, Berlin ----------------------------------
doc(DE, "anna-lena-hoffmann", "Kurzprofil Anna-Lena Hoffmann.odt", "about", "odt",
    "third-person-about", [
    T("Anna-Lena Hoffmann"),
    P("Anna-Lena Hoffmann ist Marketingmanagerin in Berlin und hat sich auf Markenkommunikation "
      "für nachhaltige Konsumgüter spezialisiert. Sie verbindet ein feines Gespür für Sprache "
      "mit einem nüchternen Blick auf Zahlen und ist überzeugt, dass eine Marke nur so "
      "glaubwürdig ist wie ihre Lieferkette."),
    P("Bekannt wurde sie mit einer Kampagne, die statt Models die Menschen zeigte, die die "
      "Produkte herstellen. Sie spricht regelmäßig auf Branchentreffen über ehrliche "
      "Nachhaltigkeitskommunikation und berät nebenbei junge Marken, die Greenwashing "
      "vermeiden wollen."),
    P("Anna-Lena lebt mit ihrer Familie in Pankow, gärtnert auf einer Parzelle im "
      "Kleingartenverein und ist eine leidenschaftliche, wenn auch erfolglose "
      "Tischtennisspielerin."),
])

doc(DE, "anna-lena-hoffmann", "Was ich suche.pdf", "role_preferences", "pdf",
    "prefs-mention-jobs", [
    T("Was ich als Nächstes suche"),
    P("In meinen bisherigen Stationen – zuletzt fast vier Jahre als Senior Brand Managerin bei "
      "Grünwerk Naturkosmetik, davor bei der Agentur Kranich & Kollegen – habe ich gelernt, was "
      "mir wichtig ist: Marken mit echter Substanz, kurze Wege zur Geschäftsführung und ein "
      "Team, das ich selbst mit aufbauen kann."),
    H("Rolle"),
    B("Head of Brand oder Lead Marketing Managerin",
      "Verantwortung für ein kleines Team (3–6 Personen)"),
    H("Rahmenbedingungen"),
    B("Gehalt: ab 80.000 € brutto im Jahr",
      "Remote-first mit Berlin als Basis; gelegentliche Reisen sind okay",
      "Kein Umzug",
      "Kündigungsfrist: 3 Monate",
      "Start frühestens 1. Januar 2025",
      "Branchen: nachhaltige Konsumgüter, Lebensmittel, Mobilität – keine Fast Fashion, kein "
      "Tabak",
      "Unternehmensgröße: 50–500 Mitarbeitende",
      "Teilzeit (32 Stunden) wäre ideal, Vollzeit ist möglich"),
    P("Was ich nicht mehr möchte: eine reine Performance-Marketing-Rolle, wie ich sie bei "
      "ShopNova hatte. Ich weiß, wie das geht, aber es ist nicht das, was mich morgens "
      "aufstehen lässt."),
])

doc(DE, "anna-lena-hoffmann", "werdegang.html", "work_experiences", "html", "-", [
    T("Werdegang"),
    H("Grünwerk Naturkosmetik GmbH, Berlin"),
    L("Senior Brand Managerin · seit 09/2020"),
    B("Markenstrategie und Relaunch der Kernmarke",
      "Kampagne „Hände, die es machen“ (Effie-Shortlist)",
      "Führung von zwei Brand Managerinnen und der Agenturen"),
    H("Kranich & Kollegen Kommunikation, Hamburg"),
    L("Beraterin, ab 2019 Senior Beraterin · 03/2017 – 08/2020"),
    B("Kundenbetreuung für Lebensmittel- und Drogeriemarken",
      "Konzeption integrierter Kampagnen"),
    H("ShopNova GmbH, Berlin"),
    L("Online-Marketing-Managerin · 10/2014 – 02/2017"),
    B("SEA und Affiliate-Marketing, Budget 1,2 Mio. € pro Jahr"),
])

# --- Lukas Gruber: Koch, Wien ----------------------------------------------------------
doc(DE, "lukas-gruber", "ueber_mich.txt", "about", "txt-oneline", "oneline", [
    T("Über mich"),
    P("Servus! Ich bin Lukas, gelernter Koch aus Wien, und stehe seit mehr als fünfzehn Jahren "
      "in Küchen – vom Wirtshaus im Waldviertel bis zum Hotel am Arlberg."),
    P("Am liebsten koche ich regional und saisonal: Innereien, Fermentiertes, alte "
      "Gemüsesorten. Ich mag Gäste, die nachfragen, und Lieferanten, die ich beim Vornamen "
      "kenne."),
    P("Als Küchenchef ist mir wichtig, dass in meiner Küche niemand angeschrien wird. Gute "
      "Küche entsteht aus Ruhe und Routine, nicht aus Angst."),
    P("Wenn ich frei habe, bin ich mit dem Hund in den Weinbergen am Nussberg oder beim "
      "Fußball auf dem Sportclub-Platz."),
])

doc(DE, "lukas-gruber", "praeferenzen.csv", "role_preferences", "csv", "-", [
    {"Frage": "Gewünschte Position", "Antwort": "Küchenchef oder Executive Sous-Chef"},
    {"Frage": "Gehaltsvorstellung", "Antwort": "ab 3.800 € brutto monatlich (14 Gehälter)"},
    {"Frage": "Arbeitsort", "Antwort": "Wien oder Umgebung"},
    {"Frage": "Umzugsbereitschaft",
     "Antwort": "für eine Saisonstelle in Tirol oder Vorarlberg ja, sonst nein"},
    {"Frage": "Arbeitszeit", "Antwort": "Vollzeit, 5-Tage-Woche, keine geteilten Dienste"},
    {"Frage": "Kündigungsfrist", "Antwort": "1 Monat"},
    {"Frage": "Frühester Eintritt", "Antwort": "März 2025"},
    {"Frage": "Betriebsart",
     "Antwort": "Hotel ab 4 Sterne oder Restaurant mit Haubenanspruch"},
    {"Frage": "Dienstverhältnis", "Antwort": "unbefristet, keine Leiharbeit"},
])

doc(DE, "lukas-gruber", "Berufliche Stationen.rtf", "work_experiences", "rtf", "-", [
    T("Berufliche Stationen – Lukas Gruber"),
    L("seit 05/2020    Küchenchef, Gasthaus Zum Goldenen Hirschen, Wien-Ottakring"),
    B("Leitung einer Küche mit 8 Mitarbeitenden, 120 Gedecke pro Abend",
      "Neue Karte mit Fokus auf Produzenten aus Niederösterreich",
      "Wareneinsatz von 34 % auf 29 % gesenkt"),
    L("11/2016 – 04/2020    Sous-Chef, Hotel Arlberghof, Lech (Wintersaison) und Seehotel "
      "Weißensee (Sommersaison)"),
    B("Stellvertretende Küchenleitung, Dienstplanung, HACCP"),
    L("09/2012 – 10/2016    Chef de Partie (Saucier), Restaurant Stadtpalais, Wien"),
    L("09/2009 – 08/2012    Jungkoch, Landgasthof Hofer, Zwettl"),
])

# --- Sabine Krüger: Pflegefachfrau, Leipzig -------------------------------------------
doc(DE, "sabine-krueger", "Lebenslauf.odt", "resume", "odt", "-", [
    T("Lebenslauf"),
    H("Persönliche Angaben"),
    L("Name: Sabine Krüger"),
    L("Anschrift: Kochstraße 27, 04275 Leipzig"),
    L("Telefon: 0341 5550 338 · E-Mail: sabine.krueger@example.de"),
    L("Geburtsdatum: 03.07.1979"),
    H("Berufserfahrung"),
    L("seit 02/2015    Pflegefachfrau, Station für Innere Medizin, Klinikum Leipzig-Süd"),
    B("Grund- und Behandlungspflege, Wundmanagement",
      "Praxisanleiterin für Auszubildende (seit 2021)"),
    L("09/2006 – 01/2015    Altenpflegerin, Seniorenresidenz Am Rosental, Leipzig"),
    B("ab 2011 stellvertretende Wohnbereichsleitung"),
    L("09/2003 – 08/2006    Elternzeit"),
    H("Ausbildung"),
    L("09/2000 – 08/2003    Ausbildung zur Altenpflegerin, Berufsfachschule für Altenpflege, "
      "Leipzig"),
    L("2019    Anerkennung als Pflegefachfrau (generalistische Pflege)"),
    L("2021    Weiterbildung Praxisanleitung (300 Stunden)"),
    H("Kenntnisse"),
    L("Wundexpertin ICW, Pflegedokumentation in ORBIS, Kinästhetik Grundkurs"),
    H("Sprachen"),
    L("Deutsch (Muttersprache), Russisch (gut), Englisch (Grundkenntnisse)"),
    L("Leipzig, 20.06.2024"),
])

doc(DE, "sabine-krueger", "Kurzinfo.txt", "role_preferences", "txt", "short", [
    L("Suche Teilzeitstelle (30 Std./Woche) als Pflegefachfrau in Leipzig, gern mit "
      "Praxisanleitung, keine Nachtdienste."),
    L("Verfügbar ab 01.10., Kündigungsfrist 4 Wochen."),
])

doc(DE, "sabine-krueger", "Berufserfahrung Sabine Krüger.docx", "work_experiences", "docx",
    "-", [
    T("Berufserfahrung"),
    H("Klinikum Leipzig-Süd – Station für Innere Medizin"),
    L("Pflegefachfrau | 02/2015 – heute"),
    B("Versorgung von bis zu 12 Patientinnen und Patienten pro Schicht",
      "Wundmanagement als ICW-Wundexpertin",
      "Praxisanleitung von Auszubildenden der generalistischen Pflege"),
    H("Seniorenresidenz Am Rosental, Leipzig"),
    L("Altenpflegerin | 09/2006 – 01/2015"),
    B("Pflege und Betreuung im Wohnbereich mit 32 Bewohnerinnen und Bewohnern",
      "Ab 2011 stellvertretende Wohnbereichsleitung, Dienstplanung"),
])

# --- Felix Wagner: Data Scientist, Zürich ---------------------------------------------
doc(DE, "felix-wagner", "README.md", "about", "md", "-", [
    T("Hoi, ich bin Felix"),
    P("Ich bin Data Scientist in Zürich und beschäftige mich am liebsten mit Zeitreihen: "
      "Stromverbrauch, Pegelstände, Zugverspätungen. Alles, was tickt und sich trotzdem nicht "
      "an Regeln hält."),
    P("Ich glaube, dass die meisten Modelle an den Daten scheitern und nicht an der Mathematik. "
      "Deshalb verbringe ich viel Zeit mit Datenqualität, Visualisierung und Gesprächen mit den "
      "Leuten, die die Daten erzeugen. Komplexe Modelle baue ich nur, wenn ein einfaches "
      "nachweislich nicht reicht."),
    P("Dinge, über die ich gern rede:"),
    B("probabilistische Prognosen und warum Unsicherheit kein Makel ist",
      "reproduzierbare Analysen",
      "Bergwandern im Glarnerland",
      "Jazz aus den 60ern"),
])

doc(DE, "felix-wagner", "cv.html", "resume", "html", "-", [
    T("Felix Wagner"),
    L("Data Scientist · Zürich"),
    L("felix.wagner@example.ch · +41 79 555 01 44"),
    H("Profil"),
    P("Data Scientist mit Schwerpunkt Zeitreihenprognosen in Energie und Verkehr. Erfahrung von "
      "der Forschung bis zum produktiven Betrieb von Modellen."),
    H("Berufserfahrung"),
    L("seit 09/2020 · Senior Data Scientist · Alpstrom AG, Zürich"),
    B("Lastprognosen für 1,1 Mio. Zählpunkte; Prognosefehler um 18 % reduziert",
      "Aufbau der MLOps-Plattform (MLflow, Azure ML)"),
    L("03/2017 – 08/2020 · Data Scientist · Aare Rail Analytics GmbH, Bern"),
    B("Verspätungsprognosen und Umlaufplanung für Bahnbetreiber"),
    L("10/2015 – 02/2017 · Wissenschaftlicher Mitarbeiter · Institut für "
      "Umweltingenieurwissenschaften, ETH Zürich"),
    H("Ausbildung"),
    L("2013 – 2015 · MSc Statistik, ETH Zürich"),
    L("2010 – 2013 · BSc Mathematik, Universität Basel"),
    H("Kenntnisse"),
    L("Python (pandas, scikit-learn, PyTorch), R, SQL, Spark, MLflow, Azure"),
    H("Sprachen"),
    L("Deutsch (Muttersprache), Englisch (C1), Französisch (B2), Italienisch (A2)"),
])

doc(DE, "felix-wagner", "Praeferenzen.txt", "role_preferences", "txt-latin1", "-", [
    T("Präferenzen für die nächste Stelle"),
    L("Rolle: Lead Data Scientist oder Machine Learning Engineer (Schwerpunkt Forecasting)"),
    L("Pensum: 80-100 %"),
    L("Lohn: ab CHF 150'000 brutto pro Jahr"),
    L("Arbeitsort: Zürich, Winterthur oder Baden; 2 Tage Homeoffice pro Woche gewünscht"),
    L("Umzug: nein"),
    L("Kündigungsfrist: 3 Monate auf Monatsende"),
    L("Branchen: Energie, öffentlicher Verkehr, Umwelt; keine Rohstoffhändler"),
    L("Grösse: egal, aber lieber kein Start-up unter 20 Leuten"),
    L("Vertrag: unbefristet"),
])

doc(DE, "felix-wagner", "berufserfahrung.txt", "work_experiences", "json-as-txt",
    "json-as-txt", {
    "berufserfahrung": [
        {"von": "09/2020", "bis": "heute", "firma": "Alpstrom AG", "ort": "Zürich",
         "funktion": "Senior Data Scientist",
         "taetigkeiten": ["Lastprognosen für Verteilnetze",
                          "Aufbau und Betrieb der MLOps-Plattform",
                          "Betreuung von zwei Werkstudierenden"]},
        {"von": "03/2017", "bis": "08/2020", "firma": "Aare Rail Analytics GmbH",
         "ort": "Bern", "funktion": "Data Scientist",
         "taetigkeiten": ["Verspätungsprognosen", "Dashboards für Betriebsleitstellen"]},
        {"von": "10/2015", "bis": "02/2017", "firma": "ETH Zürich",
         "ort": "Zürich", "funktion": "Wissenschaftlicher Mitarbeiter",
         "taetigkeiten": ["Hochwasserprognosen mit Bayes-Modellen"]},
    ],
})

# --- Miriam Schneider: Personalentwicklerin, Frankfurt --------------------------------
doc(DE, "miriam-schneider", "Miriam Schneider - Über mich.docx", "about", "docx",
    "about-with-dates", [
    T("Über mich"),
    P("Ich heiße Miriam Schneider und komme eigentlich aus der Schule: Nach dem Referendariat "
      "habe ich von 2009 bis 2017 an einer Gesamtschule in Offenbach Deutsch und Geschichte "
      "unterrichtet. Ich habe diesen Beruf geliebt, und vieles, was ich heute tue, habe ich "
      "im Klassenzimmer gelernt."),
    P("2017 bin ich in die Personalentwicklung gewechselt, zuerst in der Logistik, seit 2021 in "
      "einem Versicherungskonzern. 2019 habe ich meine Ausbildung zur systemischen Coachin "
      "abgeschlossen. Seitdem begleite ich vor allem Führungskräfte, die zum ersten Mal ein "
      "Team übernehmen."),
    P("Mich treibt die Frage an, wie Menschen in Organisationen wirklich lernen – nicht in "
      "Pflichtschulungen, sondern im Alltag, voneinander. Ich moderiere gern große Runden, "
      "höre noch lieber zu und habe eine Schwäche für gut gestaltete Arbeitsblätter."),
    P("Ich lebe mit meinem Mann und zwei Kindern in Bornheim und singe in einem Chor, der "
      "hauptsächlich aus ehemaligen Lehrerinnen besteht."),
])

doc(DE, "miriam-schneider", "lebenslauf.md", "resume", "md", "-", [
    T("Miriam Schneider"),
    L("Personalentwicklerin · Frankfurt am Main"),
    L("miriam.schneider@example.de · 069 5550 8812"),
    H("Profil"),
    P("Personalentwicklerin und systemische Coachin mit pädagogischem Hintergrund. Sieben Jahre "
      "Erfahrung in Konzeption und Durchführung von Führungskräfteprogrammen."),
    H("Beruflicher Werdegang"),
    L("**seit 03/2021** – Senior Referentin Personalentwicklung, Rhein-Main "
      "Versicherungsgruppe, Frankfurt"),
    B("Programm für neue Führungskräfte (120 Teilnehmende pro Jahr)",
      "Einführung von Peer-Coaching-Gruppen"),
    L("**09/2017 – 02/2021** – Referentin Aus- und Weiterbildung, Taunus Logistik AG, Eschborn"),
    B("Trainings für Schichtleitungen, E-Learning-Angebote"),
    L("**08/2009 – 08/2017** – Studienrätin (Deutsch, Geschichte), Gesamtschule am Buchhügel, "
      "Offenbach"),
    H("Ausbildung"),
    L("2007 – 2009: Referendariat, Studienseminar Offenbach"),
    L("2001 – 2007: Lehramt an Gymnasien (Deutsch, Geschichte), Goethe-Universität Frankfurt"),
    L("2019: Systemische Coachin (zertifiziert)"),
    H("Kenntnisse"),
    B("Konzeption von Trainings und Blended-Learning-Formaten",
      "Moderation großer Gruppen, Design Thinking",
      "SAP SuccessFactors Learning, Moodle, Articulate"),
    H("Sprachen"),
    L("Deutsch (Muttersprache) · Englisch (C1) · Französisch (B1)"),
])

doc(DE, "miriam-schneider", "wunschprofil.json", "role_preferences", "json", "-", {
    "Name": "Miriam Schneider",
    "Zielposition": "Leitung Personalentwicklung / Head of Learning & Development",
    "Gehaltswunsch": "85.000 € brutto p. a. zzgl. variabler Anteil",
    "Arbeitsmodell": "hybrid (2–3 Tage Büro)",
    "Wunschorte": ["Frankfurt am Main", "Offenbach", "Darmstadt"],
    "Umzugsbereitschaft": False,
    "Kündigungsfrist": "6 Wochen zum Quartalsende",
    "Verfügbar ab": "01.01.2025",
    "Wochenarbeitszeit": "Vollzeit oder 32 Stunden",
    "Branchen": ["Finanzdienstleistungen", "Gesundheit", "öffentlicher Dienst"],
    "Unternehmensgröße": "ab 500 Mitarbeitende",
    "Vertragsart": "unbefristet",
})

# --- Tobias Lang: Maschinenbauingenieur, Stuttgart ------------------------------------
doc(DE, "tobias-lang", "Tobias Lang.txt", "about", "txt-latin1", "short", [
    L("Maschinenbauingenieur aus Stuttgart, seit zehn Jahren in der Konstruktion von Getrieben "
      "für Landmaschinen."),
    L("Ich tüftle gern, erkläre gern und baue in meiner Freizeit alte Zündapp-Mopeds wieder auf."),
])

doc(DE, "tobias-lang", "Lebenslauf_Lang.txt", "resume", "txt-utf16be", "-", [
    T("LEBENSLAUF"),
    L("Tobias Lang, Dipl.-Ing. (FH)"),
    L("Hauptstätter Straße 88, 70178 Stuttgart | 0711 5550 921 | tobias.lang@example.de"),
    H("BERUFSERFAHRUNG"),
    L("seit 10/2016    Entwicklungsingenieur Getriebetechnik, Schwabenland Antriebstechnik GmbH, "
      "Esslingen"),
    B("Auslegung von Lastschaltgetrieben für Traktoren bis 300 PS",
      "Projektleitung für ein neues Zapfwellengetriebe (Serienstart 2022)"),
    L("04/2013 – 09/2016    Konstruktionsingenieur, Hohenlohe Agrartechnik GmbH, "
      "Schwäbisch Hall"),
    B("Konstruktion von Verteilergetrieben in CATIA V5",
      "Berechnung von Zahnrädern und Wellen mit KISSsoft"),
    L("03/2012 – 03/2013    Werkstudent Konstruktion, Filder Präzisionsteile GmbH, "
      "Leinfelden-Echterdingen"),
    H("STUDIUM"),
    L("2008 – 2013    Maschinenbau, Hochschule Esslingen, Abschluss Dipl.-Ing. (FH)"),
    H("KENNTNISSE"),
    L("CATIA V5, Siemens NX, KISSsoft, FEM (ANSYS), DIN/ISO-Normen, Six Sigma Green Belt"),
    H("SPRACHEN"),
    L("Deutsch (Muttersprache), Englisch (verhandlungssicher), Französisch (Schulkenntnisse)"),
])

doc(DE, "tobias-lang", "berufserfahrung.csv", "work_experiences", "csv", "experiences-csv", [
    {"von": "10/2016", "bis": "heute", "arbeitgeber": "Schwabenland Antriebstechnik GmbH",
     "ort": "Esslingen am Neckar", "position": "Entwicklungsingenieur Getriebetechnik",
     "schwerpunkte": "Lastschaltgetriebe, Projektleitung Zapfwellengetriebe, "
                     "Lieferantenabstimmung"},
    {"von": "04/2013", "bis": "09/2016", "arbeitgeber": "Hohenlohe Agrartechnik GmbH",
     "ort": "Schwäbisch Hall", "position": "Konstruktionsingenieur",
     "schwerpunkte": "Verteilergetriebe, Zahnradberechnung, Zeichnungserstellung"},
    {"von": "03/2012", "bis": "03/2013", "arbeitgeber": "Filder Präzisionsteile GmbH",
     "ort": "Leinfelden-Echterdingen", "position": "Werkstudent Konstruktion",
     "schwerpunkte": "Vorrichtungsbau, Stücklisten"},
])

# =====================================================================================
# French
# =====================================================================================

# --- Claire Dupont: cheffe de projet digital, Lyon ------------------------------------
doc(FR, "claire-dupont", "Dupont, Claire - CV.pdf", "resume", "pdf", "-", [
    T("Claire Dupont"),
    L("Cheffe de projet digital"),
    L("Lyon 7e · 06 12 34 56 78 · claire.dupont@example.fr"),
    H("Profil"),
    P("Dix ans d'expérience dans la conduite de projets web et mobiles, en agence puis chez "
      "l'annonceur. J'aime les projets où il faut mettre d'accord des métiers très différents "
      "et livrer quelque chose d'utile, à temps."),
    H("Expérience professionnelle"),
    L("Depuis mars 2020 — Cheffe de projet digital, Mutuelle Rhône-Alpes Santé, Lyon"),
    B("Pilotage de la refonte de l'espace adhérent (budget 1,4 M€, 3 prestataires)",
      "Mise en conformité RGAA de l'application mobile",
      "Animation d'une équipe projet de 9 personnes"),
    L("Septembre 2016 – février 2020 — Chargée de projet web, agence Tisserand Digital, Lyon"),
    B("Une trentaine de sites pour des clients culturels et institutionnels",
      "Relation client, planning, recette"),
    L("2014 – 2016 — Assistante cheffe de projet (alternance), Groupe Clairval Immobilier, "
      "Villeurbanne"),
    H("Formation"),
    L("2016 — Master Management de projets numériques, Université Lumière Lyon 2"),
    L("2014 — Licence Information-Communication, Université Jean Moulin Lyon 3"),
    H("Compétences"),
    B("Gestion de projet : Scrum, Kanban, cycle en V",
      "Outils : Jira, Confluence, Notion, Figma",
      "Pilotage budgétaire et suivi des prestataires",
      "Accessibilité numérique (RGAA)"),
    H("Langues"),
    L("Anglais : courant (TOEIC 920) — Italien : intermédiaire"),
    H("Centres d'intérêt"),
    L("Escalade, théâtre d'improvisation, bénévolat dans une épicerie solidaire"),
])

doc(FR, "claire-dupont", "Mes attentes pour mon prochain poste.docx", "role_preferences",
    "docx", "prefs-mention-jobs", [
    T("Mes attentes pour mon prochain poste"),
    P("Depuis quatre ans à la Mutuelle Rhône-Alpes Santé, je pilote la refonte de l'espace "
      "adhérent. Avant cela, chez Tisserand Digital, j'enchaînais les projets courts pour des "
      "clients très différents. Ces deux expériences m'ont appris ce que je veux — et ce que je "
      "ne veux plus : le rythme d'une agence, très peu pour moi."),
    H("Le poste"),
    B("Responsable de projets digitaux ou Product Owner senior",
      "Côté annonceur plutôt qu'en agence",
      "Avec une équipe à animer, même petite"),
    H("Conditions"),
    B("Rémunération : 52 à 58 k€ bruts annuels",
      "Télétravail : 2 à 3 jours par semaine",
      "Lieu : Lyon ou proche banlieue, accessible en transports en commun",
      "Pas de mobilité géographique pour le moment",
      "Préavis : 3 mois (négociable à 2)",
      "Disponibilité : à partir de janvier 2025",
      "CDI uniquement",
      "Secteurs : santé, économie sociale et solidaire, culture, collectivités"),
])

doc(FR, "claire-dupont", "Parcours professionnel.rtf", "work_experiences", "rtf", "-", [
    T("Parcours professionnel"),
    L("Mutuelle Rhône-Alpes Santé — Lyon"),
    L("Cheffe de projet digital, depuis mars 2020"),
    B("Refonte de l'espace adhérent web et mobile",
      "Coordination des prestataires et suivi budgétaire",
      "Mise en place des rituels agiles avec les équipes métier"),
    L("Tisserand Digital (agence web) — Lyon"),
    L("Chargée de projet web, de septembre 2016 à février 2020"),
    B("Gestion de projets de sites pour musées, théâtres et collectivités",
      "Rédaction des cahiers des charges et des recettes"),
    L("Groupe Clairval Immobilier — Villeurbanne"),
    L("Assistante cheffe de projet en alternance, de septembre 2014 à août 2016"),
    B("Suivi du projet de nouvel extranet des copropriétaires"),
])

# --- Mathieu Lefèvre: développeur back-end, Nantes ------------------------------------
doc(FR, "mathieu-lefevre", "cv.md", "resume", "md", "-", [
    T("Mathieu Lefèvre"),
    L("Développeur back-end Python / Elixir — Nantes"),
    L("mathieu.lefevre@example.fr · 07 68 55 01 23 · github.com/mlefevre-example"),
    H("En bref"),
    P("Neuf ans de développement back-end, dont trois en Elixir. J'aime les systèmes simples, "
      "les tests lisibles et les équipes qui se parlent."),
    H("Expériences"),
    L("**Développeur senior** — Loirecode (éditeur de logiciels RH), Nantes — *depuis 2021*"),
    B("Réécriture du moteur de notifications en Elixir (2 millions de messages par mois)",
      "Module de paie en Python/Django",
      "Tutorat de deux alternants"),
    L("**Développeur** — Agence Bocage, Rennes — *2017 – 2020*"),
    B("Applications web sur mesure pour collectivités et coopératives agricoles"),
    L("**Développeur stagiaire puis junior** — Atlantique Mutualité, Saint-Herblain — "
      "*2015 – 2017*"),
    H("Formation"),
    L("2015 — Diplôme d'ingénieur, École Centrale de Nantes (option informatique)"),
    H("Compétences techniques"),
    L("Python, Django, FastAPI, Elixir/Phoenix, PostgreSQL, RabbitMQ, Docker, GitLab CI"),
    H("Langues"),
    L("Français (langue maternelle), anglais (C1), breton (notions)"),
])

doc(FR, "mathieu-lefevre", "souhaits.yaml", "role_preferences", "yaml", "prefs-yaml", {
    "poste_recherche": ["Développeur back-end senior", "Lead dev"],
    "stack_souhaitee": ["Elixir", "Python"],
    "remuneration": {"fixe_brut_annuel_min": "55 k€", "souhaite": "60 k€"},
    "teletravail": "full remote de préférence, sinon 1 jour sur site maximum",
    "localisation": ["Nantes", "Rennes", "remote France"],
    "demenagement": "non",
    "preavis": "2 mois",
    "disponibilite": "septembre 2024",
    "taille_entreprise": "10 à 200 personnes",
    "secteurs": {"oui": ["santé", "éducation", "énergie"],
                 "non": ["publicité", "paris sportifs"]},
    "contrat": "CDI, éventuellement freelance (TJM 500 €)",
    "semaine_de_4_jours": "un gros plus",
})

doc(FR, "mathieu-lefevre", "experiences.txt", "work_experiences", "txt", "experience-prose", [
    T("Mes expériences"),
    P("Depuis janvier 2021, je suis développeur senior chez Loirecode, un éditeur nantais de "
      "logiciels RH d'une quarantaine de personnes. J'ai d'abord travaillé sur le module de "
      "paie, en Python, puis j'ai mené la réécriture du moteur de notifications en Elixir, qui "
      "envoie aujourd'hui près de deux millions de messages par mois. J'accompagne aussi les "
      "deux alternants de l'équipe."),
    P("De septembre 2017 à décembre 2020, j'étais développeur à l'agence Bocage, à Rennes. On y "
      "faisait surtout des applications web sur mesure pour des collectivités et des "
      "coopératives agricoles : Django côté serveur, un peu de Vue.js, beaucoup de réunions "
      "avec des clients qui découvraient le numérique. C'est là que j'ai appris à estimer, et "
      "à dire non."),
    P("J'ai fait mes débuts chez Atlantique Mutualité, à Saint-Herblain : d'abord un stage de "
      "fin d'études de février à juillet 2015, puis un poste de développeur junior jusqu'en "
      "août 2017, sur des outils internes de gestion des sinistres en Python et Oracle."),
])

# --- Amélie Rousseau: infirmière en réanimation, Bordeaux -----------------------------
doc(FR, "amelie-rousseau", "moi.txt", "about", "txt", "short", [
    L("Infirmière depuis neuf ans, aujourd'hui en réanimation à Bordeaux. Calme, rigoureuse, et "
      "toujours partante pour former les nouvelles."),
])

doc(FR, "amelie-rousseau", "CV Amélie Rousseau.odt", "resume", "odt", "resume-no-headings", [
    T("Amélie Rousseau"),
    L("Infirmière diplômée d'État"),
    L("33000 Bordeaux · 06 55 01 87 42 · amelie.rousseau@example.fr"),
    P("Infirmière depuis neuf ans, dont six en réanimation polyvalente. Habituée aux situations "
      "d'urgence, à l'encadrement des étudiants et au travail en équipe pluridisciplinaire."),
    L("2018 – aujourd'hui : infirmière en réanimation médicale, Centre hospitalier des "
      "Chartrons, Bordeaux"),
    L("2015 – 2018 : infirmière en cardiologie puis au pool de remplacement, Clinique "
      "Saint-Exupéry, Mérignac"),
    L("2015 : Diplôme d'État d'infirmière, IFSI de Bordeaux"),
    L("2021 : DU Soins infirmiers en réanimation, Université de Bordeaux"),
    L("AFGSU niveau 2 à jour · Tutrice de stage · Logiciels DxCare et ICCA"),
    L("Anglais : B1 · Espagnol : notions"),
    L("Permis B, véhiculée"),
])

doc(FR, "amelie-rousseau", "expériences professionnelles.pdf", "work_experiences", "pdf",
    "-", [
    T("Expériences professionnelles"),
    H("Centre hospitalier des Chartrons — Bordeaux"),
    L("Infirmière en réanimation médicale · depuis septembre 2018"),
    B("Prise en charge de patients ventilés, sous amines, en épuration extrarénale",
      "Tutrice des étudiants en soins infirmiers",
      "Référente hygiène du service depuis 2022"),
    H("Clinique Saint-Exupéry — Mérignac"),
    L("Infirmière en cardiologie, puis au pool de remplacement · juillet 2015 – août 2018"),
    B("Surveillance post-coronarographie, éducation thérapeutique",
      "Remplacements dans tous les services de la clinique"),
    H("EHPAD Les Tilleuls — Pessac"),
    L("Aide-soignante, contrats d'été pendant les études · juillet-août 2013 et 2014"),
])

# --- Karim Benali: responsable comptable, Marseille -----------------------------------
doc(FR, "karim-benali", "présentation.rtf", "about", "rtf", "third-person-about", [
    T("Karim Benali"),
    P("Karim Benali est comptable à Marseille depuis plus de douze ans. Il a commencé en "
      "cabinet, où il a appris la rigueur des clôtures et la diversité des petites entreprises, "
      "avant de passer en entreprise. Il s'occupe aujourd'hui des comptes d'un groupe de "
      "transport maritime et encadre une petite équipe."),
    P("Ses collègues le décrivent comme quelqu'un de méthodique, de disponible et de très "
      "pédagogue : il aime expliquer un bilan à ceux qui n'en ont jamais lu. Il s'intéresse "
      "particulièrement à la dématérialisation des factures et à l'automatisation des "
      "rapprochements bancaires."),
    P("En dehors du travail, Karim entraîne une équipe de football de jeunes dans le 13e "
      "arrondissement et ne rate jamais une occasion d'aller nager aux calanques."),
])

doc(FR, "karim-benali", "cv_karim_benali.json", "resume", "json", "-", {
    "identite": {"nom": "Benali", "prenom": "Karim", "ville": "Marseille (13)",
                 "telephone": "06 55 01 44 72", "email": "karim.benali@example.fr"},
    "titre": "Responsable comptable",
    "profil": "Comptable confirmé, douze ans d'expérience en cabinet et en entreprise, "
              "spécialisé dans les clôtures et la consolidation de PME.",
    "experiences": [
        {"periode": "Depuis 2019", "poste": "Responsable comptable",
         "entreprise": "Méditerranée Fret Maritime", "lieu": "Marseille",
         "missions": ["Clôtures mensuelles et annuelles de 4 sociétés",
                      "Encadrement de 3 comptables",
                      "Dématérialisation des factures fournisseurs"]},
        {"periode": "2015 - 2019", "poste": "Comptable général",
         "entreprise": "Provence Énergies Nouvelles", "lieu": "Aix-en-Provence",
         "missions": ["Comptabilité générale et fiscalité", "Préparation de la liasse"]},
        {"periode": "2011 - 2015", "poste": "Collaborateur comptable",
         "entreprise": "Cabinet Ferracci & Associés", "lieu": "Marseille",
         "missions": ["Portefeuille de 60 dossiers (TPE et artisans)"]},
    ],
    "formation": [
        {"annee": 2013, "diplome": "DSCG (diplôme supérieur de comptabilité et de gestion)",
         "etablissement": "Aix-Marseille Université"},
        {"annee": 2011, "diplome": "DCG", "etablissement": "Lycée Marseilleveyre"},
    ],
    "competences": ["Sage 1000", "Cegid", "Excel avancé", "Consolidation", "Fiscalité des PME"],
    "langues": {"français": "langue maternelle", "arabe": "courant",
                "anglais": "professionnel"},
})

doc(FR, "karim-benali", "recherche.odt", "role_preferences", "odt", "-", [
    T("Ce que je recherche"),
    L("Poste : responsable comptable ou responsable administratif et financier (PME)"),
    L("Rémunération : à partir de 55 000 € bruts annuels, hors variable"),
    L("Lieu : Marseille, Aix-en-Provence, Aubagne — pas plus d'une heure de trajet"),
    L("Télétravail : 1 à 2 jours par semaine souhaités"),
    L("Mobilité : pas de déménagement"),
    L("Préavis : 3 mois"),
    L("Contrat : CDI, temps plein"),
    L("Taille d'entreprise : PME ou ETI (50 à 1 000 salariés)"),
    L("Secteurs privilégiés : transport, logistique, industrie, énergies renouvelables"),
    P("Je suis aussi ouvert à un poste de contrôleur de gestion si l'équipe est petite."),
])

# --- Sophie Martin-Girard: designer graphique, Montréal -------------------------------
doc(FR, "sophie-martin-girard", "a-propos.txt", "about", "html", "lying-extension", [
    T("À propos"),
    P("Salut! Moi c'est Sophie, designer graphique à Montréal. Je fais surtout de l'identité "
      "visuelle et de l'édition : des logos, des affiches, des livres, et parfois des "
      "étiquettes de bière quand des amis ouvrent une microbrasserie."),
    P("J'aime les projets où on part d'une vraie conversation. Avant d'ouvrir Illustrator, je "
      "pose beaucoup de questions, je gribouille dans un carnet et je prends des photos de "
      "vieilles enseignes dans le Mile End. La typo, c'est ma passion; je peux parler "
      "d'empattements bien trop longtemps."),
    P("Je suis née à Sherbrooke, j'ai deux chats, un vélo trop lourd et une collection de "
      "pochettes de disques québécois des années 70."),
])

doc(FR, "sophie-martin-girard", "preferences.txt", "role_preferences", "txt-oneline",
    "oneline", [
    T("Ce que je cherche"),
    L("Poste : directrice artistique ou designer principale (identité visuelle, édition)"),
    L("Salaire : 80 000 $ à 90 000 $ par année"),
    L("Mode : hybride, idéalement 2 jours au bureau; télétravail complet correct aussi"),
    L("Lieu : Montréal — pas de déménagement"),
    L("Disponibilité : 3 semaines d'avis"),
    L("Taille : studio ou agence de 10 à 80 personnes, ou équipe interne d'un organisme "
      "culturel"),
    L("Permanent temps plein; contrat à la pige possible pour le bon mandat"),
])

doc(FR, "sophie-martin-girard", "experiences.json", "work_experiences", "json", "-", [
    {"poste": "Designer graphique principale", "employeur": "Studio Boréal",
     "ville": "Montréal, QC", "debut": "2019-08", "fin": None,
     "realisations": ["Identité visuelle d'un festival de cinéma",
                      "Direction artistique de 14 livres pour deux maisons d'édition"]},
    {"poste": "Designer graphique", "employeur": "Agence Ruelle", "ville": "Montréal, QC",
     "debut": "2016-05", "fin": "2019-07",
     "realisations": ["Campagnes pour des organismes culturels", "Emballages alimentaires"]},
    {"poste": "Graphiste junior", "employeur": "Imprimerie Lavigne", "ville": "Sherbrooke, QC",
     "debut": "2014-09", "fin": "2016-04",
     "realisations": ["Mise en page et préparation de fichiers pour l'impression"]},
])

# --- Julien Moreau: commercial grands comptes, Lille ----------------------------------
doc(FR, "julien-moreau", "Julien Moreau - présentation.pdf", "about", "pdf",
    "about-with-dates", [
    T("Quelques mots sur moi"),
    P("Je m'appelle Julien, j'ai 38 ans et je vends des choses depuis toujours : d'abord des "
      "baskets dans un magasin de Roubaix pendant mes études, puis, à partir de 2009, des "
      "solutions d'emballage aux industriels de la région."),
    P("En 2014, j'ai rejoint un éditeur lillois de logiciels pour la grande distribution, où "
      "j'ai appris à vendre quelque chose qu'on ne peut pas toucher. Depuis 2020, je m'occupe "
      "des grands comptes, avec des cycles de vente de dix-huit mois et des comités d'achat "
      "de vingt personnes."),
    P("Ce qui me plaît dans ce métier, c'est la confiance qui se construit lentement. Je ne "
      "crois pas au commercial qui force la main ; je crois à celui qui connaît le métier de "
      "son client mieux que le client lui-même, et qui sait dire quand son produit n'est pas "
      "la bonne réponse."),
    P("Hors du travail, je suis entraîneur bénévole dans un club de handball de "
      "Villeneuve-d'Ascq depuis 2016, et je cours le semi-marathon de Lille chaque année, "
      "toujours un peu moins vite."),
])

doc(FR, "julien-moreau", "attentes.txt", "role_preferences", "txt-utf16", "-", [
    T("Mes attentes"),
    P("Je recherche un poste de Key Account Manager ou de directeur commercial régional, dans "
      "le logiciel B2B ou l'industrie."),
    L("Rémunération : 60 k€ fixe + variable (package cible 85 k€), voiture de fonction"),
    L("Zone : Hauts-de-France, Belgique possible"),
    L("Télétravail : 1 jour par semaine, le reste sur le terrain"),
    L("Déplacements : oui, jusqu'à 50 %"),
    L("Déménagement : non"),
    L("Préavis : 2 mois"),
    L("Contrat : CDI cadre"),
])

doc(FR, "julien-moreau", "experiences.csv", "work_experiences", "csv", "experiences-csv", [
    {"poste": "Key Account Manager Grande Distribution", "entreprise": "Linéaire Software",
     "ville": "Lille", "debut": "janvier 2020", "fin": "en cours",
     "missions": "Portefeuille de 6 enseignes nationales; 2,1 M€ de nouveaux contrats en 2023"},
    {"poste": "Ingénieur commercial", "entreprise": "Linéaire Software", "ville": "Lille",
     "debut": "mars 2014", "fin": "décembre 2019",
     "missions": "Prospection des distributeurs régionaux, démonstrations, appels d'offres"},
    {"poste": "Commercial terrain", "entreprise": "Emballages du Nord", "ville": "Tourcoing",
     "debut": "septembre 2009", "fin": "février 2014",
     "missions": "Vente de solutions d'emballage aux industriels agroalimentaires"},
])

# --- Nathalie Fontaine: juriste en droit social, Bruxelles ----------------------------
doc(FR, "nathalie-fontaine", "profil.txt", "about", "json-as-txt", "json-as-txt", {
    "nom": "Nathalie Fontaine",
    "titre": "Juriste en droit social",
    "presentation": "Je suis juriste et je m'intéresse à tout ce qui se passe entre un "
                    "employeur et les personnes qui travaillent pour lui. Ce que j'aime dans "
                    "le droit social, c'est qu'il est concret : derrière chaque dossier, il y "
                    "a quelqu'un qui attend une réponse claire. Je passe facilement du français "
                    "au néerlandais, je rédige beaucoup et je préfère toujours une solution "
                    "négociée à une procédure.",
    "centres_interet": ["théâtre amateur", "randonnée dans les Ardennes", "bandes dessinées"],
})

doc(FR, "nathalie-fontaine", "CV_Nathalie_Fontaine_2024.docx", "resume", "docx", "-", [
    T("Nathalie Fontaine"),
    L("Juriste d'entreprise — droit social et protection des données"),
    L("Ixelles, Bruxelles · +32 470 55 01 36 · nathalie.fontaine@example.be"),
    H("Profil"),
    P("Juriste bilingue FR/NL, onze ans d'expérience en droit social belge, en secrétariat "
      "social puis en entreprise. Habituée à conseiller les RH et le management au quotidien."),
    H("Expérience professionnelle"),
    L("Depuis 2019 · Juriste senior, Groupe Sambre Énergie, Bruxelles"),
    B("Conseil aux RH sur les licenciements, le temps de travail et les CCT",
      "Négociations avec les délégations syndicales",
      "Référente RGPD pour les données du personnel"),
    L("2015 – 2019 · Juriste, secrétariat social Walvia, Namur"),
    B("Helpdesk juridique pour 1 200 employeurs affiliés", "Rédaction de notes et de modèles"),
    L("2013 – 2015 · Avocate stagiaire, cabinet Delvaux & Maes, Liège"),
    H("Formation"),
    L("2013 · Master en droit, finalité droit social, Université de Liège"),
    L("2018 · Certificat de délégué à la protection des données"),
    H("Compétences"),
    B("Droit du travail et de la sécurité sociale", "RGPD", "Rédaction juridique en FR et NL"),
    H("Langues"),
    L("Français : langue maternelle · Néerlandais : bonne connaissance (B2) · Anglais : courant"),
])

doc(FR, "nathalie-fontaine", "preferences.json", "role_preferences", "json", "-", {
    "poste_souhaite": "Juriste senior / Legal Counsel en droit social",
    "remuneration_brute_mensuelle": "à partir de 5 800 €, hors 13e mois et pécule de vacances",
    "avantages_souhaites": ["budget mobilité ou voiture de société", "assurance groupe"],
    "regime": "temps plein, 4/5e envisageable",
    "teletravail": "2 jours par semaine",
    "lieux": ["Bruxelles", "Namur", "Louvain-la-Neuve"],
    "demenagement": False,
    "preavis": "selon la loi (13 semaines)",
    "disponible_a_partir_de": "2025-01-01",
    "secteurs": ["énergie", "secteur public", "non-marchand"],
    "taille": "plus de 250 travailleurs",
    "contrat": "CDI",
})

# --- Thomas Girard: responsable logistique, Genève ------------------------------------
doc(FR, "thomas-girard", "a_propos.md", "about", "md", "-", [
    T("À propos de moi"),
    P("Je travaille dans la logistique depuis une quinzaine d'années, toujours entre Genève et "
      "le canton de Vaud. J'ai commencé en bas de l'échelle, avec un chariot élévateur et un "
      "scanner, et je pense que c'est pour ça que je m'entends bien avec les équipes de "
      "terrain : je sais ce que c'est, une fin de journée où le camion arrive avec deux heures "
      "de retard."),
    P("Ce qui m'intéresse, c'est de rendre un entrepôt calme et prévisible. Moins de "
      "courses, moins d'erreurs, des gens qui rentrent chez eux à l'heure. J'aime les "
      "tableaux de bord simples et les discussions au pied des racks plus que dans les salles "
      "de réunion."),
    P("Je suis marié, papa de deux enfants, et je passe mes dimanches sur le lac ou à la "
      "montagne selon la saison."),
])

doc(FR, "thomas-girard", "cv.html", "resume", "html", "-", [
    T("Thomas Girard"),
    L("Responsable logistique · Genève"),
    L("Rue de Carouge 54, 1205 Genève · +41 78 555 02 19 · thomas.girard@example.ch"),
    L("Nationalité suisse · permis de conduire B et C1"),
    H("Expérience professionnelle"),
    L("2019 – aujourd'hui : Responsable d'entrepôt, Léman Distribution SA, Satigny"),
    B("Site de 18 000 m², 45 collaborateurs, 3 équipes",
      "Déploiement du WMS et du picking vocal; productivité +22 %"),
    L("2013 – 2019 : Chef d'équipe logistique, Pharmalog Suisse SA, Meyrin"),
    B("Logistique pharmaceutique sous température dirigée (BPD)"),
    L("2008 – 2013 : Magasinier puis gestionnaire de stock, Transports Berthoud SA, Nyon"),
    H("Formation"),
    L("2016 : Brevet fédéral de spécialiste en logistique"),
    L("2005 : CFC de logisticien, Genève"),
    H("Compétences"),
    L("SAP EWM, Manhattan WMS, chaîne du froid, Lean (Yellow Belt), gestion d'équipe"),
    H("Langues"),
    L("Français (langue maternelle), allemand (B2), anglais (B1)"),
])

doc(FR, "thomas-girard", "souhaits.txt", "role_preferences", "txt-latin1", "-", [
    T("Mes souhaits pour la suite"),
    L("Poste : responsable logistique ou directeur de site"),
    L("Salaire annuel brut : CHF 110'000 minimum (versé en 13 fois)"),
    L("Taux d'activité : 100 %"),
    L("Lieu : Genève, Vaud (jusqu'à Lausanne), France voisine possible"),
    L("Télétravail : 1 jour par semaine si possible"),
    L("Délai de congé : 3 mois"),
    L("Entrée en fonction : dès le 1er mars 2025"),
    L("Entreprise : plus de 100 collaborateurs, secteurs pharma, agroalimentaire ou commerce"),
    L("Contrat : durée indéterminée"),
])

doc(FR, "thomas-girard", "Parcours.txt", "work_experiences", "txt-utf16", "-", [
    T("Parcours professionnel"),
    L("Léman Distribution SA, Satigny — Responsable d'entrepôt (depuis avril 2019)"),
    B("Direction d'un entrepôt de 18 000 m² et de 45 collaborateurs",
      "Mise en service du WMS et du picking vocal",
      "Budget d'exploitation de 6 millions de francs"),
    L("Pharmalog Suisse SA, Meyrin — Chef d'équipe logistique (de juin 2013 à mars 2019)"),
    B("Équipe de 12 personnes, flux sous température dirigée",
      "Préparation des audits Swissmedic"),
    L("Transports Berthoud SA, Nyon — Magasinier puis gestionnaire de stock (d'août 2008 à "
      "mai 2013)"),
    B("Réception, inventaires tournants, gestion des litiges transporteurs"),
])

# --- Léa Bernard: ingénieure calcul de structures, Toulouse ---------------------------
doc(FR, "lea-bernard", "apropos.html", "about", "html", "-", [
    T("Léa Bernard"),
    P("Je suis ingénieure en aéronautique et je passe mes journées à me demander comment une "
      "pièce va vieillir. Mon métier, c'est la fatigue des structures : prévoir où une fissure "
      "pourrait apparaître dans vingt ans, et faire en sorte qu'elle n'apparaisse pas."),
    P("J'aime ce mélange de calcul et d'intuition, les discussions avec les gens des essais et "
      "le moment où un résultat de simulation colle enfin à la mesure. Je code beaucoup en "
      "Python pour automatiser ce qui peut l'être, et je transmets volontiers ce que je sais "
      "aux stagiaires."),
    P("Toulousaine d'adoption, je fais du rugby à toucher, du vélo dans le Lauragais et je "
      "milite pour qu'il y ait plus de filles dans les écoles d'ingénieurs."),
])

doc(FR, "lea-bernard", "CV_Lea_Bernard.txt", "resume", "txt-utf16be", "-", [
    T("LÉA BERNARD"),
    L("Ingénieure calcul de structures — Toulouse"),
    L("lea.bernard@example.fr | 06 55 01 29 84"),
    H("EXPÉRIENCE PROFESSIONNELLE"),
    L("Depuis 10/2020    Ingénieure calcul fatigue et tolérance aux dommages, Occitane "
      "Aérostructures, Colomiers"),
    B("Justification en fatigue des cadres de fuselage d'un avion régional",
      "Outils Python d'automatisation des post-traitements (gain de 30 % de temps)"),
    L("09/2017 – 09/2020    Ingénieure calcul (prestataire), Garonne Ingénierie, Blagnac"),
    B("Calculs statiques et dossiers de justification pour des pièces de nacelle"),
    L("03/2017 – 08/2017    Stage de fin d'études, laboratoire d'essais mécaniques, Pau"),
    H("FORMATION"),
    L("2014 – 2017    Diplôme d'ingénieur, ISAE-SUPAERO, Toulouse"),
    L("2012 – 2014    Classes préparatoires MP, Toulouse"),
    H("COMPÉTENCES"),
    L("Nastran/Patran, Abaqus, HyperMesh, Python, méthodes de calcul en fatigue"),
    H("LANGUES"),
    L("Anglais : courant (C1) ; espagnol : intermédiaire ; allemand : scolaire"),
])

doc(FR, "lea-bernard", "experiences.yaml", "work_experiences", "yaml", "-", {
    "experiences": [
        {"entreprise": "Occitane Aérostructures", "lieu": "Colomiers",
         "poste": "Ingénieure calcul fatigue et tolérance aux dommages",
         "debut": "octobre 2020", "fin": "aujourd'hui",
         "missions": ["Justification en fatigue des cadres de fuselage",
                      "Automatisation des post-traitements en Python"]},
        {"entreprise": "Garonne Ingénierie", "lieu": "Blagnac",
         "poste": "Ingénieure calcul (prestataire)", "debut": "septembre 2017",
         "fin": "septembre 2020",
         "missions": ["Calculs statiques de pièces de nacelle", "Rédaction des dossiers"]},
        {"entreprise": "Laboratoire d'essais mécaniques", "lieu": "Pau",
         "poste": "Stagiaire ingénieure", "debut": "mars 2017", "fin": "août 2017",
         "missions": ["Corrélation essais/calcul sur éprouvettes composites"]},
    ],
})


# =====================================================================================
# Writing
# =====================================================================================

def _strings(content):
    """Every string in a document (blocks or structured data)."""
    if isinstance(content, str):
        yield content
    elif isinstance(content, dict):
        for k, v in content.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(content, (list, tuple)):
        for item in content:
            yield from _strings(item)


def check():
    paths = [d["path"] for d in DOCS]
    dup = [p for p, n in Counter(p.lower() for p in paths).items() if n > 1]
    assert not dup, "duplicate paths: %s" % dup
    for d in DOCS:
        text_fmt = d["format"] in TEXT_FORMATS
        assert text_fmt == (isinstance(d["content"], list) and
                            all(isinstance(b, tuple) for b in d["content"])), d["path"]
        if d["format"] == "txt-latin1":
            for s in _strings(d["content"]):
                s.encode("latin-1")  # raises if the text does not fit Latin-1
    by_tl = Counter((d["type"], d["language"]) for d in DOCS)
    for t in TYPES:
        assert sum(by_tl[t, l] for l in LANGS) >= 25, t
        for l in LANGS:
            assert by_tl[t, l] >= 5, (t, l)
    by_fmt = Counter(d["format"] for d in DOCS)
    for f in TEXT_FORMATS + DATA_FORMATS:
        assert by_fmt[f] >= 3, f
    by_case = Counter(d["case"] for d in DOCS)
    for c in CASES:
        assert by_case[c] >= 2, c
        assert len({d["language"] for d in DOCS if d["case"] == c}) >= 2, c
    assert len({d["path"].split("/")[0] for d in DOCS}) >= 30


def main():
    check()
    from render import write

    if os.path.isdir(OUT_DIR):
        shutil.rmtree(OUT_DIR)
    if os.path.exists(OUT_CSV):
        os.remove(OUT_CSV)
    os.makedirs(OUT_DIR)

    rows = []
    for d in sorted(DOCS, key=lambda d: d["path"]):
        write(os.path.join(OUT_DIR, *d["path"].split("/")), d["content"], d["format"])
        rows.append([d["path"], d["type"], d["language"], d["format"], d["case"]])

    with open(OUT_CSV, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["path", "type", "language", "format", "case"])
        w.writerows(rows)

    print("wrote %d documents to labelled/heldout/ and labelled/heldout.csv" % len(rows))


if __name__ == "__main__":
    main()
