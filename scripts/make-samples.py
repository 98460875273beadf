#!/usr/bin/env python3
"""Generate the sample candidate documents in ``samples/``.

The folder is a realistic set of candidate documents (resumes, "about"
texts, role preferences and work-experience lists) to run Intake on, plus
the hard cases the pipeline must handle: an encrypted PDF, a truncated
PDF, an image-only PDF, an empty file, a byte-identical duplicate and a
PDF saved under a ``.txt`` name.  ``Tests/Fixtures/samples-expected.tsv`` lists the
outcome every file should get; ``docs/samples.md`` explains the folder. Both live
outside ``samples/`` so that the folder holds candidate documents only.

Requirements (from PyPI):

    pip install reportlab pillow

Output is deterministic: fixed candidate ids, fixed dates, no randomness,
and reportlab's ``invariant`` mode (fixed timestamps, document ids and
encryption salts).  The checked-in files were made with reportlab 5.1.0
and Pillow 13.0.0; other versions give equivalent files that may differ
byte for byte (``pip install reportlab==5.1.0 pillow==13.0.0`` to match).

Usage:

    python3 scripts/make-samples.py            # (re)writes ./samples
    python3 scripts/make-samples.py --out DIR  # writes somewhere else

The target folder is wiped and rebuilt, so only point ``--out`` at an
empty folder or at an earlier output of this script.
"""

import argparse
import io
import json
import os
import re
import shutil
import sys
import textwrap

# reportlab reads `invariant` when its encryption module is imported, so
# it must be switched on before any other reportlab import.
from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import LETTER  # noqa: E402
from reportlab.lib.pdfencrypt import StandardEncryption  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)
from xml.sax.saxutils import escape  # noqa: E402

from PIL import Image, ImageDraw, ImageFont  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(os.path.dirname(HERE), "samples")

# ---------------------------------------------------------------------------
# Candidate data.  All people, employers and schools are fictional; emails
# are at example.com and phone numbers are in the 555-01xx range.
# ---------------------------------------------------------------------------

DANIEL = {
    "id": "6329b0c2-4914-453c-91b8-f0b4aa707851",
    "name": "Daniel Okafor",
    "headline": "Senior Backend Engineer",
    "email": "daniel.okafor@example.com",
    "phone": "+1 (312) 555-0147",
    "city": "Chicago, IL",
    "summary": (
        "Backend engineer with twelve years of experience building reliable, "
        "high-throughput APIs and event pipelines in logistics, payments and "
        "healthcare. Comfortable owning a service from the first design document "
        "to the on-call rotation. Known for pragmatic migrations, clear written "
        "design reviews and for leaving systems easier to operate than before."
    ),
    "jobs": [
        {
            "title": "Senior Backend Engineer",
            "employer": "Northwind Logistics",
            "location": "Chicago, IL",
            "start": ("Mar", 2019), "end": None,
            "bullets": [
                "Designed and operate the shipment-tracking API (Go, PostgreSQL) serving "
                "40,000 requests per second at a p99 latency under 80 ms.",
                "Led the split of a Rails monolith into 14 services on Kubernetes, cutting "
                "deploy time from 45 minutes to 6 and enabling 30+ deploys a day.",
                "Introduced consumer-driven contract tests and canary releases, reducing "
                "customer-facing incidents by 60% year over year.",
                "Built the carrier-webhook ingestion pipeline on Kafka that processes "
                "25 million tracking events per day with exactly-once semantics.",
                "Mentor five engineers; run the weekly backend design review.",
            ],
            "description": (
                "Own the shipment-tracking platform: public tracking API, carrier "
                "webhook ingestion on Kafka and the move from a monolith to services."
            ),
        },
        {
            "title": "Backend Engineer",
            "employer": "Bluefin Payments",
            "location": "Chicago, IL",
            "start": ("Jun", 2016), "end": ("Feb", 2019),
            "bullets": [
                "Built the idempotent payment-intent service (Java, Spring Boot) that "
                "handled $1.2B in annual card volume.",
                "Implemented double-entry ledger reconciliation jobs on Kafka Streams, "
                "closing the daily books three hours earlier.",
                "Partitioned and archived the transactions database, lowering PostgreSQL "
                "storage costs by 35%.",
                "Led the on-call rotation and rewrote the incident runbooks.",
            ],
            "description": (
                "Payment-intent and ledger services for card payments; reconciliation "
                "jobs and database partitioning."
            ),
        },
        {
            "title": "Software Engineer",
            "employer": "Cedar Health Systems",
            "location": "Evanston, IL",
            "start": ("Aug", 2013), "end": ("May", 2016),
            "bullets": [
                "Maintained the HL7 v2 integration engine (Python) connecting 60 clinics "
                "to the scheduling platform.",
                "Wrote REST APIs for appointment booking used by the patient mobile app.",
                "Automated the test suite in Jenkins, raising coverage from 30% to 78%.",
                "Reduced nightly batch runtime from 5 hours to 40 minutes by replacing "
                "row-by-row updates with set-based SQL.",
            ],
            "description": (
                "HL7 integrations and scheduling APIs for a clinic network; test "
                "automation and batch performance work."
            ),
        },
        {
            "title": "Junior Web Developer",
            "employer": "Lakeshore Web Studio",
            "location": "Chicago, IL",
            "start": ("Jan", 2012), "end": ("Jul", 2013),
            "bullets": [
                "Built and maintained PHP and MySQL websites for more than 20 local "
                "businesses.",
                "Set up the studio's first shared staging server and Git workflow.",
            ],
            "description": "PHP/MySQL websites for small local businesses.",
        },
    ],
    "education": [
        ("B.S. in Computer Science", "University of Illinois Chicago", "2008 – 2012",
         "Senior project: a distributed job queue for the campus computing lab."),
    ],
    "skills": [
        ("Languages", "Go, Java, Python, SQL, Bash"),
        ("Data", "PostgreSQL, Kafka, Redis, DynamoDB"),
        ("Infrastructure", "Kubernetes, Terraform, AWS (ECS, RDS, SQS), GitHub Actions"),
        ("Practices", "API design, gRPC, OpenTelemetry tracing, incident response, "
                      "domain-driven design"),
    ],
    "certifications": [
        "AWS Certified Solutions Architect – Associate (2021)",
        "Certified Kubernetes Application Developer, CKAD (2020)",
    ],
    "extra": [
        ("Selected projects", [
            "Open-source maintainer of a small Go library for idempotency keys "
            "(1,800 GitHub stars).",
            "Speaker, \u201cBackpressure in Practice\u201d, Chicago Gophers meetup, 2023.",
        ]),
        ("Languages", ["English (native), Yoruba (conversational)"]),
    ],
}

JOSE = {
    "id": "dc36d74a-c3db-49a9-9170-d4ad97a619c8",
    "name": "José Muñoz Ibáñez",
    "headline": "Registered Nurse, Critical Care (CCRN)",
    "email": "jose.munoz@example.com",
    "phone": "+1 (210) 555-0183",
    "city": "San Antonio, TX",
    "summary": (
        "Bilingual (English/Spanish) critical-care registered nurse with ten years "
        "of bedside experience, six of them in a 32-bed adult ICU. Charge nurse for "
        "day shift, preceptor for new graduates and member of the unit sepsis "
        "committee. Calm under pressure and meticulous with documentation."
    ),
    "jobs": [
        {
            "title": "Charge Nurse, Medical ICU",
            "employer": "St. Brigid Medical Center",
            "location": "San Antonio, TX",
            "start": ("Apr", 2020), "end": None,
            "bullets": [
                "Coordinate staffing, admissions and bed flow for a 32-bed medical ICU "
                "on 12-hour day shifts.",
                "Care for ventilated patients, CRRT, arterial lines and titration of "
                "vasoactive infusions.",
                "Precepted 14 new-graduate nurses through a 12-week ICU residency.",
                "Member of the sepsis committee; our bundle-compliance audit raised "
                "3-hour bundle completion from 71% to 92%.",
                "Surge charge nurse during the 2020–2021 COVID-19 waves.",
            ],
            "description": (
                "Charge nurse for day shift in a 32-bed medical ICU; preceptor and "
                "sepsis committee member."
            ),
        },
        {
            "title": "Staff Nurse, Intensive Care",
            "employer": "Alamo Regional Hospital",
            "location": "San Antonio, TX",
            "start": ("Jan", 2017), "end": ("Mar", 2020),
            "bullets": [
                "Provided care for 1–2 critically ill patients per shift in a mixed "
                "medical-surgical ICU.",
                "Super-user for the Epic go-live; trained 40 colleagues on flowsheets "
                "and the MAR.",
                "Rapid-response team member on night shift.",
            ],
            "description": (
                "Staff nurse in a mixed medical-surgical ICU; Epic super-user and "
                "rapid-response team member."
            ),
        },
        {
            "title": "Staff Nurse, Medical-Surgical Unit",
            "employer": "Hill Country Community Hospital",
            "location": "New Braunfels, TX",
            "start": ("Jul", 2014), "end": ("Dec", 2016),
            "bullets": [
                "Cared for 5–6 post-operative and medical patients per shift.",
                "Led the unit's fall-prevention huddles; falls dropped by a third in a year.",
                "Interpreted for Spanish-speaking patients and families.",
            ],
            "description": "Medical-surgical staff nurse; fall-prevention lead.",
        },
        {
            "title": "Certified Nursing Assistant",
            "employer": "Mission Oaks Care Home",
            "location": "San Antonio, TX",
            "start": ("Sep", 2011), "end": ("Jun", 2014),
            "bullets": [
                "Assisted residents with daily living, mobility and meals while "
                "completing nursing school.",
            ],
            "description": "Nursing assistant in a long-term care home during nursing school.",
        },
    ],
    "education": [
        ("Bachelor of Science in Nursing (BSN)", "Riverbend University School of Nursing",
         "2010 – 2014", "Graduated cum laude; Sigma Theta Tau member."),
    ],
    "skills": [
        ("Clinical", "Mechanical ventilation, CRRT, arterial and central lines, "
                     "vasoactive titration, targeted temperature management"),
        ("Systems", "Epic (super-user), Pyxis, Alaris pumps"),
        ("Languages", "English and Spanish (native)"),
    ],
    "certifications": [
        "Registered Nurse, State of Texas (license active through 2026)",
        "CCRN – Adult, AACN (2019, renewed 2022)",
        "ACLS and BLS, American Heart Association (current)",
        "PALS, American Heart Association (current)",
    ],
    "extra": [
        ("Volunteer work", [
            "Monthly blood-pressure screenings at a parish health fair, 2016 – present.",
        ]),
    ],
}

PRIYA = {
    "id": "46d135bb-94cd-4998-aaf1-09517a6af8c6",
    "name": "Priya Raman",
    "headline": "Senior Data Analyst",
    "email": "priya.raman@example.com",
    "phone": "+1 (416) 555-0129",
    "city": "Toronto, ON",
    "summary": (
        "Data analyst with eight years of experience turning messy retail, insurance "
        "and telecom data into decisions. Strong in SQL, Python and experiment design; "
        "builds dbt models and dashboards that business teams actually use. Enjoys "
        "pairing with finance and operations partners to define metrics properly."
    ),
    "jobs": [
        {
            "title": "Senior Data Analyst",
            "employer": "Maple Grocers",
            "location": "Toronto, ON",
            "start": ("Sep", 2021), "end": None,
            "bullets": [
                "Own weekly demand forecasting for 140 stores; reduced fresh-produce "
                "waste by 11% in the first year.",
                "Designed and analysed 30+ A/B tests of loyalty offers, adding an "
                "estimated CA$4.2M in annual margin.",
                "Rebuilt the sales data mart in dbt on BigQuery, replacing 90 "
                "hand-maintained SQL scripts.",
                "Run a fortnightly SQL clinic for category managers.",
            ],
            "description": (
                "Forecasting, experimentation and the dbt sales data mart for a "
                "140-store grocery chain."
            ),
        },
        {
            "title": "Data Analyst",
            "employer": "Harbourline Insurance",
            "location": "Toronto, ON",
            "start": ("Feb", 2019), "end": ("Aug", 2021),
            "bullets": [
                "Built claims-severity models in Python that flagged 8% of claims for "
                "early specialist review.",
                "Automated monthly regulatory reporting, saving 3 analyst-days a month.",
                "Created the Tableau claims dashboard used by 200 adjusters.",
            ],
            "description": "Claims analytics, regulatory reporting automation and dashboards.",
        },
        {
            "title": "Business Intelligence Analyst",
            "employer": "Kestrel Telecom",
            "location": "Mississauga, ON",
            "start": ("Jun", 2017), "end": ("Jan", 2019),
            "bullets": [
                "Maintained churn and ARPU reporting for the consumer mobile business.",
                "Migrated 60 Excel reports to Power BI with scheduled refresh.",
                "Analysed call-centre logs to identify the top drivers of repeat calls.",
            ],
            "description": "Churn and revenue reporting for consumer mobile; Excel to Power BI migration.",
        },
        {
            "title": "Graduate Research Assistant",
            "employer": "Lakeview University, Department of Economics",
            "location": "Toronto, ON",
            "start": ("Sep", 2015), "end": ("May", 2017),
            "bullets": [
                "Cleaned and linked census and labour-force survey microdata in R and Stata.",
            ],
            "description": "Survey data cleaning and linkage for labour-economics research.",
        },
    ],
    "education": [
        ("M.A. in Economics", "Lakeview University", "2015 – 2017",
         "Thesis: price elasticity of demand for private-label groceries."),
        ("B.Sc. in Statistics", "University of Westbrook", "2011 – 2015", ""),
    ],
    "skills": [
        ("Analysis", "SQL, Python (pandas, statsmodels, scikit-learn), R"),
        ("Data stack", "BigQuery, dbt, Airflow, Looker, Tableau, Power BI"),
        ("Methods", "A/B testing, time-series forecasting, regression, cohort analysis"),
    ],
    "certifications": [
        "dbt Analytics Engineering Certification (2023)",
        "Tableau Desktop Specialist (2020)",
        "Google Data Analytics Professional Certificate (2019)",
    ],
    "extra": [
        ("Languages", ["English (fluent), Tamil (native), French (intermediate)"]),
    ],
}

AMARA = {
    "id": "8431bdec-d02d-4a25-9bd3-78b1d5a42ff1",
    "name": "Amara Lindqvist",
    "headline": "Senior Product Designer",
    "email": "amara.lindqvist@example.com",
    "phone": "+1 (503) 555-0164",
    "city": "Portland, OR",
    "summary": (
        "Product designer with nine years of experience across B2B SaaS and consumer "
        "health apps. Leads discovery research, interaction design and design systems "
        "work, and ships alongside engineers rather than handing off."
    ),
    "jobs": [
        {
            "title": "Senior Product Designer",
            "employer": "Fernwood Software",
            "location": "Portland, OR (remote)",
            "start": ("Oct", 2020), "end": None,
            "bullets": [
                "Lead designer for the invoicing product; redesigned onboarding and "
                "lifted week-one activation from 38% to 55%.",
                "Created and maintain the Figma design system (120 components) and its "
                "React counterpart with two front-end engineers.",
                "Run monthly usability studies with small-business owners.",
            ],
            "description": (
                "Lead designer for invoicing; onboarding redesign and the company "
                "design system."
            ),
        },
        {
            "title": "Product Designer",
            "employer": "Wellspring Health",
            "location": "Seattle, WA",
            "start": ("May", 2017), "end": ("Sep", 2020),
            "bullets": [
                "Designed the medication-reminder flows of a consumer health app with "
                "1.5M monthly users.",
                "Worked with clinicians on accessible, WCAG 2.1 AA compliant forms.",
                "Introduced a research repository used by 4 product teams.",
            ],
            "description": (
                "Mobile flows for a consumer health app; accessibility and research "
                "operations."
            ),
        },
        {
            "title": "UX Designer",
            "employer": "Brightline Agency",
            "location": "Seattle, WA",
            "start": ("Jul", 2015), "end": ("Apr", 2017),
            "bullets": [
                "Delivered websites and prototypes for 15 clients in retail and "
                "non-profit sectors.",
                "Facilitated design sprints and stakeholder workshops.",
            ],
            "description": "Agency UX work: websites, prototypes and design sprints.",
        },
    ],
    "education": [
        ("B.F.A. in Interaction Design", "Cascadia College of Art and Design",
         "2011 – 2015", ""),
    ],
    "skills": [
        ("Design", "Figma, prototyping, interaction design, design systems, "
                   "information architecture"),
        ("Research", "Usability testing, interviews, journey mapping, survey design"),
        ("Build", "HTML, CSS, basic React"),
    ],
    "certifications": [
        "Nielsen Norman Group UX Certification (2019)",
        "IAAP Certified Professional in Accessibility Core Competencies (2021)",
    ],
    "extra": [],
}

MARCUS = {
    "id": "a77895df-294b-4367-a238-be2ef8a212fc",
    "name": "Marcus Bell",
    "headline": "Regional Sales Lead, B2B SaaS",
    "email": "marcus.bell@example.com",
    "phone": "+1 (720) 555-0138",
    "city": "Denver, CO",
    "summary": (
        "Quota-carrying sales leader with eleven years in B2B software sales, the "
        "last four leading a team of eight account executives. Consistently above "
        "plan; builds repeatable pipeline through disciplined forecasting, MEDDICC "
        "qualification and close partnership with customer success."
    ),
    "jobs": [
        {
            "title": "Regional Sales Lead, Mountain West",
            "employer": "Summit Ridge Software",
            "location": "Denver, CO",
            "start": ("Jan", 2021), "end": None,
            "bullets": [
                "Lead 8 account executives selling workforce-management software to "
                "mid-market companies; team attainment 112% (2022) and 118% (2023).",
                "Grew regional ARR from $6.8M to $14.5M in three years.",
                "Introduced weekly deal reviews and MEDDICC scoring in Salesforce; "
                "forecast accuracy improved to within 5%.",
                "Hired and onboarded 5 account executives; two promoted to senior.",
            ],
            "description": (
                "Lead a team of eight account executives for the Mountain West region; "
                "grew regional ARR from $6.8M to $14.5M."
            ),
        },
        {
            "title": "Senior Account Executive",
            "employer": "Clearpath Analytics",
            "location": "Denver, CO",
            "start": ("Mar", 2017), "end": ("Dec", 2020),
            "bullets": [
                "Closed $3.1M in new business in 2019, 131% of quota; President's Club "
                "2018 and 2019.",
                "Landed the company's largest logo at the time, a 4,000-seat retail chain.",
                "Partnered with solutions engineers on a repeatable proof-of-concept playbook.",
            ],
            "description": "Full-cycle enterprise sales of analytics software; President's Club twice.",
        },
        {
            "title": "Account Executive",
            "employer": "Trailhead Payroll",
            "location": "Boulder, CO",
            "start": ("Jun", 2014), "end": ("Feb", 2017),
            "bullets": [
                "Sold payroll and HR software to companies with 50–500 employees.",
                "Ranked #2 of 25 account executives in 2016.",
            ],
            "description": "SMB and mid-market payroll software sales.",
        },
        {
            "title": "Sales Development Representative",
            "employer": "Trailhead Payroll",
            "location": "Boulder, CO",
            "start": ("Aug", 2012), "end": ("May", 2014),
            "bullets": [
                "Booked 60+ qualified meetings per quarter through outbound prospecting.",
            ],
            "description": "Outbound prospecting and meeting booking for the account executive team.",
        },
    ],
    "education": [
        ("B.B.A. in Marketing", "Front Range State University", "2008 – 2012", ""),
    ],
    "skills": [
        ("Sales", "MEDDICC, Challenger, value selling, territory planning, negotiation"),
        ("Tools", "Salesforce, Outreach, Gong, LinkedIn Sales Navigator, Clari"),
        ("Leadership", "Hiring, coaching, forecasting, compensation plan design"),
    ],
    "certifications": [
        "MEDDICC Certified Practitioner (2021)",
        "Salesforce Certified Sales Cloud Consultant (2019)",
    ],
    "extra": [
        ("Awards", [
            "President's Club, Clearpath Analytics, 2018 and 2019",
            "Summit Ridge Software Leader of the Year, 2023",
        ]),
    ],
}

HANNAH = {
    "id": "7f212128-cb0d-4d2f-b791-3cfae0f8c358",
    "name": "Hannah Kowalski",
    "headline": "Mechanical Engineer, PE",
    "email": "hannah.kowalski@example.com",
    "phone": "+1 (616) 555-0175",
    "city": "Grand Rapids, MI",
    "summary": (
        "Licensed mechanical engineer (PE, Michigan) with nine years of experience in "
        "product design for automotive seating and industrial equipment. Strong in "
        "3D CAD, tolerance analysis, FEA and design for manufacturing; has taken "
        "parts from concept through PPAP and launch."
    ),
    "jobs": [
        {
            "title": "Senior Mechanical Engineer",
            "employer": "Lakeland Seating Systems",
            "location": "Grand Rapids, MI",
            "start": ("May", 2021), "end": None,
            "bullets": [
                "Lead engineer for the seat-track mechanism of a 2026 model-year SUV "
                "program, from concept to PPAP.",
                "Cut mechanism part count from 41 to 29 with a redesigned stamped "
                "bracket, saving $3.80 per seat.",
                "Ran FEA (ANSYS) and physical validation to FMVSS 207/210 requirements.",
                "Supervise two design engineers and one co-op student.",
            ],
            "description": (
                "Lead engineer for seat-track mechanisms on an SUV program; part-count "
                "reduction and FMVSS validation."
            ),
        },
        {
            "title": "Mechanical Design Engineer",
            "employer": "Ottawa River Equipment",
            "location": "Holland, MI",
            "start": ("Jul", 2017), "end": ("Apr", 2021),
            "bullets": [
                "Designed weldments and hydraulic mounts for industrial mixers in "
                "SolidWorks.",
                "Performed GD&T stack-ups and resolved assembly interferences with suppliers.",
                "Reduced warranty claims on mixer gearboxes by 40% through a redesigned "
                "bearing housing.",
            ],
            "description": (
                "SolidWorks design of weldments and hydraulic mounts for industrial "
                "mixers; gearbox reliability improvements."
            ),
        },
        {
            "title": "Manufacturing Engineer",
            "employer": "Kent Precision Machining",
            "location": "Grand Rapids, MI",
            "start": ("Jun", 2015), "end": ("Jun", 2017),
            "bullets": [
                "Wrote process sheets and fixtures for CNC machining cells.",
                "Lowered scrap on a hydraulic valve body line from 6% to 1.5%.",
            ],
            "description": "Process planning and fixture design for CNC machining cells.",
        },
        {
            "title": "Engineering Co-op",
            "employer": "Grand Valley Furniture Works",
            "location": "Zeeland, MI",
            "start": ("Jan", 2014), "end": ("Aug", 2014),
            "bullets": [
                "Built test fixtures for office-chair durability testing to BIFMA X5.1.",
            ],
            "description": "Test fixtures for office-chair durability testing.",
        },
    ],
    "education": [
        ("B.S.E. in Mechanical Engineering", "Great Lakes Institute of Technology",
         "2011 – 2015", "Formula SAE team, suspension lead."),
    ],
    "skills": [
        ("CAD/CAE", "CATIA V5, SolidWorks, NX, ANSYS Mechanical, Teamcenter"),
        ("Methods", "GD&T (ASME Y14.5), tolerance stack-ups, DFMEA, DFM/DFA, APQP, PPAP"),
        ("Other", "Python for test-data analysis, Minitab, German (B1)"),
    ],
    "certifications": [
        "Professional Engineer (PE), State of Michigan (2020)",
        "Certified SolidWorks Professional, CSWP (2018)",
        "Six Sigma Green Belt (2019)",
    ],
    "extra": [
        ("Patents", [
            "Co-inventor, \u201cLow-profile seat track locking mechanism\u201d, US patent "
            "application filed 2023 (pending).",
        ]),
    ],
}

CANDIDATES = [DANIEL, JOSE, PRIYA, AMARA, MARCUS, HANNAH]

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def date_range(job):
    start = "%s %d" % job["start"]
    end = "Present" if job["end"] is None else "%s %d" % job["end"]
    return "%s – %s" % (start, end)


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def iso_month(ym):
    if ym is None:
        return None
    return "%d-%02d" % (ym[1], MONTHS.index(ym[0]) + 1)


def check_winansi(text):
    """The standard PDF fonts only cover cp1252; fail loudly otherwise."""
    text.encode("cp1252")
    return text


class Writer:
    """Writes files below the output folder and records their outcomes."""

    def __init__(self, root):
        self.root = root
        self.expected = []

    def path(self, rel):
        full = os.path.join(self.root, *rel.split("/"))
        os.makedirs(os.path.dirname(full), exist_ok=True)
        return full

    def write_bytes(self, rel, data, status, doc_type="-", reason="-"):
        with open(self.path(rel), "wb") as fh:
            fh.write(data)
        self.expected.append((rel, status, doc_type, reason))

    def write_text(self, rel, text, status, doc_type, encoding="utf-8", newline="\n",
                   bom=False):
        if not text.endswith("\n"):
            text += "\n"
        text = text.replace("\n", newline)
        if bom:
            text = "\ufeff" + text
        self.write_bytes(rel, text.encode(encoding), status, doc_type)


# ---------------------------------------------------------------------------
# PDF building
# ---------------------------------------------------------------------------

STYLES = {
    "name": ParagraphStyle("name", fontName="Helvetica-Bold", fontSize=22, leading=26,
                           spaceAfter=2),
    "headline": ParagraphStyle("headline", fontName="Helvetica", fontSize=13, leading=17,
                               textColor=colors.HexColor("#333333")),
    "contact": ParagraphStyle("contact", fontName="Helvetica", fontSize=10, leading=14,
                              textColor=colors.HexColor("#444444"), spaceAfter=10),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13, leading=17,
                         spaceBefore=14, spaceAfter=6,
                         textColor=colors.HexColor("#1f3a5f")),
    "job": ParagraphStyle("job", fontName="Helvetica-Bold", fontSize=11, leading=15,
                          spaceBefore=8),
    "dates": ParagraphStyle("dates", fontName="Helvetica-Oblique", fontSize=10, leading=14,
                            textColor=colors.HexColor("#555555"), spaceAfter=3),
    "body": ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=16,
                           alignment=TA_LEFT),
    "prose": ParagraphStyle("prose", fontName="Times-Roman", fontSize=12, leading=18,
                            spaceAfter=12),
    "bullet": ParagraphStyle("bullet", fontName="Helvetica", fontSize=11, leading=15),
    "footer": ParagraphStyle("footer", fontName="Helvetica", fontSize=8),
}


def P(text, style):
    return Paragraph(escape(check_winansi(text)), STYLES[style])


def bullets(items):
    return ListFlowable(
        [ListItem(P(t, "bullet"), leftIndent=14, spaceAfter=3) for t in items],
        bulletType="bullet", start="•", leftIndent=14, bulletFontSize=9,
    )


def build_pdf(story, title, author, subject, encrypt=None, footer=None, margins=0.85):
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=LETTER, invariant=1, encrypt=encrypt,
        leftMargin=margins * inch, rightMargin=margins * inch,
        topMargin=0.8 * inch, bottomMargin=0.8 * inch,
        title=title, author=author, subject=subject, creator="Intake sample generator",
    )

    def on_page(canv, doc_):
        if footer:
            canv.saveState()
            canv.setFont("Helvetica", 8)
            canv.setFillColor(colors.HexColor("#777777"))
            canv.drawString(margins * inch, 0.5 * inch,
                            check_winansi("%s · page %d" % (footer, doc_.page)))
            canv.restoreState()

    doc.build(list(story), onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue(), doc.page


def resume_story(c, jobs=None):
    jobs = c["jobs"] if jobs is None else jobs
    story = [
        P(c["name"], "name"),
        P(c["headline"], "headline"),
        P("%s  |  %s  |  %s" % (c["email"], c["phone"], c["city"]), "contact"),
        P("Summary", "h2"),
        P(c["summary"], "body"),
        P("Experience", "h2"),
    ]
    for job in jobs:
        story.append(KeepTogether([
            P("%s — %s, %s" % (job["title"], job["employer"], job["location"]), "job"),
            P(date_range(job), "dates"),
            bullets(job["bullets"]),
        ]))
    story.append(P("Education", "h2"))
    for degree, school, years, note in c["education"]:
        story.append(P("%s — %s" % (degree, school), "job"))
        story.append(P(years, "dates"))
        if note:
            story.append(P(note, "body"))
    story.append(P("Skills", "h2"))
    for label, value in c["skills"]:
        story.append(Paragraph("<b>%s:</b> %s" % (escape(label), escape(check_winansi(value))),
                               STYLES["body"]))
        story.append(Spacer(1, 3))
    story.append(P("Certifications", "h2"))
    story.append(bullets(c["certifications"]))
    for heading, items in c["extra"]:
        story.append(P(heading, "h2"))
        story.append(bullets(items))
    return story


def resume_pdf(c, jobs=None, encrypt=None):
    data, pages = build_pdf(
        resume_story(c, jobs), title="%s – Resume" % c["name"], author=c["name"],
        subject="Resume", encrypt=encrypt, footer=c["name"],
    )
    if not 2 <= pages <= 3:
        raise SystemExit("resume for %s has %d pages, want 2-3" % (c["name"], pages))
    return data


def work_history_pdf(c, heading):
    story = [P(heading, "name"), Spacer(1, 8)]
    for job in c["jobs"]:
        story.append(KeepTogether([
            P("%s — %s" % (job["title"], job["employer"]), "job"),
            P("%s · %s" % (date_range(job), job["location"]), "dates"),
            P(job["description"], "body"),
        ]))
    data, _ = build_pdf(story, title=heading, author="", subject=heading)
    return data


def prose_pdf(paragraphs, title):
    story = [P(p, "prose") for p in paragraphs]
    data, pages = build_pdf(story, title=title, author="", subject="", margins=1.1)
    assert pages == 1
    return data


# --- image-only ("scanned") PDF ---------------------------------------------

def _font(size):
    # Pillow >= 10.1 ships a scalable default font; older versions only
    # have a tiny bitmap font, which is still fine for a "bad scan".
    try:
        return ImageFont.load_default(size=size)
    except TypeError:
        return ImageFont.load_default()


def render_page_image(lines, dpi=100):
    """Render resume-looking text lines into a greyscale page image."""
    w, h = int(8.5 * dpi), int(11 * dpi)
    img = Image.new("L", (w, h), 250)
    draw = ImageDraw.Draw(img)
    x, y = int(0.8 * dpi), int(0.8 * dpi)
    for kind, text in lines:
        if kind == "name":
            f, step = _font(30), 40
        elif kind == "h2":
            y += 10
            f, step = _font(19), 28
        elif kind == "job":
            y += 6
            f, step = _font(15), 22
        else:
            f, step = _font(14), 20
        # Pillow's bundled font has no dashes or bullets beyond ASCII.
        text = text.replace(" — ", " - ").replace("–", "-")
        if kind == "h2":
            draw.text((x, y), text, fill=40, font=f)
            draw.line((x, y + step - 4, w - x, y + step - 4), fill=120, width=1)
        elif kind == "bullet":
            cy = y + step // 2 - 1
            draw.ellipse((x + 4, cy - 3, x + 10, cy + 3), fill=25)
            draw.text((x + 22, y), text, fill=25, font=f)
        elif kind == "cont":
            draw.text((x + 22, y), text, fill=25, font=f)
        else:
            draw.text((x, y), text, fill=25, font=f)
        y += step
    # A scanner never feeds the page perfectly straight.
    return img.rotate(0.6, resample=Image.BICUBIC, fillcolor=250)


def scan_lines(c):
    def wrap(text, kind="body"):
        width = 84 if kind == "bullet" else 88
        lines = textwrap.wrap(text, width)
        return [(kind if i == 0 else "cont" if kind == "bullet" else kind, l)
                for i, l in enumerate(lines)]

    page1 = [("name", c["name"]), ("body", c["headline"]),
             ("body", "%s  |  %s  |  %s" % (c["email"], c["phone"], c["city"])),
             ("h2", "Summary")]
    page1 += wrap(c["summary"])
    page1.append(("h2", "Experience"))
    for job in c["jobs"]:
        page1.append(("job", "%s — %s, %s" % (job["title"], job["employer"], job["location"])))
        page1.append(("body", date_range(job)))
        for b in job["bullets"]:
            page1 += wrap(b, "bullet")
    page2 = [("h2", "Education")]
    for degree, school, years, note in c["education"]:
        page2.append(("job", "%s — %s" % (degree, school)))
        page2.append(("body", years))
    page2.append(("h2", "Skills"))
    for label, value in c["skills"]:
        page2 += wrap("%s: %s" % (label, value))
    page2.append(("h2", "Certifications"))
    for cert in c["certifications"]:
        page2 += wrap(cert, "bullet")
    return [page1, page2]


def image_only_pdf(c):
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=LETTER, invariant=1)
    cv.setCreator("ScanDesk 3.2")
    cv.setTitle("Scanned document")
    for lines in scan_lines(c):
        img = render_page_image(lines)
        cv.drawImage(ImageReader(img), 0, 0, width=LETTER[0], height=LETTER[1])
        cv.showPage()
    cv.save()
    return buf.getvalue()


# ---------------------------------------------------------------------------
# Other formats
# ---------------------------------------------------------------------------

def html_page(title, body, lang="en"):
    return (
        "<!DOCTYPE html>\n"
        "<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<title>%s</title>\n"
        "<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;"
        "line-height:1.5}h2{border-bottom:1px solid #ccc}</style>\n"
        "</head>\n<body>\n%s\n</body>\n</html>\n" % (lang, escape(title), body.strip())
    )


def work_history_json(c):
    return json.dumps([
        {
            "employer": j["employer"],
            "title": j["title"],
            "location": j["location"],
            "start_date": iso_month(j["start"]),
            "end_date": iso_month(j["end"]),
            "description": j["description"],
        }
        for j in c["jobs"]
    ], indent=2, ensure_ascii=False) + "\n"


def resume_html(c):
    h = ["<header>",
         "<h1>%s</h1>" % escape(c["name"]),
         "<p class=\"headline\">%s</p>" % escape(c["headline"]),
         "<p class=\"contact\"><a href=\"mailto:%s\">%s</a> · %s · %s</p>"
         % (c["email"], c["email"], escape(c["phone"]), escape(c["city"])),
         "</header>",
         "<h2>Summary</h2>", "<p>%s</p>" % escape(c["summary"]),
         "<h2>Experience</h2>"]
    for j in c["jobs"]:
        h.append("<article>")
        h.append("<h3>%s — %s, %s</h3>" % (escape(j["title"]), escape(j["employer"]),
                                            escape(j["location"])))
        h.append("<p class=\"dates\">%s</p>" % escape(date_range(j)))
        h.append("<ul>")
        h += ["  <li>%s</li>" % escape(b) for b in j["bullets"]]
        h.append("</ul>")
        h.append("</article>")
    h.append("<h2>Education</h2>")
    for degree, school, years, note in c["education"]:
        h.append("<p><strong>%s</strong>, %s (%s)</p>" % (escape(degree), escape(school), years))
    h.append("<h2>Skills</h2>")
    h.append("<ul>")
    h += ["  <li><strong>%s:</strong> %s</li>" % (escape(k), escape(v)) for k, v in c["skills"]]
    h.append("</ul>")
    h.append("<h2>Certifications</h2>")
    h.append("<ul>")
    h += ["  <li>%s</li>" % escape(x) for x in c["certifications"]]
    h.append("</ul>")
    return html_page("%s – Resume" % c["name"], "\n".join(h))


# ---------------------------------------------------------------------------
# The folder
# ---------------------------------------------------------------------------

def make_daniel(w):
    c = DANIEL
    d = c["id"] + "/"
    pdf = resume_pdf(c)
    w.write_bytes(d + "resume.pdf", pdf, "stored", "resume")
    # Byte-identical copy, as a browser saves a second download.
    w.write_bytes(d + "Resume (1).pdf", pdf, "duplicate", "resume")
    w.write_text(d + "about.md", """\
I'm a backend engineer who likes the unglamorous parts of software: queues that
drain, retries that don't charge anybody twice, and dashboards that still tell the
truth at three in the morning. Most of my career has been spent in logistics and
payments, where a dropped message means a lost parcel or an angry customer, so I
have learned to care a lot about *boring*, predictable systems.

Outside of work I coach a youth soccer team on the North Side, bake far too much
sourdough, and maintain a small open-source library that a surprising number of
people depend on. I like teams that write things down, argue kindly, and ship in
small steps.
""", "stored", "about")
    prefs = {
        "desired_roles": ["Staff Backend Engineer", "Principal Engineer, Platform"],
        "seniority": "staff",
        "salary_expectation": {"min": 185000, "max": 215000, "currency": "USD",
                               "period": "year", "negotiable": True},
        "remote": "remote",
        "hybrid_ok": True,
        "max_office_days_per_week": 2,
        "locations": ["Chicago, IL", "Remote (United States)"],
        "relocation": False,
        "notice_period": "4 weeks",
        "earliest_start_date": "2025-02-03",
        "work_authorization": "US citizen, no visa sponsorship required",
        "company_size": ["51-200", "201-1000"],
        "industries": ["logistics", "fintech", "developer tools"],
        "not_interested_in": ["ad tech", "crypto"],
    }
    w.write_text(d + "prefs.json", json.dumps(prefs, indent=2), "stored", "role_preferences")
    w.write_text(d + "positions.json", work_history_json(c), "stored", "work_experiences")


def make_jose(w):
    c = JOSE
    d = c["id"] + "/"
    w.write_bytes(d + "cv-2024.pdf", resume_pdf(c), "stored", "resume")
    # Written on an old Windows laptop: Latin-1, no BOM.
    w.write_text(d + "notes.txt", """\
My name is José Muñoz Ibáñez and I am a critical-care nurse. I grew up in
Saltillo, above my parents' café, where I learned early that people open up when
you bring them something warm and actually listen. I still think that is half of
nursing.

I have spent most of my working life at the bedside, the last several years in
an intensive care unit in San Antonio. I love teaching new nurses, I am the one
who volunteers to explain a ventilator alarm for the fifth time, and I am proud
of the sepsis work our unit has done together. When families only speak Spanish
I am usually the person they are sent to, and I consider that a privilege.

On my days off I cook for too many people, play the guitar badly, and walk the
River Walk with my daughter.
""", "stored", "about", encoding="latin-1")
    w.write_bytes(d + "cover-letter.txt", b"", "skipped", reason="empty_file")
    body = """
<h1>What I am looking for next</h1>
<p>Updated November 2024.</p>
<dl>
  <dt>Desired roles</dt>
  <dd>ICU Charge Nurse, Assistant Nurse Manager (critical care), Clinical Nurse Educator</dd>
  <dt>Salary expectation</dt>
  <dd>USD 52–58 per hour, or USD 108,000–120,000 per year for a salaried position</dd>
  <dt>Work arrangement</dt>
  <dd>On-site (clinical role). Hybrid is fine for an educator position. Day shift, 3×12 preferred.</dd>
  <dt>Preferred locations</dt>
  <dd>San Antonio, TX; Austin, TX</dd>
  <dt>Willing to relocate</dt>
  <dd>Yes, within Texas, with relocation assistance</dd>
  <dt>Notice period</dt>
  <dd>4 weeks</dd>
  <dt>Earliest start date</dt>
  <dd>6 January 2025</dd>
  <dt>Work authorization</dt>
  <dd>US permanent resident; no sponsorship needed</dd>
  <dt>Employer size</dt>
  <dd>Teaching hospitals or Level I/II trauma centers with 300+ beds</dd>
  <dt>Not interested in</dt>
  <dd>Travel nursing contracts, permanent night shift</dd>
</dl>
"""
    w.write_text(d + "wishes.html", html_page("Job preferences", body, lang="en"),
                 "stored", "role_preferences")
    w.write_text(d + "jobs.json", work_history_json(c), "stored", "work_experiences")


def make_priya(w):
    c = PRIYA
    d = c["id"] + "/"
    w.write_bytes(d + "document1.pdf", resume_pdf(c), "stored", "resume")
    w.write_text(d + "profile.md", """\
Priya Raman is a data analyst based in Toronto who has spent the better part of a
decade helping retailers, insurers and a telecom company make sense of their own
numbers. She is at her best sitting between a business team and a warehouse full of
tables, translating "why did sales drop in the east?" into a query, a chart and,
most importantly, a clear recommendation.

Colleagues describe her as patient and precise. She runs a regular SQL clinic for
non-technical staff, insists on writing down metric definitions before building
dashboards, and has a soft spot for well-designed experiments. Away from the
screen, Priya plays cricket in a weekend league and volunteers as a tutor for
high-school math students.
""", "stored", "about")
    # Saved from Windows Notepad as "Unicode": UTF-16 LE with BOM and CRLF.
    w.write_text(d + "preferences.txt", """\
JOB SEARCH PREFERENCES - Priya Raman

Desired roles: Analytics Manager, Lead Data Analyst, Senior Analytics Engineer
Salary expectation: CA$125,000 - CA$140,000 base per year, plus bonus
Remote / hybrid / onsite: hybrid (2 days in office) or fully remote
Preferred locations: Toronto, ON; Waterloo, ON; remote within Canada
Willing to relocate: no
Notice period: 3 weeks
Earliest start date: 2025-01-13
Work authorization: Canadian citizen; would need a visa for the US
Company size: mid-size (200-2,000 employees)
Industries: retail, e-commerce, healthcare, public sector
Deal-breakers: no on-call rotations, no pure reporting roles
""", "stored", "role_preferences", encoding="utf-16-le", newline="\r\n", bom=True)
    # A PDF that was saved with a .txt extension.
    w.write_bytes(d + "history.txt", work_history_pdf(c, "Employment history"),
                  "stored", "work_experiences")


def make_amara(w):
    c = AMARA
    d = c["id"] + "/"
    w.write_text(d + "resume.html", resume_html(c), "stored", "resume")
    w.write_text(d + "about-me.txt", """\
I'm a product designer who got into the field sideways: I studied printmaking,
fell in love with how people actually use things, and never looked back. For the
last few years I've been designing tools for small-business owners, people who
are too busy running a bakery or a plumbing company to read a manual, and I
find that constraint endlessly motivating.

I care about accessibility, plain language and sweating the small interactions.
I'm happiest in teams where designers, engineers and support staff sit close
together and share what they learn from customers. When I'm not designing I'm
usually on a bike somewhere along the Columbia River or printing posters in my
garage.
""", "stored", "about")
    prefs = {
        "desired_roles": ["Staff Product Designer", "Design Lead", "Design Systems Lead"],
        "salary_expectation": {"amount": "165000-180000", "currency": "USD", "period": "annual"},
        "remote": "remote-first; occasional on-site workshops are fine",
        "locations": ["Portland, OR", "Seattle, WA", "Remote (US Pacific time zone)"],
        "relocation": "no",
        "notice_period": "2 weeks",
        "start_date": "2025-01-06",
        "visa_sponsorship_required": False,
        "company_size": "startup to mid-size (30-500)",
        "industries": ["B2B SaaS", "health tech", "climate"],
        "travel": "up to 10%",
    }
    w.write_text(d + "prefs.json", json.dumps(prefs, indent=4), "stored", "role_preferences")
    md = ["# Work history", ""]
    for j in c["jobs"]:
        md += ["## %s, %s" % (j["title"], j["employer"]), "",
               "*%s* · %s" % (date_range(j), j["location"]), "",
               j["description"], ""]
    w.write_text(d + "experience.md", "\n".join(md).rstrip() + "\n",
                 "stored", "work_experiences")
    w.write_bytes(d + "scan0001.pdf", image_only_pdf(c), "skipped", reason="no_text")


def make_marcus(w):
    c = MARCUS
    d = c["id"] + "/"
    w.write_bytes(d + "Marcus_Bell_CV.pdf", resume_pdf(c), "stored", "resume")
    enc = StandardEncryption("secret", ownerPassword="owner-secret", strength=128,
                             canPrint=1, canModify=0, canCopy=0, canAnnotate=0)
    w.write_bytes(d + "application.pdf", resume_pdf(c, encrypt=enc),
                  "failed", reason="pdf_encrypted")
    w.write_text(d + "bio.txt", """\
Marcus Bell is a sales leader based in Denver who has spent more than a decade
selling software to mid-market companies across the Mountain West. He started out
cold-calling payroll prospects from a shared desk in Boulder and now leads a team
of account executives, which he says is still the most rewarding thing he has done
in his career.

Marcus is known for straightforward forecasting and for coaching people rather
than managing spreadsheets. He believes the best deals come from understanding a
customer's business better than they expect you to. Outside of work he is a
volunteer ski instructor with an adaptive sports program and a keen amateur
woodworker.
""", "stored", "about")
    w.write_text(d + "next-role.md", """\
# What I'm looking for in my next role

- **Desired roles:** Director of Sales, Head of Mid-Market Sales, Regional Vice President of Sales
- **Salary expectation:** USD 170,000 base, 340,000 on-target earnings (OTE), plus equity
- **Remote / hybrid / onsite:** hybrid preferred (2–3 office days); fully remote considered
- **Locations:** Denver or Boulder, CO; open to Austin, TX
- **Relocation:** willing to relocate for the right role
- **Notice period:** 30 days (after Q4 close)
- **Earliest start date:** 1 February 2025
- **Work authorization:** US citizen
- **Company size:** Series B to pre-IPO, 200–1,500 employees
- **Industries:** HR tech, vertical SaaS, fintech
- **Travel:** up to 30% is fine
""", "stored", "role_preferences")
    sections = ["<h1>Positions held</h1>"]
    for j in c["jobs"]:
        sections.append(
            "<section>\n  <h2>%s</h2>\n  <p><strong>%s</strong>, %s</p>\n"
            "  <p><time datetime=\"%s\">%s</time> – %s</p>\n  <p>%s</p>\n</section>"
            % (escape(j["title"]), escape(j["employer"]), escape(j["location"]),
               iso_month(j["start"]), "%s %d" % j["start"],
               "Present" if j["end"] is None
               else "<time datetime=\"%s\">%s %d</time>" % (iso_month(j["end"]), *j["end"]),
               escape(j["description"])))
    w.write_text(d + "positions.html", html_page("Positions", "\n".join(sections)),
                 "stored", "work_experiences")


def make_hannah(w):
    c = HANNAH
    d = c["id"] + "/"
    w.write_bytes(d + "resume_final.pdf", resume_pdf(c), "stored", "resume")
    # An older version of the resume (before the current job), cut off at
    # 60% of its length as an interrupted download leaves it.
    old = resume_pdf(c, jobs=c["jobs"][1:])
    w.write_bytes(d + "resume_old.pdf", old[: len(old) * 6 // 10],
                  "failed", reason="pdf_damaged")
    w.write_bytes(d + "intro.pdf", prose_pdf([
        "Hannah Kowalski is a mechanical engineer from west Michigan who has spent her "
        "career making things that people sit on, stand next to and rely on every day. "
        "She began on the shop floor of a machining company, which left her with a "
        "lasting respect for machinists and a habit of walking every new design past "
        "the people who will have to build it.",
        "Today she leads the design of seat mechanisms for a major automotive supplier, "
        "and she enjoys the mix of careful analysis and hands-on testing that the work "
        "demands. Hannah mentors engineering co-op students, still follows the Formula "
        "SAE team she used to belong to, and spends her summers sailing on Lake "
        "Michigan with her family.",
    ], "Hannah Kowalski"), "stored", "about")
    w.write_text(d + "looking-for.txt", """\
Next role - what I'm looking for
================================

Roles: Lead Mechanical Engineer, Product Engineering Manager, Principal Design Engineer
Salary expectation: USD 125,000 - 140,000 per year in the US; EUR 80,000+ in Germany
Work mode: onsite or hybrid (I need to be near the lab and the prototype shop); not fully remote
Locations: Grand Rapids or Detroit area, MI; Stuttgart or Munich, Germany
Relocation: yes, willing to relocate, including to Germany
Notice period: 6 weeks
Earliest start: 1 March 2025
Work authorization: US citizen; would need an EU Blue Card for Germany
Company size: large manufacturers or tier-1 suppliers (1,000+ employees)
Industries: automotive, e-mobility, agricultural and industrial equipment
""", "stored", "role_preferences")
    w.write_bytes(d + "work.pdf", work_history_pdf(c, "Professional experience"),
                  "stored", "work_experiences")


def make_unassigned(w):
    w.write_text("unassigned/about-jordan.txt", """\
Jordan Ellis spent nine years teaching high-school chemistry before moving into
instructional design, and still approaches every course like a lesson plan: start
with what the learner needs to be able to do, then work backwards. Jordan now
builds online training for a regional credit union and is known for turning dense
compliance material into short, practical modules that people finish.

Jordan is patient, curious and quietly funny, and believes most training problems
are really writing problems. Outside of work Jordan restores old bicycles and runs
a small neighborhood book swap.
""", "stored", "about")


README = """\
# Sample candidate documents

Documents of six fictional candidates (plus one unassigned file) to run
Intake on. Every person, employer, school, email address (`@example.com`)
and phone number (`555-01xx`) is made up. All files are generated by
`scripts/make-samples.py` (reportlab + Pillow); re-run it rather than
editing them by hand. `Tests/Fixtures/samples-expected.tsv` gives the expected outcome of every
file: `status`, document `type`, and `reason` for skipped or failed files.

File names deliberately do not give the type away: the type must come
from the content.

## Candidates

| Folder | Candidate | Field | Files |
| --- | --- | --- | --- |
{candidate_rows}| `unassigned/` | Jordan Ellis | instructional designer | about text with no candidate folder |

## Hard cases

| File | What it is | Expected |
| --- | --- | --- |
{hard_rows}
## Formats and encodings

- Resumes: 2–3 page PDFs with a text layer (one resume is HTML).
- About texts: TXT, Markdown and one single-page PDF; first person for
  Daniel, José and Amara, third person for Priya, Marcus, Hannah and Jordan.
- Role preferences: JSON, HTML, Markdown and TXT.
- Work experiences: JSON arrays, Markdown, HTML and PDF.
- `{jose}/notes.txt` is ISO-8859-1 (Latin-1) with accented characters;
  `{priya}/preferences.txt` is UTF-16 LE with a BOM and CRLF line ends;
  every other text file is UTF-8 with LF line ends.
"""

FIELDS = {
    DANIEL["id"]: "backend engineer",
    JOSE["id"]: "ICU nurse",
    PRIYA["id"]: "data analyst",
    AMARA["id"]: "product designer",
    MARCUS["id"]: "sales lead",
    HANNAH["id"]: "mechanical engineer",
}

HARD_CASES = [
    (MARCUS, "application.pdf", "resume PDF encrypted with user password `secret`",
     "failed / `pdf_encrypted`"),
    (HANNAH, "resume_old.pdf", "multi-page resume PDF with the last 40% of its bytes cut off",
     "failed / `pdf_damaged`"),
    (AMARA, "scan0001.pdf", "2-page scanned resume: page images only, no text layer",
     "skipped / `no_text`"),
    (JOSE, "cover-letter.txt", "empty file (0 bytes)", "skipped / `empty_file`"),
    (DANIEL, "Resume (1).pdf", "byte-identical copy of `resume.pdf`",
     "one of the pair `duplicate` (listed: this one), the other stored; both resume"),
    (PRIYA, "history.txt", "a PDF (work experiences) saved with a `.txt` name",
     "stored / `work_experiences`"),
    (PRIYA, "preferences.txt", "UTF-16 LE text with BOM", "stored / `role_preferences`"),
    (JOSE, "notes.txt", "Latin-1 text (José Muñoz Ibáñez, café)", "stored / `about`"),
    (HANNAH, "intro.pdf", "PDF that is an about text, not a resume", "stored / `about`"),
]


REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXPECTED_PATH = os.path.join(REPO, "Tests", "Fixtures", "samples-expected.tsv")
README_PATH = os.path.join(REPO, "docs", "samples.md")
UUID_FOLDER = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def write_readme(w, root):
    rows = []
    for c in CANDIDATES:
        files = sorted(os.listdir(os.path.join(root, c["id"])))
        rows.append("| `%s/` | %s | %s | %s |\n" % (
            c["id"], c["name"], FIELDS[c["id"]], ", ".join("`%s`" % f for f in files)))
    hard = "".join("| `%s/%s` | %s | %s |\n" % (c["id"], f, what, exp)
                   for c, f, what, exp in HARD_CASES)
    text = README.format(candidate_rows="".join(rows), hard_rows=hard,
                         jose=JOSE["id"], priya=PRIYA["id"])
    with open(README_PATH, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def write_expected(w, root):
    listed = {row[0] for row in w.expected}
    on_disk = set()
    for dirpath, _, files in os.walk(root):
        for f in files:
            rel = os.path.relpath(os.path.join(dirpath, f), root).replace(os.sep, "/")
            on_disk.add(rel)
    if listed != on_disk or len(listed) != len(w.expected):
        raise SystemExit("EXPECTED.tsv out of sync with the files written")
    lines = ["path\tstatus\ttype\treason"]
    lines += ["\t".join(row) for row in sorted(w.expected)]
    with open(EXPECTED_PATH, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=DEFAULT_OUT, help="output folder (default: samples/)")
    args = ap.parse_args()
    root = os.path.abspath(args.out)

    if os.path.isdir(root) and os.listdir(root):
        strangers = [n for n in os.listdir(root) if n != "unassigned" and not UUID_FOLDER.match(n)]
        if strangers:
            sys.exit("refusing to wipe %s: it holds %s, which this script did not write" % (root, strangers[0]))
        shutil.rmtree(root)
    os.makedirs(root, exist_ok=True)

    w = Writer(root)
    make_daniel(w)
    make_jose(w)
    make_priya(w)
    make_amara(w)
    make_marcus(w)
    make_hannah(w)
    make_unassigned(w)
    write_expected(w, root)
    write_readme(w, root)
    print("wrote %d sample files to %s" % (len(w.expected), root))


if __name__ == "__main__":
    main()
