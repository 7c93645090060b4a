import ArgumentParser
import Foundation

/// `nlp new stage NAME [--path DIR]`: writes a Swift package with one stage, its test and an
/// example pipeline, depending on this nlp checkout.
struct NewStageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stage",
        abstract: "Create a Swift package with a new stage, a test and an example pipeline.",
        discussion: """
            The package goes in DIR/NAME. It depends on nlp by path (the checkout this nlp was built \
            from, or --nlp), and builds NAME-nlp, an nlp with the built-in stages and the new one: \
            cd NAME && swift test && swift run NAME-nlp run pipelines/example.pipe
            """)

    @Argument(help: "The stage's name, kebab-case (e.g. money-amounts); also the package's and its layer's.")
    var name: String

    @Option(name: .long, help: "The directory to create the package in (default: the current directory).")
    var path: String = "."

    @Option(name: .long, help: "The nlp package: a checkout's path, or a git URL (default: the checkout this nlp was built from).")
    var nlp: String?

    func validate() throws {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = name.first, first.isLowercase, first.isASCII,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ($0.isLowercase || $0.isNumber) && $0.isASCII } }) else {
            throw ValidationError("the stage name must be kebab-case: lowercase letters, digits and single hyphens, starting with a letter (e.g. money-amounts)")
        }
    }

    func run() throws {
        let files = FileManager.default
        let directory = URL(fileURLWithPath: path).appendingPathComponent(name).standardizedFileURL.path
        if let existing = try? files.contentsOfDirectory(atPath: directory), !existing.isEmpty {
            throw ValidationError("\(directory) exists and is not empty")
        }
        let template = StagePackageTemplate(name: name, dependency: try dependency(from: directory))
        for file in template.files {
            let target = directory + "/" + file.path
            try files.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try file.contents.write(toFile: target, atomically: true, encoding: .utf8)
        }
        print("""
            created \(directory): a package with the stage '\(name)' (Sources/\(template.module)/\(template.stageType).swift),
            its layer '\(name)', a test, and pipelines/example.pipe. Next:
              cd \(directory)
              swift test
              swift run \(template.executable) run pipelines/example.pipe
            """)
    }

    /// `--nlp`, else the checkout this binary was built from; a path becomes relative to the new
    /// package, so that the two can move together.
    private func dependency(from packageDirectory: String) throws -> StagePackageTemplate.Dependency {
        if let nlp, nlp.contains("://") || nlp.hasPrefix("git@") { return .url(nlp) }
        let checkout = nlp.map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? Self.buildCheckout
        guard let manifest = try? String(contentsOfFile: checkout + "/Package.swift", encoding: .utf8),
              manifest.contains("name: \"nlp\"") else {
            throw ValidationError("no nlp package at \(checkout); pass --nlp PATH (a checkout of nlp) or --nlp URL")
        }
        return .path(Self.relativePath(from: packageDirectory, to: checkout))
    }

    /// The nlp checkout whose sources built this binary.
    static let buildCheckout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().standardizedFileURL.path

    /// The path from directory `from` to `to`, both absolute (symbolic links resolved).
    static func relativePath(from: String, to: String) -> String {
        func components(_ path: String) -> [String] {
            var url = URL(fileURLWithPath: path).standardizedFileURL
            var missing: [String] = []
            // Resolve links in the part that exists (the new package may not exist yet).
            while !FileManager.default.fileExists(atPath: url.path), url.path != "/" {
                missing.insert(url.lastPathComponent, at: 0)
                url.deleteLastPathComponent()
            }
            return url.resolvingSymlinksInPath().pathComponents.filter { $0 != "/" } + missing
        }
        let source = components(from), target = components(to)
        var common = 0
        while common < source.count, common < target.count, source[common] == target[common] { common += 1 }
        let up = Array(repeating: "..", count: source.count - common)
        let path = (up + target[common...]).joined(separator: "/")
        return path.isEmpty ? "." : path
    }
}
