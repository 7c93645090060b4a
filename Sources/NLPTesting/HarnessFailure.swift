/// A stage broke its contract in a ``StageHarness`` run.
public struct HarnessFailure: Error, CustomStringConvertible {
    /// What went wrong.
    public let description: String

    init(_ description: String) { self.description = description }
}
