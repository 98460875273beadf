/// Finds date ranges in a lowercased line, by hand: "mar 2019 – present", "03/2019 - heute",
/// "octobre 2018 à juin 2021", "2016 bis 2019", and open ones: "seit 04/2021", "desde marzo
/// de 2020".
///
/// It finds what these two patterns find, leftmost first and without overlap:
///
///     closed: DATE \s{0,3} (-|–|—|~|‐|‑|−|to|until|till|bis|a|al|hasta|à|au|jusqu'à|jusqu’à|jusqu'en|jusqu’en) \s{0,3} (DATE|NOW)
///     open:   \b(since|seit|desde|depuis) \s+ DATE
///     DATE:   (\bMONTH \p{L}{0,7} \.? \s+ (de\s+)? | \d{1,2}[/.])? (19|20)\d{2}
///
/// where MONTH is the first three letters of a month in one of the four languages and NOW
/// a word for "now". They were regular expressions; on the lines of a long manual that
/// name years, matching them was most of the classifier's time. Written out, each part of
/// a pattern has at most one way to match at a given place, so the scan never backtracks
/// further than trying the next word for "to".
///
/// It reads Unicode scalars: a letter, a digit or a space is what the scalar's properties
/// say. (A decomposed accent is two scalars, so "fe\u{301}v" is not read as "fév"; text
/// from the extractors comes composed.)
enum DateRangeScanner {
    /// The closed ranges of `line`, then its open ranges, as the text they span.
    static func ranges(in line: Substring) -> [String] {
        let scalars = Array(line.unicodeScalars)
        return spans(of: closedRange, in: scalars) + spans(of: openRange, in: scalars)
    }

    /// Whether `text` holds a closed range.
    static func containsClosedRange(_ text: Substring) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.contains { closedRange(scalars, $0) != nil }
    }

    private typealias Matcher = ([Unicode.Scalar], Int) -> Int?

    /// Every leftmost, non-overlapping match of `matcher`.
    private static func spans(of matcher: Matcher, in scalars: [Unicode.Scalar]) -> [String] {
        var found: [String] = []
        var start = 0
        while start < scalars.count {
            if let end = matcher(scalars, start) {
                found.append(String(String.UnicodeScalarView(scalars[start..<end])))
                start = end
            } else {
                start += 1
            }
        }
        return found
    }

    // The first letters of a month: English, Spanish, German and French.
    private static let monthStarts: [[Unicode.Scalar]] = [
        "jan", "feb", "fév", "fev", "mar", "mär", "apr", "abr", "avr", "may", "mai", "jun", "jui", "jul",
        "aug", "ago", "aoû", "aou", "sep", "set", "oct", "okt", "nov", "dec", "dic", "dez", "déc", "ene",
    ].map { Array($0.unicodeScalars) }
    private static let monthInitials = Set(monthStarts.map { $0[0] })
    // The words between the two ends, in the order they are tried: "a" before "al" and
    // "au", so "2019 al 2020" ends with "al" only because "a" leaves "l 2020" unmatched.
    // Besides the dashes, the tilde ("2015 ~ 2016") and the hyphen and minus scalars that
    // PDFs and OCR give for a dash.
    private static let toWords: [[Unicode.Scalar]] = [
        "-", "–", "—", "~", "\u{2010}", "\u{2011}", "\u{2212}", "to", "until", "till", "bis", "a", "al", "hasta", "à", "au",
        "jusqu'à", "jusqu’à", "jusqu'en", "jusqu’en",
    ].map { Array($0.unicodeScalars) }
    // Words for "now", in the order they are tried ("present" before "presente").
    private static let nowWords: [[Unicode.Scalar]] = [
        "present", "current", "now", "today", "heute", "aktuell", "jetzt", "dato", "actualidad", "actual",
        "presente", "hoy", "la actualidad", "aujourd'hui", "aujourd’hui", "présent", "ce jour", "en cours",
    ].map { Array($0.unicodeScalars) }
    private static let sinceWords: [[Unicode.Scalar]] = ["since", "seit", "desde", "depuis"].map { Array($0.unicodeScalars) }

    /// DATE \s{0,3} TO \s{0,3} (DATE | NOW): the end of a closed range starting at `start`.
    private static func closedRange(_ scalars: [Unicode.Scalar], _ start: Int) -> Int? {
        guard let dateEnd = date(scalars, start) else { return nil }
        guard let toStart = spaces(scalars, dateEnd, atMost: 3) else { return nil }
        for word in toWords {
            guard let wordEnd = literal(word, scalars, toStart), let nextStart = spaces(scalars, wordEnd, atMost: 3) else { continue }
            if let end = date(scalars, nextStart) { return end }
            for now in nowWords {
                if let end = literal(now, scalars, nextStart) { return end }
            }
        }
        return nil
    }

    /// \b(since|seit|desde|depuis)\s+DATE: the end of an open range starting at `start`.
    private static func openRange(_ scalars: [Unicode.Scalar], _ start: Int) -> Int? {
        guard isWordBoundary(scalars, start) else { return nil }
        for word in sinceWords {
            guard let wordEnd = literal(word, scalars, start) else { continue }
            let dateStart = skipSpaces(scalars, wordEnd)
            // A "since" word is at least four letters and none starts another, so at most
            // one can match here.
            return dateStart > wordEnd ? date(scalars, dateStart) : nil
        }
        return nil
    }

    /// (\bMONTH\p{L}{0,7}\.?\s+(de\s+)? | \d{1,2}[/.])? (19|20)\d{2}: where a date
    /// starting at `start` ends.
    ///
    /// Each form has at most one way to match: a month then its letters, dot and spaces
    /// up to the year; one or two digits and a separator; or the year at once, whose
    /// third scalar is a digit where the digit form needs a separator.
    private static func date(_ scalars: [Unicode.Scalar], _ start: Int) -> Int? {
        if let yearStart = monthPrefix(scalars, start) ?? numberPrefix(scalars, start), let end = year(scalars, yearStart) {
            return end
        }
        return year(scalars, start)
    }

    /// \bMONTH\p{L}{0,7}\.?\s+(de\s+)?: where the year after a month name must start.
    private static func monthPrefix(_ scalars: [Unicode.Scalar], _ start: Int) -> Int? {
        guard start + 3 <= scalars.count, monthInitials.contains(scalars[start]), isWordBoundary(scalars, start),
              monthStarts.contains(where: { scalars[start..<start + 3].elementsEqual($0) }) else { return nil }
        var index = start + 3
        // Letters greedily, at most seven: a longer run leaves a letter where a dot or a
        // space must follow, and fewer letters would too.
        var letters = 0
        while letters < 7, index < scalars.count, isLetter(scalars[index]) {
            index += 1
            letters += 1
        }
        if index < scalars.count, scalars[index] == "." { index += 1 }
        let afterSpaces = skipSpaces(scalars, index)
        guard afterSpaces > index else { return nil }
        index = afterSpaces
        // "de" and its spaces, when a year does not come first ("marzo de 2020").
        if let deEnd = literal(["d", "e"], scalars, index) {
            let afterDe = skipSpaces(scalars, deEnd)
            if afterDe > deEnd { return afterDe }
        }
        return index
    }

    /// \d{1,2}[/.]: where the year after a month number must start.
    private static func numberPrefix(_ scalars: [Unicode.Scalar], _ start: Int) -> Int? {
        guard start < scalars.count, isDigit(scalars[start]) else { return nil }
        var index = start + 1
        if index < scalars.count, isDigit(scalars[index]) { index += 1 }
        if index < scalars.count, scalars[index] == "/" || scalars[index] == "." { return index + 1 }
        // Two digits without a separator: one digit then a separator is ruled out too,
        // since the second scalar is a digit.
        return nil
    }

    /// (19|20)\d{2}: where a year starting at `start` ends.
    private static func year(_ scalars: [Unicode.Scalar], _ start: Int) -> Int? {
        guard start + 4 <= scalars.count else { return nil }
        let century = (scalars[start], scalars[start + 1])
        guard century == ("1", "9") || century == ("2", "0"), isDigit(scalars[start + 2]), isDigit(scalars[start + 3]) else { return nil }
        return start + 4
    }

    /// The end of `word` when `scalars` hold it at `start`.
    private static func literal(_ word: [Unicode.Scalar], _ scalars: [Unicode.Scalar], _ start: Int) -> Int? {
        guard start + word.count <= scalars.count, scalars[start..<start + word.count].elementsEqual(word) else { return nil }
        return start + word.count
    }

    /// \s{0,n}, greedily: where the spaces from `start` end, or `nil` when more than `n`
    /// follow (what comes next must not be a space, so fewer would not do either).
    private static func spaces(_ scalars: [Unicode.Scalar], _ start: Int, atMost limit: Int) -> Int? {
        let end = skipSpaces(scalars, start)
        return end - start <= limit ? end : nil
    }

    private static func skipSpaces(_ scalars: [Unicode.Scalar], _ start: Int) -> Int {
        var index = start
        while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
        return index
    }

    /// A boundary between a word scalar and another, or the line's edge, as `\b` has it.
    private static func isWordBoundary(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        let before = index > 0 && isWordScalar(scalars[index - 1])
        let after = index < scalars.count && isWordScalar(scalars[index])
        return before != after
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            || scalar.properties.generalCategory == .nonspacingMark
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: false
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.numericType == .decimal
    }
}
