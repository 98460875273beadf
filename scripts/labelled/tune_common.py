"""Helpers and document styles for the tune set (used by tune.py and tune_data_*.py).

A person is a plain dict (see ``person``); a style turns a person into blocks
(text formats) or data (structured formats).  Styles differ in structure,
headings, date formats and ordering, and each takes a variant number ``v``
that picks among label wordings and date formats, so that two documents of a
type in one language rarely look alike.  Hand-written documents (prose
experiences, cover-letter-like texts, short notes...) are given as literal
blocks in the data modules instead.
"""


def person(slug, name, **kw):
    p = {"slug": slug, "name": name}
    p.update(kw)
    p.setdefault("jobs", [])
    p.setdefault("edu", [])
    p.setdefault("skills", [])
    p.setdefault("langs", [])
    p.setdefault("certs", [])
    return p


def job(title, company, city, start, end=None, bullets=(), desc=None, prose=None):
    """start/end: (year, month) or year; end None = current position."""
    return {"title": title, "company": company, "city": city, "start": start,
            "end": end, "bullets": list(bullets), "desc": desc, "prose": prose}


def edu(degree, school, city, start, end, note=None):
    return {"degree": degree, "school": school, "city": city, "start": start,
            "end": end, "note": note}


def pick(options, v):
    if isinstance(options, str):
        return options
    return options[v % len(options)]


# --------------------------------------------------------------------------
# labels

LABELS = {
    "en": {
        "profile": ["Profile", "Summary", "Professional summary", "About me"],
        "about": ["About me", "Profile", "A bit about me"],
        "experience": ["Experience", "Work experience", "Professional experience", "Employment history"],
        "education": ["Education", "Education", "Education & training"],
        "skills": ["Skills", "Technical skills", "Core skills", "Key skills"],
        "languages": ["Languages"],
        "certs": ["Certifications", "Certificates", "Licences & certifications"],
        "present": ["Present", "present", "Present", "now"],
        "since": "since",
        "personal": ["Personal details", "Contact"],
        "cv": ["Curriculum Vitae", "Resume", "CV"],
        "name": "Name", "address": "Address", "phone": "Phone", "email": "Email",
        "born": "Date of birth", "nationality": "Nationality",
        "skills_line": "Skills", "languages_line": "Languages", "education_line": "Education",
        "at": "at", "in": "in",
        "prefs_title": ["Role preferences", "What I'm looking for", "Job search preferences", "My next role"],
        "pref": {
            "roles": ["Desired roles", "Target role", "Looking for", "Roles I'm interested in"],
            "salary": ["Salary expectations", "Expected salary", "Compensation", "Salary"],
            "mode": ["Work model", "Remote / on-site", "Working arrangement", "Remote"],
            "locations": ["Preferred locations", "Location", "Where", "Locations"],
            "relocation": ["Relocation", "Open to relocation", "Relocation"],
            "notice": ["Notice period", "Notice", "Notice period"],
            "start": ["Earliest start date", "Available from", "Start date"],
            "company_size": ["Company size", "Company stage / size", "Team / company size"],
            "industries": ["Industries", "Sectors of interest", "Industries I'd like to work in"],
            "avoid": ["Not interested in", "Deal-breakers", "Please no"],
            "visa": ["Work authorization", "Visa / right to work", "Right to work"],
            "contract": ["Contract type", "Employment type", "Contract"],
            "hours": ["Hours", "Working hours", "Full-time / part-time"],
            "travel": ["Travel", "Willingness to travel", "Travel"],
        },
        "groups": ["The role", "Pay and contract", "Where and when"],
        "qa": {
            "roles": ["Which roles are you interested in?", "What kind of position are you looking for?"],
            "salary": ["What are your salary expectations?", "What compensation are you targeting?"],
            "mode": ["Remote, hybrid or on-site?", "Which working model do you prefer?"],
            "locations": ["Where would you like to work?", "Preferred location(s)?"],
            "relocation": ["Would you relocate?", "Are you open to relocation?"],
            "notice": ["What is your notice period?", "How much notice do you have to give?"],
            "start": ["When could you start?", "Earliest start date?"],
            "company_size": ["What size of company do you prefer?", "Startup or corporate?"],
            "industries": ["Any industries you are especially interested in?", "Preferred sectors?"],
            "visa": ["Do you need visa sponsorship?", "Do you have the right to work?"],
            "contract": ["Permanent or contract?", "Which type of contract are you looking for?"],
        },
    },
    "de": {
        "profile": ["Profil", "Kurzprofil", "Zusammenfassung", "Über mich"],
        "about": ["Über mich", "Profil", "Kurz zu mir"],
        "experience": ["Berufserfahrung", "Beruflicher Werdegang", "Berufserfahrung", "Praxiserfahrung"],
        "education": ["Ausbildung", "Studium und Ausbildung", "Bildungsweg", "Ausbildung"],
        "skills": ["Kenntnisse", "Fähigkeiten", "Kenntnisse und Fähigkeiten", "Fachkenntnisse"],
        "languages": ["Sprachen", "Sprachkenntnisse"],
        "certs": ["Zertifikate", "Weiterbildungen", "Zertifizierungen"],
        "present": ["heute", "heute", "dato", "jetzt"],
        "since": "seit",
        "personal": ["Persönliche Daten", "Kontakt"],
        "cv": ["Lebenslauf", "Tabellarischer Lebenslauf", "Lebenslauf"],
        "name": "Name", "address": "Anschrift", "phone": "Telefon", "email": "E-Mail",
        "born": "Geburtsdatum", "nationality": "Staatsangehörigkeit",
        "skills_line": "Kenntnisse", "languages_line": "Sprachen", "education_line": "Ausbildung",
        "at": "bei", "in": "in",
        "prefs_title": ["Wunschprofil", "Was ich suche", "Meine Vorstellungen", "Suchprofil"],
        "pref": {
            "roles": ["Wunschposition", "Gesuchte Position", "Zielposition", "Positionen"],
            "salary": ["Gehaltsvorstellung", "Gehaltswunsch", "Gehalt", "Gehaltsvorstellung"],
            "mode": ["Arbeitsmodell", "Remote / Büro", "Homeoffice", "Arbeitsort"],
            "locations": ["Wunschort", "Standort", "Region", "Orte"],
            "relocation": ["Umzugsbereitschaft", "Umzug", "Umzugsbereit"],
            "notice": ["Kündigungsfrist", "Kündigungsfrist", "Kündigungsfrist"],
            "start": ["Frühester Eintritt", "Verfügbar ab", "Eintrittstermin"],
            "company_size": ["Unternehmensgröße", "Unternehmensgröße", "Firmengröße"],
            "industries": ["Branchen", "Wunschbranchen", "Interessante Branchen"],
            "avoid": ["Kein Interesse an", "Ausschlusskriterien", "Bitte nicht"],
            "visa": ["Arbeitserlaubnis", "Aufenthaltsstatus", "Arbeitserlaubnis"],
            "contract": ["Anstellungsart", "Vertragsart", "Beschäftigungsart"],
            "hours": ["Arbeitszeit", "Stunden", "Voll-/Teilzeit"],
            "travel": ["Reisebereitschaft", "Reisetätigkeit", "Reisebereitschaft"],
        },
        "groups": ["Position", "Vertrag und Gehalt", "Ort und Zeitpunkt"],
        "qa": {
            "roles": ["Welche Positionen interessieren Sie?", "Welche Stelle suchen Sie?"],
            "salary": ["Wie hoch ist Ihre Gehaltsvorstellung?", "Welches Gehalt stellen Sie sich vor?"],
            "mode": ["Remote, hybrid oder vor Ort?", "Welches Arbeitsmodell bevorzugen Sie?"],
            "locations": ["Wo möchten Sie arbeiten?", "Bevorzugte Standorte?"],
            "relocation": ["Wären Sie umzugsbereit?", "Kommt ein Umzug infrage?"],
            "notice": ["Wie lang ist Ihre Kündigungsfrist?", "Welche Kündigungsfrist haben Sie?"],
            "start": ["Ab wann sind Sie verfügbar?", "Frühestmöglicher Eintrittstermin?"],
            "company_size": ["Welche Unternehmensgröße bevorzugen Sie?", "Start-up oder Konzern?"],
            "industries": ["Gibt es Branchen, die Sie besonders interessieren?", "Bevorzugte Branchen?"],
            "visa": ["Benötigen Sie eine Arbeitserlaubnis?", "Wie ist Ihr Aufenthaltsstatus?"],
            "contract": ["Festanstellung oder freiberuflich?", "Welche Vertragsart suchen Sie?"],
        },
    },
    "fr": {
        "profile": ["Profil", "Résumé", "Profil professionnel", "À propos"],
        "about": ["À propos de moi", "Profil", "Qui suis-je ?"],
        "experience": ["Expérience professionnelle", "Expériences", "Parcours professionnel", "Expériences professionnelles"],
        "education": ["Formation", "Diplômes", "Formation", "Études"],
        "skills": ["Compétences", "Compétences techniques", "Savoir-faire", "Compétences clés"],
        "languages": ["Langues"],
        "certs": ["Certifications", "Habilitations", "Certifications"],
        "present": ["aujourd'hui", "présent", "ce jour", "aujourd'hui"],
        "since": "depuis",
        "personal": ["Coordonnées", "Informations personnelles"],
        "cv": ["Curriculum vitae", "CV", "Curriculum Vitae"],
        "name": "Nom", "address": "Adresse", "phone": "Téléphone", "email": "E-mail",
        "born": "Date de naissance", "nationality": "Nationalité",
        "skills_line": "Compétences", "languages_line": "Langues", "education_line": "Formation",
        "at": "chez", "in": "à",
        "prefs_title": ["Mes critères de recherche", "Poste recherché", "Préférences", "Ce que je recherche"],
        "pref": {
            "roles": ["Poste recherché", "Postes visés", "Fonction souhaitée", "Poste"],
            "salary": ["Prétentions salariales", "Rémunération souhaitée", "Salaire", "Package"],
            "mode": ["Télétravail", "Mode de travail", "Organisation", "Télétravail"],
            "locations": ["Localisation", "Zone géographique", "Lieu", "Villes"],
            "relocation": ["Mobilité", "Déménagement", "Mobilité géographique"],
            "notice": ["Préavis", "Préavis", "Durée de préavis"],
            "start": ["Disponibilité", "Disponible à partir de", "Date de prise de poste"],
            "company_size": ["Taille d'entreprise", "Type de structure", "Taille de l'entreprise"],
            "industries": ["Secteurs", "Secteurs d'activité", "Secteurs qui m'intéressent"],
            "avoid": ["À éviter", "Pas intéressé(e) par", "Rédhibitoire"],
            "visa": ["Autorisation de travail", "Permis de travail", "Titre de séjour"],
            "contract": ["Type de contrat", "Contrat", "Type de contrat"],
            "hours": ["Temps de travail", "Temps plein / partiel", "Horaires"],
            "travel": ["Déplacements", "Déplacements", "Mobilité en déplacement"],
        },
        "groups": ["Le poste", "Contrat et rémunération", "Lieu et disponibilité"],
        "qa": {
            "roles": ["Quel type de poste recherchez-vous ?", "Quels postes vous intéressent ?"],
            "salary": ["Quelles sont vos prétentions salariales ?", "Quelle rémunération visez-vous ?"],
            "mode": ["Télétravail, hybride ou sur site ?", "Quel mode de travail préférez-vous ?"],
            "locations": ["Où souhaitez-vous travailler ?", "Zone géographique souhaitée ?"],
            "relocation": ["Êtes-vous prêt(e) à déménager ?", "Mobilité géographique ?"],
            "notice": ["Quel est votre préavis ?", "Combien de temps de préavis avez-vous ?"],
            "start": ["Quand pouvez-vous commencer ?", "Date de disponibilité ?"],
            "company_size": ["Quelle taille d'entreprise préférez-vous ?", "Start-up ou grand groupe ?"],
            "industries": ["Des secteurs qui vous attirent particulièrement ?", "Secteurs préférés ?"],
            "visa": ["Avez-vous besoin d'un visa ?", "Êtes-vous autorisé(e) à travailler en France ?"],
            "contract": ["CDI, CDD ou freelance ?", "Quel type de contrat recherchez-vous ?"],
        },
    },
    "es": {
        "profile": ["Perfil", "Perfil profesional", "Resumen", "Sobre mí"],
        "about": ["Sobre mí", "Perfil", "Quién soy"],
        "experience": ["Experiencia laboral", "Experiencia profesional", "Trayectoria profesional", "Experiencia"],
        "education": ["Formación", "Formación académica", "Educación", "Estudios"],
        "skills": ["Habilidades", "Competencias", "Conocimientos", "Conocimientos técnicos"],
        "languages": ["Idiomas"],
        "certs": ["Certificaciones", "Cursos y certificaciones", "Certificados"],
        "present": ["actualidad", "presente", "actualidad", "hoy"],
        "since": "desde",
        "personal": ["Datos personales", "Contacto"],
        "cv": ["Currículum vitae", "Curriculum Vitae", "CV"],
        "name": "Nombre", "address": "Dirección", "phone": "Teléfono", "email": "Correo",
        "born": "Fecha de nacimiento", "nationality": "Nacionalidad",
        "skills_line": "Habilidades", "languages_line": "Idiomas", "education_line": "Formación",
        "at": "en", "in": "en",
        "prefs_title": ["Preferencias laborales", "Lo que busco", "Mis preferencias", "Próximo empleo"],
        "pref": {
            "roles": ["Puesto deseado", "Puestos de interés", "Busco", "Rol"],
            "salary": ["Expectativa salarial", "Pretensiones salariales", "Banda salarial", "Salario"],
            "mode": ["Modalidad", "Modalidad de trabajo", "Remoto / presencial", "Modalidad"],
            "locations": ["Ubicación", "Ciudades", "Zona", "Ubicación preferida"],
            "relocation": ["Reubicación", "Disponibilidad para trasladarme", "Cambio de residencia"],
            "notice": ["Preaviso", "Preaviso", "Plazo de preaviso"],
            "start": ["Incorporación", "Disponibilidad", "Fecha de incorporación"],
            "company_size": ["Tamaño de empresa", "Tipo de empresa", "Tamaño de la empresa"],
            "industries": ["Sectores", "Sectores de interés", "Sectores"],
            "avoid": ["No me interesa", "Descarto", "Prefiero evitar"],
            "visa": ["Permiso de trabajo", "Situación legal", "Permiso de trabajo"],
            "contract": ["Tipo de contrato", "Contrato", "Tipo de contrato"],
            "hours": ["Jornada", "Horario", "Jornada"],
            "travel": ["Viajes", "Disponibilidad para viajar", "Viajes"],
        },
        "groups": ["El puesto", "Salario y contrato", "Dónde y cuándo"],
        "qa": {
            "roles": ["¿Qué tipo de puesto buscas?", "¿Qué puestos te interesan?"],
            "salary": ["¿Cuál es tu expectativa salarial?", "¿Qué banda salarial buscas?"],
            "mode": ["¿Remoto, híbrido o presencial?", "¿Qué modalidad prefieres?"],
            "locations": ["¿Dónde te gustaría trabajar?", "¿Ubicación preferida?"],
            "relocation": ["¿Te mudarías?", "¿Estarías dispuesto/a a cambiar de ciudad?"],
            "notice": ["¿Cuánto preaviso tienes?", "¿Cuál es tu plazo de preaviso?"],
            "start": ["¿Cuándo podrías incorporarte?", "¿Fecha de incorporación?"],
            "company_size": ["¿Qué tamaño de empresa prefieres?", "¿Startup o gran empresa?"],
            "industries": ["¿Algún sector que te interese especialmente?", "¿Sectores preferidos?"],
            "visa": ["¿Necesitas permiso de trabajo?", "¿Tienes permiso de trabajo en la UE?"],
            "contract": ["¿Indefinido, temporal o autónomo?", "¿Qué tipo de contrato buscas?"],
        },
    },
}

MONTHS = {
    "en": (["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"],
           ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]),
    "de": (["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember"],
           ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]),
    "fr": (["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"],
           ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]),
    "es": (["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre"],
           ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."]),
}


def _ym(d):
    if isinstance(d, tuple):
        return d
    return (d, None)


def fdate(d, lang, style):
    """One date. style: mY (03/2019), m.Y (03.2019), mon (Mar 2019), month (March 2019), Y (2019)."""
    y, m = _ym(d)
    if m is None or style == "Y":
        return str(y)
    if style == "mY":
        return "%02d/%d" % (m, y)
    if style == "m.Y":
        return "%02d.%d" % (m, y)
    if style == "mon":
        return "%s %d" % (MONTHS[lang][1][m - 1], y)
    if style == "month":
        return "%s %d" % (MONTHS[lang][0][m - 1], y)
    if style == "iso":
        return "%d-%02d" % (y, m)
    raise ValueError(style)


def drange(start, end, lang, style="mY", v=0, sep=" – "):
    a = fdate(start, lang, style)
    if end is None:
        if style == "since":
            return "%s %s" % (LABELS[lang]["since"], fdate(start, lang, "mY"))
        present = pick(LABELS[lang]["present"], v)
        if lang == "en" and style in ("mon", "month"):
            present = "Present"
        return a + sep + present
    if style == "since":
        style = "mY"
        a = fdate(start, lang, style)
    return a + sep + fdate(end, lang, style)


DATE_STYLES = {
    "en": ["mon", "mY", "Y", "month"],
    "de": ["mY", "m.Y", "Y", "month"],
    "fr": ["month", "mY", "Y", "mon"],
    "es": ["Y", "mY", "mon", "month"],
}
SEPS = [" – ", " - ", "–", " – "]


def dr(j, lang, v):
    style = pick(DATE_STYLES[lang], v)
    sep = pick(SEPS, v)
    if style == "Y" and sep == " - ":
        sep = "–"
    return drange(j["start"], j["end"], lang, style, v, sep)


def iso(d):
    if d is None:
        return None
    y, m = _ym(d)
    return "%d-%02d" % (y, m) if m else str(y)


def L(lang):
    return LABELS[lang]


def kv(lang, key, value):
    """'Key: value' as written in the language (French puts a space before the colon)."""
    return "%s%s%s" % (key, " : " if lang == "fr" else ": ", value)


def contact_line(p, v=0):
    parts = [p.get("email"), p.get("phone"), p.get("city")]
    if v % 2 == 0 and p.get("link"):
        parts.append(p["link"])
    sep = pick([" · ", " | ", "  •  ", ", "], v)
    return sep.join(x for x in parts if x)


def lang_line(p, lang):
    return ", ".join("%s (%s)" % (n, lv) if lv else n for n, lv in p["langs"])


def skills_flat(p):
    out = []
    for s in p["skills"]:
        if isinstance(s, tuple):
            out.extend(s[1])
        else:
            out.append(s)
    return out


def job_head(j, lang, v):
    at = LABELS[lang]["at"]
    forms = [
        "%s — %s, %s" % (j["title"], j["company"], j["city"]),
        "%s | %s" % (j["company"], j["title"]),
        "%s %s %s (%s)" % (j["title"], at, j["company"], j["city"]),
        "%s, %s" % (j["company"], j["title"]),
    ]
    return pick(forms, v)


def edu_lines(e, lang, v):
    years = "%s–%s" % (_ym(e["start"])[0], _ym(e["end"])[0]) if e["start"] else str(_ym(e["end"])[0])
    forms = [
        ["%s, %s" % (e["degree"], e["school"]), "%s · %s" % (years, e["city"])],
        ["%s  %s — %s, %s" % (years, e["degree"], e["school"], e["city"])],
        ["%s" % e["school"], "%s (%s)" % (e["degree"], years)],
    ]
    lines = pick(forms, v)
    if e.get("note"):
        lines = lines + [e["note"]]
    return lines


def skills_blocks(p, lang, v):
    if p["skills"] and isinstance(p["skills"][0], tuple):
        if v % 2 == 0:
            return [("line", kv(lang, g, ", ".join(items))) for g, items in p["skills"]]
        return [("bullets", [kv(lang, g, ", ".join(items)) for g, items in p["skills"]])]
    if v % 2 == 0:
        return [("bullets", list(p["skills"]))]
    return [("line", ", ".join(p["skills"]))]


# --------------------------------------------------------------------------
# resume styles (blocks)


def resume_classic(p, lang, v=0):
    lb = L(lang)
    b = [("title", p["name"])]
    if p.get("headline"):
        b.append(("line", p["headline"]))
    b.append(("line", contact_line(p, v)))
    if p.get("summary"):
        b += [("heading", pick(lb["profile"], v)), ("para", p["summary"])]
    b.append(("heading", pick(lb["experience"], v)))
    for j in p["jobs"]:
        b.append(("line", job_head(j, lang, v)))
        b.append(("line", dr(j, lang, v)))
        if j["bullets"]:
            b.append(("bullets", j["bullets"]))
        elif j["desc"]:
            b.append(("para", j["desc"]))
    b.append(("heading", pick(lb["education"], v)))
    for e in p["edu"]:
        b += [("line", x) for x in edu_lines(e, lang, v)]
    if p["skills"]:
        b.append(("heading", pick(lb["skills"], v)))
        b += skills_blocks(p, lang, v)
    if p["certs"]:
        b += [("heading", pick(lb["certs"], v)), ("bullets", p["certs"])]
    if p["langs"]:
        b += [("heading", pick(lb["languages"], v)), ("line", lang_line(p, lang))]
    if p.get("interests"):
        b += [("heading", p["interests"][0]), ("line", p["interests"][1])]
    return b


def resume_tabular(p, lang, v=0):
    """German-style tabular CV: personal data block, dates on the left, place and date at the end."""
    lb = L(lang)
    b = [("title", pick(lb["cv"], v)), ("heading", pick(lb["personal"], v))]
    b.append(("line", kv(lang, lb["name"], p["name"])))
    if p.get("address"):
        b.append(("line", kv(lang, lb["address"], p["address"])))
    b.append(("line", kv(lang, lb["phone"], p["phone"])))
    b.append(("line", kv(lang, lb["email"], p["email"])))
    if p.get("born"):
        b.append(("line", kv(lang, lb["born"], p["born"])))
    if p.get("nationality"):
        b.append(("line", kv(lang, lb["nationality"], p["nationality"])))
    b.append(("heading", pick(lb["experience"], v)))
    for j in p["jobs"]:
        b.append(("line", "%s    %s" % (dr(j, lang, v), j["title"])))
        b.append(("line", "%s, %s" % (j["company"], j["city"])))
        if j["bullets"]:
            b.append(("bullets", j["bullets"]))
    b.append(("heading", pick(lb["education"], v)))
    for e in p["edu"]:
        b += [("line", x) for x in edu_lines(e, lang, 1)]
    if p["certs"]:
        b += [("heading", pick(lb["certs"], v)), ("bullets", p["certs"])]
    b.append(("heading", pick(lb["skills"], v)))
    b += skills_blocks(p, lang, 0)
    b.append(("heading", pick(lb["languages"], v)))
    b += [("line", kv(lang, n, lv)) if lv else ("line", n) for n, lv in p["langs"]]
    if p.get("signoff"):
        b.append(("line", p["signoff"]))
    return b


def resume_compact(p, lang, v=0):
    lb = L(lang)
    b = [("title", "%s — %s" % (p["name"], p["headline"]) if p.get("headline") else p["name"])]
    b.append(("line", contact_line(p, v + 1)))
    if p.get("summary"):
        b.append(("para", p["summary"]))
    b.append(("heading", pick(lb["skills"], v)))
    b.append(("line", " · ".join(skills_flat(p))))
    b.append(("heading", pick(lb["experience"], v)))
    for j in p["jobs"]:
        b.append(("line", "%s | %s | %s" % (j["company"], j["title"], dr(j, lang, v))))
        if j["bullets"]:
            b.append(("bullets", j["bullets"]))
        elif j["desc"]:
            b.append(("para", j["desc"]))
    b.append(("heading", pick(lb["education"], v)))
    for e in p["edu"]:
        b += [("line", x) for x in edu_lines(e, lang, 1)]
    b.append(("heading", pick(lb["languages"], v)))
    b.append(("line", lang_line(p, lang)))
    return b


def resume_skills_first(p, lang, v=0):
    lb = L(lang)
    b = [("title", p["name"])]
    if p.get("headline"):
        b.append(("line", p["headline"]))
    b.append(("line", contact_line(p, v)))
    if p.get("summary"):
        b.append(("para", p["summary"]))
    b.append(("heading", pick(lb["skills"], v + 2)))
    b += skills_blocks(p, lang, 1)
    b.append(("heading", pick(lb["experience"], v + 2)))
    for j in p["jobs"]:
        b.append(("line", "%s  ·  %s" % (dr(j, lang, v), j["city"])))
        b.append(("line", "%s — %s" % (j["title"], j["company"])))
        if j["desc"]:
            b.append(("para", j["desc"]))
        if j["bullets"]:
            b.append(("bullets", j["bullets"]))
    b.append(("heading", pick(lb["education"], v + 2)))
    for e in p["edu"]:
        b += [("line", x) for x in edu_lines(e, lang, 0)]
    if p["certs"]:
        b += [("heading", pick(lb["certs"], v + 1)), ("bullets", p["certs"])]
    b += [("heading", pick(lb["languages"], v)), ("bullets", ["%s — %s" % (n, lv) for n, lv in p["langs"]])]
    return b


def resume_long_about(p, lang, v=0):
    lb = L(lang)
    b = [("title", p["name"]), ("line", contact_line(p, v))]
    b.append(("heading", pick(lb["about"], v)))
    b += [("para", x) for x in p["about_long"]]
    rest = resume_classic(dict(p, summary=None, headline=None), lang, v)
    # drop the title and the contact line of the classic layout
    return b + rest[2:]


def resume_noheadings(p, lang, v=0):
    """Little structure: no headings, a contact line, one line per job, skills and languages as lines."""
    lb = L(lang)
    b = [("title", p["name"]), ("line", contact_line(p, v + 1))]
    if p.get("summary"):
        b.append(("para", p["summary"]))
    for j in p["jobs"]:
        b.append(("line", kv(lang, dr(j, lang, v), "%s, %s" % (j["title"], j["company"]))))
        if j["desc"]:
            b.append(("para", j["desc"]))
        elif j["bullets"]:
            b.append(("para", " ".join(x.rstrip(".") + "." for x in j["bullets"])))
    for e in p["edu"]:
        b.append(("line", "%s, %s, %s" % (e["degree"], e["school"], _ym(e["end"])[0])))
    b.append(("line", kv(lang, lb["skills_line"], ", ".join(skills_flat(p)))))
    b.append(("line", kv(lang, lb["languages_line"], lang_line(p, lang))))
    return b


def resume_jsonresume(p, lang, v=0):
    basics = {
        "name": p["name"],
        "label": p.get("headline", ""),
        "email": p["email"],
        "phone": p["phone"],
        "location": {"city": p["city"].split(",")[0], "countryCode": p.get("country", "")},
        "summary": p.get("summary", ""),
    }
    if p.get("link"):
        basics["profiles"] = [{"network": "LinkedIn", "url": "https://" + p["link"]}]
    work = []
    for j in p["jobs"]:
        w = {"name": j["company"], "position": j["title"], "location": j["city"],
             "startDate": iso(j["start"])}
        if j["end"] is not None:
            w["endDate"] = iso(j["end"])
        if j["desc"]:
            w["summary"] = j["desc"]
        if j["bullets"]:
            w["highlights"] = j["bullets"]
        work.append(w)
    education = [{"institution": e["school"], "studyType": e["degree"].split(" ")[0],
                  "area": e.get("area") or (e["degree"].split(" ", 1) + [e["degree"]])[1],
                  "startDate": iso(e["start"]),
                  "endDate": iso(e["end"])} for e in p["edu"]]
    if p["skills"] and isinstance(p["skills"][0], tuple):
        skills = [{"name": g, "keywords": items} for g, items in p["skills"]]
    else:
        skills = [{"name": s} for s in p["skills"]]
    data = {"basics": basics, "work": work, "education": education, "skills": skills,
            "languages": [{"language": n, "fluency": lv} for n, lv in p["langs"]]}
    if p["certs"]:
        data["certificates"] = [{"name": c} for c in p["certs"]]
    return data


# --------------------------------------------------------------------------
# work experience styles


def we_bullets(p, lang, v=0, title=True):
    lb = L(lang)
    b = []
    if title:
        b.append(("title", pick(lb["experience"], v)))
    for j in p["jobs"]:
        b.append(("heading", "%s · %s" % (j["title"], j["company"]) if v % 2 == 0
                  else "%s — %s" % (j["company"], j["title"])))
        b.append(("line", "%s · %s" % (dr(j, lang, v), j["city"])))
        if j["bullets"]:
            b.append(("bullets", j["bullets"]))
        if j["desc"] and (v % 3 == 1 or not j["bullets"]):
            b.append(("para", j["desc"]))
    return b


def we_lines(p, lang, v=0, title=True):
    lb = L(lang)
    b = []
    if title:
        b.append(("title", pick(lb["experience"], v + 1)))
    for j in p["jobs"]:
        b.append(("line", "%s | %s | %s, %s" % (dr(j, lang, v), j["title"], j["company"], j["city"])))
        if j["desc"]:
            b.append(("para", j["desc"]))
        elif j["bullets"]:
            b.append(("bullets", j["bullets"]))
    return b


def we_prose(p, lang, v=0, title=None):
    b = []
    if title:
        b.append(("title", title))
    for j in p["jobs"]:
        b.append(("para", j["prose"]))
    return b


def we_csv_linkedin(p, lang, v=0):
    rows = []
    for j in p["jobs"]:
        rows.append({
            "Company Name": j["company"],
            "Title": j["title"],
            "Description": j["desc"] or ". ".join(x.rstrip(".") for x in j["bullets"]) + ".",
            "Location": j["city"],
            "Started On": fdate(j["start"], "en", "mon"),
            "Finished On": fdate(j["end"], "en", "mon") if j["end"] else "",
        })
    return rows


CSV_HEADERS = {
    "en": ["employer", "job_title", "start", "end", "location", "summary"],
    "de": ["Arbeitgeber", "Position", "Von", "Bis", "Ort", "Tätigkeiten"],
    "fr": ["Entreprise", "Poste", "Début", "Fin", "Ville", "Missions"],
    "es": ["Empresa", "Puesto", "Inicio", "Fin", "Ciudad", "Funciones"],
}


def we_csv_local(p, lang, v=0):
    h = CSV_HEADERS[lang]
    style = "mY" if v % 2 == 0 else "iso"
    rows = []
    for j in p["jobs"]:
        end = fdate(j["end"], lang, style) if j["end"] else pick(LABELS[lang]["present"], v)
        rows.append({h[0]: j["company"], h[1]: j["title"], h[2]: fdate(j["start"], lang, style),
                     h[3]: end, h[4]: j["city"], h[5]: j["desc"] or "; ".join(j["bullets"])})
    return rows


WE_KEYS = {
    "en": ("company", "title", "from", "to", "location", "responsibilities", "experience"),
    "de": ("arbeitgeber", "position", "von", "bis", "ort", "aufgaben", "berufserfahrung"),
    "fr": ("entreprise", "poste", "debut", "fin", "lieu", "missions", "experiences"),
    "es": ("empresa", "puesto", "desde", "hasta", "ciudad", "funciones", "experiencia"),
}


def we_data(p, lang, v=0):
    """v=0: a bare list, English keys; v=1: {"work_experience": [...]}, ISO dates, current flag;
    v=2: localized keys under a localized root key."""
    if v % 3 == 0:
        return [{"company": j["company"], "title": j["title"], "location": j["city"],
                 "start": iso(j["start"]), "end": iso(j["end"]),
                 "description": j["desc"] or "; ".join(j["bullets"])} for j in p["jobs"]]
    if v % 3 == 1:
        out = []
        for j in p["jobs"]:
            d = {"employer": j["company"], "position": j["title"], "city": j["city"],
                 "start_date": iso(j["start"]), "end_date": iso(j["end"]),
                 "current": j["end"] is None}
            if j["bullets"]:
                d["highlights"] = j["bullets"]
            if j["desc"]:
                d["summary"] = j["desc"]
            out.append(d)
        return {"work_experience": out}
    k = WE_KEYS[lang]
    out = []
    for j in p["jobs"]:
        out.append({k[0]: j["company"], k[1]: j["title"], k[2]: iso(j["start"]),
                    k[3]: iso(j["end"]) if j["end"] else pick(LABELS[lang]["present"], 0),
                    k[4]: j["city"], k[5]: j["bullets"] or [j["desc"]]})
    return {k[6]: out}


# --------------------------------------------------------------------------
# role preference styles

PREF_ORDER = ["roles", "salary", "mode", "locations", "relocation", "notice", "start",
              "company_size", "industries", "avoid", "contract", "hours", "visa", "travel"]


def _pref_text(pr, key):
    val = pr.get(key)
    if val is None:
        return None
    if isinstance(val, (list, tuple)):
        return ", ".join(val)
    return str(val)


def prefs_bullets(p, lang, v=0, title=True):
    lb = L(lang)
    pr = p["prefs"]
    b = []
    if title:
        b.append(("title", pick(lb["prefs_title"], v)))
    items = []
    for key in PREF_ORDER:
        t = _pref_text(pr, key)
        if t:
            items.append(kv(lang, pick(lb["pref"][key], v), t))
    b.append(("bullets", items))
    if pr.get("note"):
        b.append(("para", pr["note"]))
    return b


def prefs_grouped(p, lang, v=0):
    lb = L(lang)
    pr = p["prefs"]
    groups = [["roles", "industries", "company_size", "avoid"],
              ["salary", "contract", "hours"],
              ["mode", "locations", "relocation", "travel", "notice", "start", "visa"]]
    b = [("title", "%s — %s" % (pick(lb["prefs_title"], v), p["name"]))]
    for name, keys in zip(lb["groups"], groups):
        lines = []
        for key in keys:
            t = _pref_text(pr, key)
            if t:
                lines.append(("line", kv(lang, pick(lb["pref"][key], v), t)))
        if lines:
            b.append(("heading", name))
            b += lines
    if pr.get("note"):
        b.append(("para", pr["note"]))
    return b


def prefs_qa(p, lang, v=0, title=None):
    lb = L(lang)
    pr = p["prefs"]
    b = []
    if title:
        b.append(("title", title))
    for key in ["roles", "salary", "mode", "locations", "relocation", "notice", "start",
                "company_size", "industries", "contract", "visa"]:
        ans = pr.get("qa_" + key) or _pref_text(pr, key)
        if ans:
            b.append(("heading", pick(lb["qa"][key], v)))
            b.append(("para", ans))
    return b


PREF_KEYS_LOCAL = {
    "en": {"roles": "target_roles", "salary": "salary_expectation", "mode": "work_model",
           "locations": "preferred_locations", "relocation": "relocation", "notice": "notice_period",
           "start": "available_from", "company_size": "company_size", "industries": "industries",
           "contract": "contract_type", "visa": "work_authorization"},
    "de": {"roles": "wunschposition", "salary": "gehaltsvorstellung", "mode": "arbeitsmodell",
           "locations": "wunschorte", "relocation": "umzugsbereitschaft", "notice": "kündigungsfrist",
           "start": "verfügbar_ab", "company_size": "unternehmensgröße", "industries": "branchen",
           "contract": "anstellungsart", "visa": "arbeitserlaubnis"},
    "fr": {"roles": "poste_recherche", "salary": "pretentions_salariales", "mode": "teletravail",
           "locations": "localisation", "relocation": "mobilite", "notice": "preavis",
           "start": "disponibilite", "company_size": "taille_entreprise", "industries": "secteurs",
           "contract": "type_contrat", "visa": "autorisation_travail"},
    "es": {"roles": "puesto_deseado", "salary": "expectativa_salarial", "mode": "modalidad",
           "locations": "ubicacion", "relocation": "reubicacion", "notice": "preaviso",
           "start": "incorporacion", "company_size": "tamano_empresa", "industries": "sectores",
           "contract": "tipo_contrato", "visa": "permiso_trabajo"},
}


def prefs_data(p, lang, v=0):
    """v=0: English snake_case with numbers; v=1: camelCase, flat; v=2: localized keys, text values;
    v=3: nested under candidate/preferences."""
    pr = p["prefs"]
    v = v % 4
    if v == 0:
        d = {"desired_roles": list(pr["roles"])}
        if pr.get("salary_min"):
            d["salary"] = {"min": pr["salary_min"], "max": pr.get("salary_max"),
                           "currency": pr.get("currency", "EUR"), "period": pr.get("period", "year")}
        d["work_mode"] = pr.get("mode_key", "hybrid")
        if pr.get("locations"):
            d["locations"] = list(pr["locations"]) if isinstance(pr["locations"], (list, tuple)) else [pr["locations"]]
        if "relocate" in pr:
            d["open_to_relocation"] = pr["relocate"]
        for key, name in (("notice", "notice_period"), ("start", "available_from"),
                          ("company_size", "company_size"), ("contract", "contract_type"),
                          ("visa", "work_authorization")):
            if pr.get(key):
                d[name] = pr[key]
        if pr.get("industries"):
            d["industries"] = list(pr["industries"])
        return d
    if v == 1:
        d = {"targetTitles": list(pr["roles"])}
        if pr.get("salary_min"):
            d["minSalary"] = pr["salary_min"]
            d["currency"] = pr.get("currency", "EUR")
        d["remote"] = pr.get("mode_key") == "remote"
        d["hybrid"] = pr.get("mode_key") == "hybrid"
        if pr.get("locations"):
            d["preferredLocations"] = list(pr["locations"]) if isinstance(pr["locations"], (list, tuple)) else [pr["locations"]]
        if "relocate" in pr:
            d["willingToRelocate"] = pr["relocate"]
        if pr.get("notice"):
            d["noticePeriod"] = pr["notice"]
        if pr.get("start"):
            d["startDate"] = pr["start"]
        if pr.get("industries"):
            d["industries"] = list(pr["industries"])
        if pr.get("contract"):
            d["employmentType"] = pr["contract"]
        return d
    keys = PREF_KEYS_LOCAL[lang]
    d = {}
    for key in ["roles", "salary", "mode", "locations", "relocation", "notice", "start",
                "company_size", "industries", "contract", "visa"]:
        val = pr.get(key)
        if val:
            d[keys[key]] = list(val) if isinstance(val, (list, tuple)) else val
    if v == 2:
        return d
    return {"candidate": p["name"], "preferences": d}


def prefs_csv(p, lang, v=0):
    lb = L(lang)
    pr = p["prefs"]
    if v % 2 == 0:
        rows = []
        heads = {"en": ("field", "value"), "de": ("Kriterium", "Wert"),
                 "fr": ("critère", "valeur"), "es": ("campo", "valor")}[lang]
        for key in PREF_ORDER:
            t = _pref_text(pr, key)
            if t:
                rows.append({heads[0]: pick(lb["pref"][key], 0), heads[1]: t})
        return rows
    keys = PREF_KEYS_LOCAL[lang]
    row = {{"en": "name", "de": "name", "fr": "nom", "es": "nombre"}[lang]: p["name"]}
    for key in ["roles", "salary", "mode", "locations", "relocation", "notice", "start", "contract"]:
        row[keys[key]] = _pref_text(pr, key) or ""
    return [row]


STYLES = {
    "resume_classic": resume_classic,
    "resume_tabular": resume_tabular,
    "resume_compact": resume_compact,
    "resume_skills_first": resume_skills_first,
    "resume_long_about": resume_long_about,
    "resume_noheadings": resume_noheadings,
    "resume_jsonresume": resume_jsonresume,
    "we_bullets": we_bullets,
    "we_lines": we_lines,
    "we_prose": we_prose,
    "we_csv_linkedin": we_csv_linkedin,
    "we_csv_local": we_csv_local,
    "we_data": we_data,
    "prefs_bullets": prefs_bullets,
    "prefs_grouped": prefs_grouped,
    "prefs_qa": prefs_qa,
    "prefs_data": prefs_data,
    "prefs_csv": prefs_csv,
}


def doc(path, type_, fmt, case="-", src=None, v=0, **kw):
    """One planned document.  src: a style name (built from the person) or literal blocks/data."""
    return {"path": path, "type": type_, "fmt": fmt, "case": case, "src": src, "v": v, "kw": kw}
