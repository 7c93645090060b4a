import NLPCommandLine
import NLPStages

NLPCommand.main(registry: BuiltinStages.registry)
