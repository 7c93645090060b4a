import NLPCore
import NLPExternal
import Gazetteer
import Quotes
import Segmenter
import Sentiment
import Stance

/// The stages that ship with `nlp`: the one explicit list of built-in registrations.
public enum BuiltinStages {
    /// A registry holding every built-in stage.
    public static var registry: StageRegistry {
        var registry = StageRegistry()
        registry.register(Segmenter.self)
        registry.register(Gazetteer.self)
        registry.register(QuotesStage.self)
        registry.register(SentimentStage.self)
        registry.register(StanceStage.self)
        registry.register(ExternalStage.descriptor)
        return registry
    }
}
