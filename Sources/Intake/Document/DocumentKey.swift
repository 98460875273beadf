/// A typed key under which a stage attaches its own data to a ``Document``.
///
/// Keys are types, not strings, so two stages cannot collide by accident and a value
/// always comes back with the type it was stored with (the same idea as
/// swift-service-context's `ServiceContextKey`).
///
/// ```swift
/// enum PageLanguagesKey: DocumentKey {
///     typealias Value = [String]
/// }
/// document[PageLanguagesKey.self] = ["en", "de"]
/// ```
public protocol DocumentKey: Sendable {
    /// The type of the value stored under this key.
    associatedtype Value: Sendable
}

/// Storage for values attached through ``DocumentKey``s.
struct DocumentExtensions: Sendable {
    private var values: [ObjectIdentifier: any Sendable] = [:]

    subscript<Key: DocumentKey>(key: Key.Type) -> Key.Value? {
        get { values[ObjectIdentifier(key)] as? Key.Value }
        set { values[ObjectIdentifier(key)] = newValue }
    }
}
