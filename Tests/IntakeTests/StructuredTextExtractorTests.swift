import Foundation
@testable import Intake
import IntakeTestFixtures
import Testing

/// CSV and YAML read as the `key: value` lines that JSON gives, each reading a real file.
@Suite("CSV and YAML extractors")
struct StructuredTextExtractorTests {
    static func extract(_ extractor: some TextExtractor, mimeType: String, bytes: Data, name: String) async throws -> ExtractedText {
        let folder = try TemporaryFolder()
        _ = try folder.write(name, bytes: bytes)
        return try await extractor.extract(from: try folder.inputFile(name), mimeType: mimeType, context: testContext)
    }

    @Test("CSV: each row becomes column: value lines under the header, rows apart")
    func csvRows() async throws {
        let csv = "employer,job_title,start,end\nAcme GmbH,Engineer,2019,2021\n\"Beta, Inc.\",\"Lead \"\"Data\"\" Engineer\",2021,\n"
        let extracted = try await Self.extract(CSVTextExtractor(), mimeType: "text/csv", bytes: Data(csv.utf8), name: "jobs.csv")
        #expect(extracted.text == """
            employer: Acme GmbH
            job title: Engineer
            start: 2019
            end: 2021

            employer: Beta, Inc.
            job title: Lead "Data" Engineer
            start: 2021
            """)
        #expect(extracted.notes.contains { $0.contains("CSV of 2 rows under 4 columns") })
    }

    @Test("CSV: semicolons and tabs are found as separators, quoted line breaks kept, Latin-1 decoded")
    func csvSeparators() async throws {
        let semicolons = "Empresa;Puesto;Desde\r\nTelefónica;Analista;2018\r\n"
        let latin1 = semicolons.data(using: .isoLatin1)!
        let fromSemicolons = try await Self.extract(CSVTextExtractor(), mimeType: "text/csv", bytes: latin1, name: "puestos.csv")
        #expect(fromSemicolons.text == "Empresa: Telefónica\nPuesto: Analista\nDesde: 2018")

        let tabs = "Arbeitgeber\tAufgaben\nSiemens\t\"Planung\nund Bau\"\n"
        let fromTabs = try await Self.extract(CSVTextExtractor(), mimeType: "text/tab-separated-values", bytes: Data(tabs.utf8), name: "stationen.tsv")
        #expect(fromTabs.text == "Arbeitgeber: Siemens\nAufgaben: Planung\nund Bau")
    }

    @Test("CSV: 32 MiB of commas is read up to the cell limit, not held as 32 million fields")
    func csvOfCommas() async throws {
        let commas = Data(repeating: UInt8(ascii: ","), count: 32 << 20)
        let extracted = try await Self.extract(CSVTextExtractor(), mimeType: "text/csv", bytes: commas, name: "bomb.csv")
        #expect(extracted.notes.contains("read the first \(CSVTextExtractor.maximumCells) cells only; the rest of the file is not read"))
        let (rows, complete) = CSVTextExtractor.rows(of: "a,b\nc,d\ne,f\n", separator: ",", maximumCells: 3)
        #expect(!complete)
        #expect(rows == [["a", "b"], ["c"]])
    }

    @Test("JSON: an array of 16 million numbers is counted, not parsed")
    func jsonOfNumbers() async throws {
        var json = Data("[".utf8)
        json.append(Data(String(repeating: "1,", count: 16_000_000 - 1).utf8))
        json.append(Data("1]".utf8))
        let extracted = try await Self.extract(JSONTextExtractor(), mimeType: "application/json", bytes: json, name: "numbers.json")
        #expect(extracted.notes == ["JSON of more than \(JSONTextExtractor.maximumValues) values is not parsed; read as plain text"])
        #expect(JSONTextExtractor.holdsAtMost(4, valuesIn: #"{"a": [1, "x,y:z"]}"#.utf8), "the comma and colon inside the string do not count")
        #expect(!JSONTextExtractor.holdsAtMost(3, valuesIn: #"{"a": [1, "x,y:z"]}"#.utf8))
    }

    @Test("CSV: a single line is read as that line")
    func csvSingleLine() {
        #expect(CSVTextExtractor.text(ofRows: CSVTextExtractor.rows(of: "a,b,c", separator: ",").rows) == "a b c")
    }

    @Test("YAML: keys lose underscores and indentation, comments and quotes go, lists of mappings become records")
    func yamlLines() async throws {
        let yaml = """
            # what I want next
            ---
            desired_roles:
              - Staff engineer   # or principal
              - "Tech lead"
            salary_expectation: '120k EUR'
            remote: true
            locations: [Berlin, "Munich"]
            note: |
              Happy to relocate
              within the EU.
            positions:
              - employer: Acme
                title: Engineer
              - employer: Beta
                title: Lead
            url: "https://example.com/#anchor"
            """
        let extracted = try await Self.extract(YAMLTextExtractor(), mimeType: "application/yaml", bytes: Data(yaml.utf8), name: "prefs.yaml")
        #expect(extracted.text == """
            desired roles:
            Staff engineer
            Tech lead
            salary expectation: 120k EUR
            remote: true
            locations: Berlin, Munich
            note:
            Happy to relocate
            within the EU.
            positions:

            employer: Acme
            title: Engineer

            employer: Beta
            title: Lead
            url: https://example.com/#anchor
            """)
    }

    @Test("the built-in extractors take CSV and YAML types, and RTF-like text stays with its own")
    func builtInsTakeTheTypes() {
        let extract = ExtractText()
        #expect(extract.extractors.first { $0.canExtract(mimeType: "text/csv") }?.name == "csv")
        #expect(extract.extractors.first { $0.canExtract(mimeType: "application/yaml") }?.name == "yaml")
        #expect(extract.extractors.first { $0.canExtract(mimeType: "application/json") }?.name == "json")
    }
}
