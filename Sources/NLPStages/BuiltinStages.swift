import NLPCore
import Gazetteer
import Segmenter

/// The stages that ship with `nlp`: the one explicit list of built-in registrations.
public enum BuiltinStages {
    /// A registry holding every built-in stage.
    public static var registry: StageRegistry {
        var registry = StageRegistry()
        registry.register(Segmenter.self)
        registry.register(Gazetteer.self)
        return registry
    }
}
