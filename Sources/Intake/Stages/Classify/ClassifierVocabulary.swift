/// The words and headings that speak for each attachment type, with their weights.
///
/// Weights are points added to a type's score once per distinct term found; strong
/// terms are those that almost never appear in the other types.
enum ClassifierVocabulary {
    /// Section headings found in resumes and rarely elsewhere.
    static let resumeSections = [
        "education", "skills", "technical skills", "core skills", "key skills", "certifications",
        "certificates", "licenses", "licenses and certifications", "projects", "publications",
        "awards", "languages", "references", "summary", "professional summary", "profile",
        "objective", "career objective", "interests", "volunteering", "training", "qualifications",
    ]

    /// Headings that open a list of positions: in a resume and in a work history alike.
    static let experienceSections = [
        "experience", "work experience", "professional experience", "employment",
        "employment history", "work history", "career history", "positions", "relevant experience",
    ]

    static let resumeTerms: [(String, Double)] = [
        ("curriculum vitae", 3), ("resume", 1.5), ("résumé", 1.5), ("cv", 1), ("linkedin.com", 1),
        ("github.com", 1), ("bachelor", 1), ("master of", 1), ("university", 0.8), ("gpa", 1),
    ]

    static let preferenceTerms: [(String, Double)] = [
        ("salary", 2.5), ("compensation", 2), ("notice period", 3), ("relocation", 2.5), ("relocate", 2.5),
        ("remote", 1.5), ("hybrid", 1.5), ("on-site", 1), ("onsite", 1), ("desired role", 2.5), ("desired roles", 2.5),
        ("desired", 1), ("preferred", 1.5), ("preference", 2), ("preferences", 2), ("looking for", 1.5),
        ("open to", 1.5), ("willing to", 1.5), ("start date", 2), ("earliest start", 2.5), ("availability", 1.5),
        ("available from", 2), ("visa", 1.5), ("sponsorship", 2), ("work authorization", 2.5),
        ("work permit", 2), ("full-time", 1), ("part-time", 1), ("contract", 0.5), ("company size", 2.5),
        ("industries", 1.5), ("travel", 0.5), ("per year", 1.5), ("per annum", 1.5), ("expectation", 2),
        ("expectations", 2), ("ideal role", 2.5), ("next role", 2.5), ("locations", 1), ("commute", 1.5),
        ("benefits", 1), ("equity", 1), ("deal breakers", 2.5), ("must have", 1),
    ]

    static let experienceTerms: [(String, Double)] = [
        ("employer", 2), ("company", 0.8), ("position", 1), ("title", 0.8), ("responsibilities", 1),
        ("start date", 0.5), ("end date", 2), ("promoted", 1), ("reporting to", 1), ("team of", 0.8),
    ]

    static let aboutTerms: [(String, Double)] = [
        ("about me", 3), ("biography", 3), ("bio", 2), ("passionate", 1.5), ("i believe", 1.5),
        ("i love", 1.5), ("i enjoy", 1.5), ("outside of work", 2), ("in my free time", 2), ("hobbies", 1.5),
        ("based in", 1), ("grew up", 2), ("my journey", 2), ("my career", 1), ("she is", 1.5), ("he is", 1.5),
        ("they are", 0.5), ("her work", 1.5), ("his work", 1.5), ("spends", 1), ("lives in", 1.5),
    ]

    /// Keys of structured formats (JSON, YAML) that name a type outright.
    static let preferenceKeys = [
        "desired roles", "desired role", "salary expectation", "salary", "remote", "relocation",
        "notice period", "locations", "preferred locations", "work authorization", "start date",
        "earliest start date", "company size", "industries", "employment type", "visa sponsorship",
    ]
    static let experienceKeys = ["employer", "company", "title", "position", "start date", "end date", "description", "location"]
    static let resumeKeys = ["education", "skills", "certifications", "email", "phone", "summary", "work", "basics"]

    /// First-person words, which mark an about text written by the candidate.
    static let firstPersonWords: Set<Substring> = ["i", "i'm", "i’m", "i've", "i’ve", "my", "me", "myself"]
    /// Third-person pronouns, which mark an about text written of the candidate.
    static let thirdPersonWords: Set<Substring> = ["she", "he", "her", "his", "him", "they", "their"]
}
