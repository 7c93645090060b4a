import ArgumentParser

/// `nlp new ...`: scaffolds projects that extend nlp.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a package that extends nlp.",
        subcommands: [NewStageCommand.self])
}
