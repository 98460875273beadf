/// The words, headings and keys that speak for each attachment type, in English, Spanish,
/// German and French, with their weights.
///
/// Weights are points added to a type's score once per distinct term found; strong
/// terms are those that almost never appear in the other types. Everything is lowercase;
/// terms match whole words (``TextFeatures/count(_:)``).
enum ClassifierVocabulary {
    /// Section headings found in resumes and rarely elsewhere. A heading matches when it
    /// is the phrase or starts with it ("formación académica" starts with "formación").
    static let resumeSections: Set<String> = [
        // English
        "education", "skills", "technical skills", "core skills", "key skills", "certifications", "certificates",
        "licenses", "projects", "publications", "awards", "languages", "references", "professional summary",
        "summary", "profile", "objective", "career objective", "interests", "volunteering", "training",
        "qualifications", "contact", "personal details", "tools", "tech stack",
        // Spanish
        "formación", "formacion", "educación", "estudios", "habilidades", "competencias", "aptitudes",
        "conocimientos", "idiomas", "certificaciones", "cursos", "proyectos", "perfil", "perfil profesional",
        "resumen", "datos personales", "contacto", "intereses", "referencias", "publicaciones",
        // German
        "ausbildung", "bildung", "studium", "bildungsweg", "kenntnisse", "fähigkeiten", "kompetenzen",
        "sprachen", "sprachkenntnisse", "zertifikate", "zertifizierungen", "weiterbildung", "weiterbildungen",
        "projekte", "kurzprofil", "profil", "persönliche daten", "kontakt", "interessen", "hobbys",
        "it-kenntnisse", "edv-kenntnisse", "referenzen",
        // French
        "formation", "formations", "études", "compétences", "compétences techniques", "langues",
        "certifications", "projets", "profil professionnel", "centres d'intérêt", "centres d’intérêt",
        "loisirs", "coordonnées", "informations personnelles", "outils", "diplômes",
    ]

    /// Headings that open a list of positions: in a resume and in a work history alike.
    static let experienceSections: Set<String> = [
        "experience", "work experience", "professional experience", "employment", "employment history",
        "work history", "career history", "positions", "relevant experience", "career", "my career",
        "career so far", "my career so far", "mi trayectoria", "mein beruflicher weg", "beruflicher weg",
        "mein werdegang", "mon parcours", "mon parcours professionnel",
        "experiencia", "experiencia laboral", "experiencia profesional", "trayectoria", "trayectoria profesional",
        "historial laboral", "puestos",
        "berufserfahrung", "beruflicher werdegang", "werdegang", "berufliche stationen", "berufliche erfahrung",
        "praxiserfahrung", "stationen",
        "expérience", "expériences", "expérience professionnelle", "expériences professionnelles", "parcours",
        "parcours professionnel", "postes occupés",
    ]

    /// Headings that open what a candidate wants next.
    static let preferenceSections: Set<String> = [
        "preferences", "role preferences", "job preferences", "what i'm looking for", "what i’m looking for",
        "what i am looking for", "ideal role", "next role", "my next role", "desired position", "wishes",
        "preferencias", "lo que busco", "puesto deseado", "mi próximo puesto", "condiciones",
        "präferenzen", "wunschposition", "wünsche", "was ich suche", "rahmenbedingungen", "wunschprofil",
        "préférences", "souhaits", "poste recherché", "ce que je recherche", "mes attentes", "attentes",
    ]

    /// Headings that open a text about the person. In a text without line breaks they
    /// count wherever they stand, so "about me" in a one-line bio still counts.
    static let aboutSections: Set<String> = ["about me", "about", "bio", "biography", "sobre mí", "sobre mi", "acerca de mí",
                                "über mich", "à propos", "à propos de moi", "qui suis-je", "biographie", "biografía"]

    static let resumeTerms: [(String, Double)] = [
        ("curriculum vitae", 3), ("lebenslauf", 3), ("hoja de vida", 3), ("resume", 1.5), ("résumé", 1.5), ("cv", 1),
        ("linkedin.com", 1.5), ("linkedin", 0.8), ("github.com", 1), ("bachelor", 1), ("master of", 1), ("máster", 1),
        ("licenciatura", 1), ("grado en", 1), ("diplom", 1), ("licence", 0.8), ("ingénieur", 0.5), ("university", 0.8),
        ("universidad", 0.8), ("universität", 0.8), ("université", 0.8), ("hochschule", 0.8), ("école", 0.5), ("gpa", 1),
        ("muttersprache", 1.5), ("nativo", 1), ("nativa", 1), ("native", 1), ("langue maternelle", 1.5), ("fließend", 1),
        ("fluent", 1), ("courant", 0.5), ("bilingüe", 1), ("bilingual", 1), ("date of birth", 1.5),
        ("fecha de nacimiento", 1.5), ("geburtsdatum", 1.5), ("permis b", 1), ("führerschein", 1),
        // Language levels of the European framework, as resumes list them.
        ("a2", 0.5), ("b1", 0.8), ("b2", 0.8), ("c1", 0.8), ("c2", 0.8),
    ]

    static let preferenceTerms: [(String, Double)] = [
        // English
        ("salary", 2.5), ("compensation", 2), ("notice period", 3), ("relocation", 2.5), ("relocate", 2.5),
        ("remote", 1.5), ("fully remote", 2), ("hybrid", 1.5), ("on-site", 1), ("onsite", 1), ("desired role", 2.5),
        ("desired roles", 2.5), ("desired", 1), ("preferred", 1.5), ("preference", 2), ("preferences", 2),
        ("looking for", 1.5), ("open to", 1.5), ("willing to", 1.5), ("start date", 1.5), ("earliest start", 2.5),
        ("availability", 1.5), ("available from", 2), ("visa", 1.5), ("sponsorship", 2), ("work authorization", 2.5),
        ("work permit", 2), ("full-time", 1), ("part-time", 1), ("company size", 2.5), ("industries", 1.5),
        ("per year", 1.5), ("per annum", 1.5), ("expectation", 2), ("expectations", 2), ("ideal role", 2.5),
        ("next role", 2.5), ("commute", 1.5), ("benefits", 1), ("equity", 1), ("deal breakers", 2.5), ("must have", 1),
        ("months notice", 2.5), ("months' notice", 2.5), ("weeks notice", 2.5), ("weeks' notice", 2.5), ("notice", 1),
        ("hours per week", 2), ("per month", 1.5), ("i want", 1.5), ("i'd like", 1.5), ("i would like", 1.5), ("i prefer", 2), ("not interested", 2),
        // Spanish
        ("salario", 2.5), ("sueldo", 2.5), ("retribución", 2), ("banda salarial", 3), ("expectativa salarial", 3),
        ("brutos anuales", 2.5), ("teletrabajo", 2), ("en remoto", 2), ("remoto", 1.5), ("híbrido", 1.5),
        ("presencial", 1), ("reubicación", 2.5), ("traslado", 1.5), ("mudarme", 2), ("preaviso", 3),
        ("incorporación", 2), ("disponibilidad", 1.5), ("jornada completa", 1.5), ("media jornada", 1.5),
        ("tipo de contrato", 2), ("contrato indefinido", 2), ("permiso de trabajo", 2), ("busco", 1.5),
        ("me gustaría", 1.5), ("prefiero", 2), ("puesto ideal", 2.5), ("tamaño de empresa", 2.5), ("sectores", 1.5),
        ("no me interesa", 2), ("horas semanales", 2), ("al mes", 1.5), ("a partir de", 0.5), ("deseado", 1.5), ("deseada", 1.5),
        // German
        ("gehalt", 2.5), ("gehaltsvorstellung", 3), ("gehaltswunsch", 3), ("jahresgehalt", 2.5), ("brutto", 1.5),
        ("homeoffice", 2), ("home-office", 2), ("remote-arbeit", 2), ("hybrid", 1.5), ("vor ort", 1),
        ("umzug", 2), ("umziehen", 2), ("kündigungsfrist", 3), ("eintrittstermin", 3), ("verfügbar ab", 2.5),
        ("frühester", 2), ("vollzeit", 1.5), ("teilzeit", 1.5), ("festanstellung", 2), ("arbeitserlaubnis", 2),
        ("ich suche", 1.5), ("suche", 1.5), ("stelle als", 1.5), ("unbefristet", 2), ("befristet", 1.5),
        ("vollzeitstelle", 2), ("teilzeitstelle", 2), ("std./woche", 2), ("stunden pro woche", 2), ("im raum", 1), ("ich möchte", 1.5), ("bevorzuge", 2), ("wunsch", 1.5), ("wünsche", 1.5),
        ("unternehmensgröße", 2.5), ("branchen", 1.5), ("nicht interessiert", 2), ("pendeln", 1.5),
        // French
        ("salaire", 2.5), ("rémunération", 2), ("prétentions salariales", 3), ("brut annuel", 2.5), ("k€", 1.5),
        ("télétravail", 2), ("à distance", 1.5), ("hybride", 1.5), ("sur site", 1), ("mobilité", 1.5),
        ("déménager", 2), ("préavis", 3), ("disponibilité", 1.5), ("disponible à partir", 2.5), ("temps plein", 1.5),
        ("temps partiel", 1.5), ("cdi", 1.5), ("cdd", 1.5), ("dès", 1), ("permis de travail", 2), ("je recherche", 1.5),
        ("je cherche", 1.5), ("cherche", 1.5), ("par mois", 1.5), ("heures par semaine", 2), ("à partir du", 1), ("je souhaite", 1.5), ("souhaité", 1.5), ("souhaitée", 1.5), ("je préfère", 2),
        ("poste idéal", 2.5), ("taille d'entreprise", 2.5), ("taille de l'entreprise", 2.5), ("secteurs", 1.5),
    ]

    static let experienceTerms: [(String, Double)] = [
        ("employer", 2), ("company", 0.8), ("position", 1), ("title", 0.8), ("responsibilities", 1),
        ("end date", 2), ("promoted", 1), ("reporting to", 1), ("team of", 0.8), ("achievements", 1),
        // Positions told as prose: "I worked as", "trabajé como", "war ich … tätig", "j'ai occupé".
        ("worked as", 1.5), ("worked at", 1), ("i joined", 1.5), ("i moved to", 1), ("trabajé", 1.5), ("trabajó", 1.5),
        ("pasé a", 1), ("arbeitete", 1.5), ("tätig", 1.5), ("wechselte", 1.5), ("j'ai travaillé", 1.5),
        ("j’ai travaillé", 1.5), ("j'ai occupé", 1.5), ("j’ai occupé", 1.5), ("a travaillé", 1.5), ("j'ai rejoint", 1.5),
        ("j’ai rejoint", 1.5),
        // A career told in order: "before that", "davor", "antes estuve", "avant cela".
        ("before that", 2), ("prior to that", 2), ("previously", 1), ("after university", 1.5), ("i started my career", 2),
        ("my first job", 1.5), ("davor", 2), ("zuvor", 1.5), ("vorher war", 2), ("angefangen habe ich", 2),
        ("nach dem studium", 1.5), ("antes estuve", 2), ("antes de eso", 2), ("anteriormente", 1.5), ("empecé", 1.5),
        ("comencé", 1.5), ("avant cela", 2), ("auparavant", 1.5), ("j'ai commencé", 1.5), ("j’ai commencé", 1.5),
        ("chez", 0.8), ("en tant que", 1),
        ("empresa", 0.8), ("puesto", 1), ("cargo", 1), ("responsabilidades", 1), ("funciones", 1), ("logros", 1),
        ("equipo de", 0.8), ("ascendido", 1), ("ascendida", 1),
        ("arbeitgeber", 2), ("firma", 0.8), ("unternehmen", 0.5), ("aufgaben", 1), ("tätigkeiten", 1),
        ("verantwortlich für", 1), ("erfolge", 1), ("befördert", 1),
        ("employeur", 2), ("entreprise", 0.5), ("poste", 0.8), ("missions", 1), ("responsabilités", 1),
        ("réalisations", 1), ("équipe de", 0.8), ("promu", 1), ("promue", 1),
    ]

    static let aboutTerms: [(String, Double)] = [
        ("passionate", 1.5), ("i believe", 1.5), ("i love", 1.5),
        ("i enjoy", 1.5), ("outside of work", 2), ("in my free time", 2), ("hobbies", 1), ("grew up", 2),
        ("my journey", 2), ("lives in", 1.5), ("based in", 1), ("spends", 1),
        ("apasionado", 1.5), ("apasionada", 1.5), ("me encanta", 1.5), ("disfruto", 1.5),
        ("tiempo libre", 2), ("creo que", 1), ("crecí", 2), ("vive en", 1.5),
        ("leidenschaft", 1.5), ("begeistert", 1.5), ("freizeit", 1.5), ("aufgewachsen", 2),
        ("lebt in", 1.5), ("mir liegt", 1.5),
        ("passionné", 1.5), ("passionnée", 1.5), ("j'aime", 1.5), ("j’aime", 1.5), ("temps libre", 2),
        ("j'ai grandi", 2), ("j’ai grandi", 2), ("vit à", 1.5),
    ]

    /// How letters open, in the four languages.
    static let letterSalutations = [
        "dear hiring manager", "dear sir or madam", "dear sir/madam", "to whom it may concern", "dear recruiter",
        "estimados señores", "estimada señora", "estimado señor", "a quien corresponda", "a quien pueda interesar",
        "sehr geehrte damen und herren", "sehr geehrte frau", "sehr geehrter herr", "liebes recruiting-team",
        "madame, monsieur", "madame, messieurs", "chère madame", "cher monsieur",
    ]
    /// How letters close, in the four languages.
    static let letterClosings = [
        "kind regards", "yours sincerely", "yours faithfully", "best regards", "sincerely",
        "un cordial saludo", "atentamente", "saludos cordiales", "reciban un cordial saludo",
        "mit freundlichen grüßen", "mit freundlichen grüssen", "beste grüße", "viele grüße",
        "cordialement", "bien cordialement", "je vous prie d'agréer", "je vous prie d’agréer", "veuillez agréer",
    ]

    /// Keys of structured formats (JSON, YAML, CSV) that name a type outright, with `_`
    /// read as a space.
    static let preferenceKeys = [
        "desired roles", "desired role", "desired titles", "target roles", "salary expectation", "salary", "salary range",
        "remote", "work mode", "relocation", "notice period", "locations", "preferred locations", "work authorization",
        "start date", "earliest start date", "available from", "company size", "industries", "employment type",
        "contract type", "visa sponsorship", "deal breakers",
        "puestos deseados", "puesto deseado", "salario", "expectativa salarial", "teletrabajo", "modalidad",
        "reubicación", "preaviso", "ubicaciones", "disponibilidad", "tipo de contrato", "sectores",
        "wunschposition", "gehalt", "gehaltsvorstellung", "homeoffice", "arbeitsmodell", "umzug", "kündigungsfrist",
        "standorte", "verfügbar ab", "vertragsart", "branchen",
        "postes recherchés", "poste recherché", "salaire", "prétentions", "télétravail", "mobilité", "préavis",
        "lieux", "disponibilité", "type de contrat", "secteurs",
    ]
    static let experienceKeys = [
        "employer", "company", "title", "position", "role", "start date", "end date", "start", "end", "from", "to",
        "description", "responsibilities", "highlights",
        "empresa", "puesto", "cargo", "inicio", "fin", "desde", "hasta", "descripción", "funciones",
        "arbeitgeber", "firma", "unternehmen", "titel", "von", "bis", "beschreibung", "aufgaben",
        "employeur", "entreprise", "poste", "début", "date de début", "date de fin", "missions",
    ]
    static let resumeKeys = [
        "education", "skills", "certifications", "email", "phone", "basics", "languages", "work", "projects",
        "formación", "habilidades", "idiomas", "correo", "teléfono", "ausbildung", "kenntnisse", "sprachen",
        "telefon", "formation", "compétences", "langues", "téléphone", "courriel",
    ]
    static let aboutKeys = [
        "bio", "about", "about me", "biography", "summary", "profile", "sobre mí", "biografía", "perfil", "resumen",
        "presentación", "über mich", "profil", "kurzprofil", "biographie", "à propos", "présentation",
    ]

    /// Words that show a text's language, most frequent first, and that rarely mean
    /// anything in the other three languages.
    static let languageWords: [(language: String, words: Set<Substring>)] = [
        ("en", ["the", "and", "of", "to", "with", "for", "is", "in", "my", "at", "as", "i", "have", "on", "from"]),
        ("es", ["el", "la", "los", "las", "y", "de", "que", "con", "para", "en", "del", "una", "es", "por", "mi"]),
        ("de", ["der", "die", "das", "und", "mit", "für", "ist", "ich", "von", "bei", "im", "nicht", "ein", "eine", "zu"]),
        ("fr", ["le", "la", "les", "et", "des", "du", "pour", "avec", "une", "est", "je", "dans", "au", "en", "sur"]),
    ]

    /// The languages of ``languageWords`` each of its words shows ("la" shows Spanish and
    /// French): one lookup per word of a text instead of one per language.
    static let languagesByWord: [Substring: [String]] = {
        var languages: [Substring: [String]] = [:]
        for (language, words) in languageWords {
            for word in words { languages[word, default: []].append(language) }
        }
        return languages
    }()

    /// First-person words, which mark an about text written by the candidate, by language.
    static let firstPersonWords: [String: Set<Substring>] = [
        "en": ["i", "i'm", "i’m", "i've", "i’ve", "my", "me", "myself"],
        "es": ["yo", "mi", "mis", "me", "soy", "tengo", "trabajo", "estoy", "he", "creo"],
        "de": ["ich", "mein", "meine", "meinen", "meiner", "mir", "mich", "bin"],
        "fr": ["je", "j'ai", "j’ai", "j'aime", "j’aime", "mon", "ma", "mes", "moi", "suis"],
    ]
    /// Third-person words, which mark an about text written of the candidate, by language.
    static let thirdPersonWords: [String: Set<Substring>] = [
        "en": ["she", "he", "her", "his", "him", "they", "their"],
        "es": ["ella", "él", "su", "sus", "es", "trabaja", "vive"],
        "de": ["sie", "er", "ihr", "ihre", "sein", "seine", "ist", "arbeitet"],
        "fr": ["elle", "il", "son", "sa", "ses", "est", "travaille"],
    ]
}
