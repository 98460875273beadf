import Foundation
@testable import Intake
import IntakeTesting
import Testing

/// Representative texts of each type in English, Spanish, German and French, as the
/// extractors give them, and the band where the classifier must say it is unsure.
@Suite("TextClassifier in four languages")
struct MultilingualClassifierTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let type: AttachmentType
        let text: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "resume (es)", type: .resume, text: """
            Lucía Fernández Ortega
            lucia.fernandez@correo.es · +34 612 345 678 · Valencia
            Perfil
            Ingeniera de software con ocho años de experiencia en banca.
            Experiencia profesional
            Desarrolladora sénior, Banco Mediterráneo — marzo 2019 – actualidad
            Desarrolladora, Indra — 2015 – 2019
            Formación
            Grado en Ingeniería Informática, Universidad Politécnica de Valencia
            Idiomas
            Español (nativo), inglés (C1)
            """),
        Case(name: "resume (de)", type: .resume, text: """
            Lebenslauf
            Jonas Weber · Musterstraße 4, 80331 München · jonas.weber@mail.de · 0151 2345 6789
            Berufserfahrung
            04/2020 – heute  Softwareentwickler, Siemens AG
            09/2016 – 03/2020  Werkstudent, BMW Group
            Ausbildung
            2012 – 2016  B.Sc. Informatik, Technische Universität München
            Kenntnisse
            Java, Kotlin, SQL
            Sprachen
            Deutsch (Muttersprache), Englisch (fließend)
            """),
        Case(name: "resume (fr), opening with a long profile", type: .resume, text: """
            Claire Martin
            claire.martin@exemple.fr — 06 12 34 56 78
            Profil
            Je suis cheffe de projet digital depuis dix ans. J’aime faire travailler ensemble des équipes très différentes, et je crois qu’un bon projet commence par une bonne écoute des utilisateurs et de leurs contraintes.
            Expérience professionnelle
            Cheffe de projet, Orange — sept. 2018 – aujourd’hui
            Chargée de communication, Decathlon — 2014 – 2018
            Formation
            Master Communication, Université Lumière Lyon 2
            Compétences
            Gestion de projet, Jira, budget
            """),
        Case(name: "role preferences (es)", type: .rolePreferences, text: """
            Preferencias
            Puesto deseado: Jefa de producto
            Modalidad: teletrabajo o híbrido (máx. 2 días en oficina)
            Salario: 55.000 € brutos anuales
            Preaviso: 1 mes
            No me interesa el sector del juego.
            """),
        Case(name: "role preferences (de), mentioning past jobs", type: .rolePreferences, text: """
            Nach sechs Jahren bei der Deutschen Bahn suche ich eine Stelle als Teamleiter im Bereich Logistik.
            Gehaltsvorstellung: 75.000 € brutto im Jahr. Homeoffice zwei Tage pro Woche wäre ideal.
            Kündigungsfrist: 3 Monate zum Quartalsende. Einen Umzug nach Hamburg kann ich mir vorstellen.
            """),
        Case(name: "role preferences (fr), YAML keys", type: .rolePreferences, text: """
            postes recherchés:
            Responsable RH
            télétravail: partiel
            salaire: 48 k€
            préavis: 2 mois
            mobilité: Lyon, Grenoble
            """),
        Case(name: "role preferences (en), one short line", type: .rolePreferences, text: "Looking for remote backend roles, 90k+, 1 month notice."),
        Case(name: "work experiences (en), CSV rows", type: .workExperiences, text: """
            employer: Acme Corp
            title: Data Engineer
            start: 2019
            end: 2023

            employer: Initech
            title: Analyst
            start: 2016
            end: 2019
            """),
        Case(name: "work experiences (es)", type: .workExperiences, text: """
            Experiencia laboral
            2020 – actualidad · Responsable de almacén · Mercadona, Valencia
            Coordinación de un equipo de 12 personas y control de inventario.
            2016 – 2020 · Mozo de almacén · DHL, Madrid
            Preparación de pedidos y carga de camiones.
            """),
        Case(name: "work experiences (de), prose", type: .workExperiences, text: """
            Von 2014 bis 2018 war ich bei der Allianz in Köln als Sachbearbeiter tätig.
            Von 2018 bis 2021 arbeitete ich als Teamleiter bei der Ergo in Düsseldorf.
            Seit 04/2021 bin ich Abteilungsleiter bei der HUK-Coburg.
            """),
        Case(name: "work experiences (fr), on one line", type: .workExperiences, text: "Expériences professionnelles 2018–ce jour | Technicienne de maintenance | Airbus, Toulouse. 2014–2018 | Technicienne SAV | Thales, Bordeaux. 2011–2014 | Apprentie électricienne | Vinci, Pau."),
        Case(name: "work experiences (fr), a career told in the first person on one line", type: .workExperiences, text: "J'ai commencé en 2008 comme serveuse dans une brasserie de Nancy. En 2012 je suis entrée chez Accor comme réceptionniste, puis en 2015 j'ai pris la direction de l'accueil d'un hôtel de 120 chambres à Metz. Depuis 2020, je suis responsable d'hébergement chez Pierre et Vacances à Annecy, avec une équipe de quinze personnes."),
        Case(name: "about (es), prose on one line naming school subjects and projects", type: .about, text: "Soy profesor de Educación Física y me encanta el trabajo por proyectos con adolescentes. Llevo doce años en institutos de Castilla y León y creo que el deporte enseña a convivir mejor que cualquier sermón. En mi tiempo libre entreno a un equipo de baloncesto femenino."),
        Case(name: "role preferences (de), a short line of compounds", type: .rolePreferences, text: "Suche Vollzeitstelle als Elektroniker, unbefristet, 40 Std./Woche, im Raum Stuttgart."),
        Case(name: "about (en), third person", type: .about, text: """
            Maya Okafor is a product designer based in Leeds who has spent the last decade making public services easier to use. She is happiest in a room with the people who will use what she designs, and her work on the city's housing portal cut calls to the help line by a third. Outside of work she teaches pottery on Tuesday evenings.
            """),
        Case(name: "about (es), short", type: .about, text: "Cocinero donostiarra. Producto, fuego y mucho respeto por el pescado."),
        Case(name: "about (de), first person", type: .about, text: """
            Über mich
            Ich bin Erzieherin aus Leidenschaft und arbeite seit vielen Jahren mit Kindern im Vorschulalter. Mir liegt am Herzen, dass jedes Kind in seinem eigenen Tempo lernen darf. In meiner Freizeit singe ich im Chor und wandere gern im Schwarzwald.
            """),
        Case(name: "about (fr), with a year", type: .about, text: """
            Je suis boulangère depuis 2009. J’aime le travail de nuit, le calme du fournil et le moment où la première fournée sort du four. Passionnée de levain, je partage mes recettes avec les apprentis.
            """),
    ]

    @Test("each text gets its type, with a confidence above the default minimum", arguments: cases)
    func classifies(_ testCase: Case) {
        let classification = TextClassifier().classify(testCase.text)
        #expect(classification.type == testCase.type, "evidence: \(classification.evidence.prefix(5))")
        #expect(classification.confidence >= Classify.defaultMinimumConfidence, "evidence: \(classification.evidence.prefix(5))")
        TextClassifierTests.expectWellFormed(classification)
    }

    @Test("the language of a text is told by its short words", arguments: [
        ("I have worked with the team for years and I like it.", "en"),
        ("He trabajado con el equipo de ventas y me gusta la empresa.", "es"),
        ("Ich habe mit dem Team gearbeitet und es ist eine gute Firma.", "de"),
        ("J'ai travaillé avec les équipes de vente et je suis content.", "fr"),
    ])
    func language(_ text: String, _ language: String) {
        #expect(TextFeatures(text: text).language == language)
    }

    @Test("date ranges of each language are found", arguments: [
        ("03/2019 – heute Entwickler", "03/2019 – heute"),
        ("d'octobre 2018 à juin 2021 chez Orange", "octobre 2018 à juin 2021"),
        ("marzo 2019 – actualidad", "marzo 2019 – actualidad"),
        ("von 2016 bis 2019", "2016 bis 2019"),
        ("seit 04/2021 bei Bosch", "seit 04/2021"),
        ("desde marzo de 2020", "desde marzo de 2020"),
    ])
    func dateRanges(_ line: String, _ expected: String) {
        #expect(TextFeatures(text: line).dateRanges == [expected])
    }

    @Test("sums of money are found in the forms candidates write", arguments: [
        "€120k base", "50k + variable", "ab 3.800 brutto", "2 800 € net", "$95,000 per year", "48 k€",
    ])
    func amounts(_ text: String) {
        #expect(!TextFeatures(text: text).amounts.isEmpty)
    }

    /// Two types' signals in near-equal measure: a wish beside a list of positions.
    static let mixed = """
        Open to remote roles, visa needed
        2019 - 2021 Acme
        2016 - 2019 Initech
        """

    @Test("a text whose signals split between two types falls in the unsure band and is skipped, naming both")
    func unsureBand() async throws {
        let classification = TextClassifier().classify(Self.mixed)
        #expect(classification.confidence < Classify.defaultMinimumConfidence, "evidence: \(classification.evidence)")
        let types = Set([classification.type, classification.runnerUp])
        #expect(types == [.rolePreferences, .workExperiences])

        var document = Document(file: InputFile(url: URL(filePath: "/tmp/mixed.txt")))
        document.text = Self.mixed
        let (result, _) = try await StageHarness(Classify()).run(on: document)
        let reason = try #require(result.skipReason)
        #expect(reason.code == "unsure")
        #expect(reason.message.contains("role_preferences"))
        #expect(reason.message.contains("work_experiences"))
    }
}
