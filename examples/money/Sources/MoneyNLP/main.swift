import Money
import NLPCommandLine
import NLPStages

// nlp's command line (run, check, stages, new) with the built-in stages and this package's.
var registry = BuiltinStages.registry
registry.register(MoneyStage.self)
NLPCommand.main(registry: registry)
