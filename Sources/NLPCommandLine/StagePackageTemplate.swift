import Foundation

/// The files of a new stage package, as `nlp new stage NAME` writes them: a library with one
/// stage and its layer, an executable `NAME-nlp` (nlp with that stage added to the built-in
/// ones), a test using the stage harness, and an example pipeline with a sample document.
///
/// The executable is not called `nlp`: SwiftPM would build nlp's own `nlp` to the same path.
struct StagePackageTemplate {
    /// How the package depends on nlp.
    enum Dependency {
        /// A checkout, by path relative to the new package.
        case path(String)
        /// A git repository (its `main` branch).
        case url(String)
    }

    /// The stage name, kebab-case: `money-amounts`. Also the package and layer name.
    let name: String
    /// Where nlp comes from.
    let dependency: Dependency

    /// `MoneyAmounts`: the module.
    var module: String { name.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() }
    /// `moneyAmounts`: the `LayerID` constant.
    var layerConstant: String { module.prefix(1).lowercased() + module.dropFirst() }
    /// `MoneyAmountsStage`.
    var stageType: String { module + "Stage" }
    /// `MoneyAmountsLayer`.
    var layerType: String { module + "Layer" }
    /// `money-amounts-nlp`: the executable.
    var executable: String { name + "-nlp" }

    /// The identity SwiftPM gives the nlp package: `nlp` for a path (named so in the manifest),
    /// else the URL's last component.
    private var packageIdentity: String {
        switch dependency {
        case .path: "nlp"
        case .url(let url):
            String(url.split(separator: "/").last ?? "nlp").lowercased()
                .replacingOccurrences(of: ".git", with: "", options: [.anchored, .backwards])
        }
    }

    /// Every file, by path relative to the package directory.
    var files: [(path: String, contents: String)] {
        [
            ("Package.swift", packageManifest),
            ("Sources/\(module)/\(layerType).swift", layerSource),
            ("Sources/\(module)/\(stageType).swift", stageSource),
            ("Sources/\(module)NLP/main.swift", mainSource),
            ("Tests/\(module)Tests/\(stageType)Tests.swift", testSource),
            ("pipelines/example.pipe", examplePipeline),
            ("samples/example.txt", "An example sentence. Another Example follows, and one more example.\n"),
            (".gitignore", ".build/\n.build-*/\nPackage.resolved\n"),
            ("README.md", readme),
        ]
    }

    private var dependencyLine: String {
        switch dependency {
        case .path(let path):
            """
                    // nlp, from a checkout beside this package. Once nlp is published, depend on it by URL:
                    // .package(url: "https://github.com/OWNER/nlp", from: "VERSION")
                    .package(name: "nlp", path: "\(path)"),
            """
        case .url(let url):
            """
                    .package(url: "\(url)", branch: "main"),
            """
        }
    }

    var packageManifest: String {
        """
        // swift-tools-version:6.0
        // The '\(name)' stage for nlp, and `\(executable)`: nlp with it added to the built-in stages.
        import PackageDescription

        let package = Package(
            name: "\(name)",
            platforms: [.macOS(.v15)],
            products: [
                .library(name: "\(module)", targets: ["\(module)"]),
                .executable(name: "\(executable)", targets: ["\(module)NLP"]),
            ],
            dependencies: [
        \(dependencyLine)
            ],
            targets: [
                // The stage and its layer.
                .target(name: "\(module)", dependencies: [.product(name: "NLPCore", package: "\(packageIdentity)")]),
                // nlp with the built-in stages and this one: swift run \(executable) run pipelines/example.pipe
                .executableTarget(name: "\(module)NLP", dependencies: [
                    "\(module)",
                    .product(name: "NLPCommandLine", package: "\(packageIdentity)"),
                    .product(name: "NLPStages", package: "\(packageIdentity)"),
                ]),
                .testTarget(name: "\(module)Tests", dependencies: [
                    "\(module)",
                    .product(name: "NLPTesting", package: "\(packageIdentity)"),
                    .product(name: "Segmenter", package: "\(packageIdentity)"),
                ]),
            ],
            swiftLanguageModes: [.v6]
        )

        """
    }

    var layerSource: String {
        """
        import NLPCore

        extension LayerID {
            /// The layer the '\(name)' stage adds.
            public static let \(layerConstant): LayerID = "\(name)"
        }

        /// The `\(name)` layer: the spans the stage found, in text order, in UTF-8 bytes.
        public struct \(layerType): Layer, Equatable {
            /// The layer's key in documents and output records.
            public static let id: LayerID = .\(layerConstant)

            /// What was found, in text order.
            public var spans: [Span]

            /// A layer holding `spans`.
            public init(_ spans: [Span] = []) { self.spans = spans }

            /// Writes `[{"start": S, "end": E, "text": "..."}, ...]`, offsets in code points.
            public func writeJSON(to writer: inout JSONWriter, document: Document, offsets: CodePointIndex) {
                writer.beginArray()
                for span in spans {
                    writer.beginObject()
                    writer.writeSpanFields(span, offsets: offsets)
                    writer.key("text")
                    writer.value(document.text(of: span))
                    writer.endObject()
                }
                writer.endArray()
            }
        }

        """
    }

    var stageSource: String {
        """
        import NLPCore

        /// Marks every word token that is one of the given words. A starting point: change
        /// `process` to find what your stage is about.
        public struct \(stageType): Stage {
            /// The options of a `\(name)` entry in a pipeline file.
            public struct Options: StageOptions {
                /// The words to mark.
                public var words: [String]
                /// Whether case must match.
                public var caseSensitive: Bool

                enum CodingKeys: String, CodingKey {
                    case words, caseSensitive = "case-sensitive"
                }

                /// Options with the given values.
                public init(words: [String] = ["example"], caseSensitive: Bool = false) {
                    self.words = words
                    self.caseSensitive = caseSensitive
                }

                /// What `nlp stages` lists and `nlp check` validates.
                public static let schema: [OptionSpec] = [
                    OptionSpec("words", .stringList, default: .list(["example"]), summary: "The words to mark."),
                    OptionSpec("case-sensitive", .boolean, default: .boolean(false), summary: "Whether case must match."),
                ]
            }

            /// The name in pipeline files.
            public static let name = "\(name)"
            /// One line for `nlp stages`.
            public static let summary = "Marks the given words."
            /// Tokens come from the segmenter.
            public static let requires: Set<LayerID> = [.tokens]
            /// The layer this stage adds.
            public static let produces: Set<LayerID> = [.\(layerConstant)]

            private let words: Set<String>
            private let caseSensitive: Bool

            /// Checks the options once, when the pipeline is built.
            public init(options: Options, context: StageContext) throws {
                guard !options.words.isEmpty else { throw StageError("'words' must list at least one word", option: "words") }
                caseSensitive = options.caseSensitive
                words = Set(options.caseSensitive ? options.words : options.words.map { $0.lowercased() })
            }

            /// Adds the `\(name)` layer. Runs on many threads at once: keep `self` immutable.
            public func process(_ document: inout Document, scratch: inout Void) throws {
                var found: [Span] = []
                for token in document[Tokens.self]?.tokens ?? [] where token.kind == .word {
                    let text = String(document.text(of: token.span))
                    if words.contains(caseSensitive ? text : text.lowercased()) { found.append(token.span) }
                }
                document[\(layerType).self] = \(layerType)(found)
            }
        }

        """
    }

    var mainSource: String {
        """
        import \(module)
        import NLPCommandLine
        import NLPStages

        // nlp's command line (run, check, stages, new) with the built-in stages and this package's.
        var registry = BuiltinStages.registry
        registry.register(\(stageType).self)
        NLPCommand.main(registry: registry)

        """
    }

    var testSource: String {
        """
        import \(module)
        import NLPCore
        import NLPTesting
        import Segmenter
        import Testing

        @Suite struct \(stageType)Tests {
            @Test func marksTheWordsInAnyCase() throws {
                var harness = try StageHarness(Segmenter(options: .init(), context: .init()),
                                               \(stageType)(options: .init(words: ["example"]), context: .init()))
                let result = try harness.run("An example sentence. Another Example follows.")
                #expect(result.texts(of: .\(layerConstant)) == ["example", "Example"])
            }

            @Test func refusesAnEmptyWordList() {
                #expect(throws: StageError.self) { try \(stageType)(options: .init(words: []), context: .init()) }
            }
        }

        """
    }

    var examplePipeline: String {
        """
        # The segmenter, then '\(name)'. Paths are relative to this file.
        #   swift run \(executable) check pipelines/example.pipe
        #   swift run \(executable) run pipelines/example.pipe
        name: \(name)-example
        input: ../samples/*.txt
        output: '-'
        stages:
          - segmenter
          - \(name): { words: [example] }

        """
    }

    var readme: String {
        """
        # \(name)

        A stage for nlp, made with `nlp new stage \(name)`. It builds `\(executable)`: nlp with the
        built-in stages and '\(name)'.

        ```sh
        swift test                                        # the tests (Swift Testing + NLPTesting's StageHarness)
        swift run \(executable) check pipelines/example.pipe   # validate the example pipeline
        swift run \(executable) run pipelines/example.pipe     # one JSON record per document on stdout
        swift run \(executable) stages                         # '\(name)' is listed with its options
        ```

        The stage is in `Sources/\(module)/\(stageType).swift`, its layer in `\(layerType).swift`.
        The nlp guide to writing stages is docs/writing-a-stage.md in the nlp repository.

        """
    }
}
