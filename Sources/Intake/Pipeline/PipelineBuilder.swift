/// Builds the ordered list of stages of a ``Pipeline``; `if`, `if`/`else` and `for` work inside.
@resultBuilder
public enum PipelineBuilder {
    public static func buildExpression(_ stage: any Stage) -> [any Stage] { [stage] }
    public static func buildExpression(_ stages: [any Stage]) -> [any Stage] { stages }
    public static func buildBlock(_ components: [any Stage]...) -> [any Stage] { components.flatMap { $0 } }
    public static func buildOptional(_ component: [any Stage]?) -> [any Stage] { component ?? [] }
    public static func buildEither(first component: [any Stage]) -> [any Stage] { component }
    public static func buildEither(second component: [any Stage]) -> [any Stage] { component }
    public static func buildArray(_ components: [[any Stage]]) -> [any Stage] { components.flatMap { $0 } }
    public static func buildLimitedAvailability(_ component: [any Stage]) -> [any Stage] { component }
}
