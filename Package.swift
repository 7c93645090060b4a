// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "nlp",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "NLPCore", targets: ["NLPCore"]),
        .library(name: "NLPPipelineFile", targets: ["NLPPipelineFile"]),
        .library(name: "Segmenter", targets: ["Segmenter"]),
        .library(name: "Gazetteer", targets: ["Gazetteer"]),
        .library(name: "Quotes", targets: ["Quotes"]),
        .library(name: "Sentiment", targets: ["Sentiment"]),
        .library(name: "Stance", targets: ["Stance"]),
        .library(name: "NLPStages", targets: ["NLPStages"]),
        .library(name: "NLPCommandLine", targets: ["NLPCommandLine"]),
        .library(name: "NLPExternal", targets: ["NLPExternal"]),
        .library(name: "NLPTesting", targets: ["NLPTesting"]),
        .executable(name: "nlp", targets: ["nlp"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "5.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.1"),
    ],
    targets: [
        // Core model: documents, layers, stages, registry, runner, JSON output. No CLI, no YAML.
        .target(name: "NLPCore"),
        // Pipeline files: YAML → validated pipeline, diagnostics with file:line:column.
        .target(name: "NLPPipelineFile", dependencies: ["NLPCore", "Yams"]),
        // External process stages (any language, NDJSON over stdin/stdout); a small C target
        // spawns them (pipe2, posix_spawn with chdir and a process group of their own).
        .target(name: "CProcessSpawn"),
        .target(name: "NLPExternal", dependencies: ["NLPCore", "CProcessSpawn"]),
        // The stage test harness, for this package's tests and for stage packages'.
        .target(name: "NLPTesting", dependencies: ["NLPCore"]),
        // System libicu through pkg-config, behind a C header that exposes no ICU types.
        .systemLibrary(name: "CICUSystem", path: "Plugins/CICUSystem", pkgConfig: "icu-uc icu-i18n",
                       providers: [.apt(["libicu-dev", "pkg-config"])]),
        .target(name: "CICU", dependencies: ["CICUSystem"], path: "Plugins/CICU"),
        .target(name: "Segmenter", dependencies: ["NLPCore", "CICU"], path: "Plugins/Segmenter"),
        .target(name: "Gazetteer", dependencies: ["NLPCore", "CICU"], path: "Plugins/Gazetteer"),
        .target(name: "Quotes", dependencies: ["NLPCore", .product(name: "Algorithms", package: "swift-algorithms")],
                path: "Plugins/Quotes"),
        // VADER sentiment; the lexicons it reads ship in pipelines/lexicons.
        .target(name: "Sentiment", dependencies: ["NLPCore"], path: "Plugins/Sentiment"),
        // Who supports or opposes whom; the cue lexicon ships in pipelines/lexicons/stance.tsv.
        .target(name: "Stance", dependencies: ["NLPCore"], path: "Plugins/Stance"),
        // Times VADER alone over a list of sentences, for bench/vader_parity.py.
        .executableTarget(name: "vader-timing", dependencies: ["Sentiment"], path: "bench/vader-timing"),
        // The explicit list of built-in stages.
        .target(name: "NLPStages", dependencies: ["NLPCore", "Segmenter", "Gazetteer", "Sentiment", "NLPExternal", "Quotes", "Stance"]),
        // The end-of-run summary, the progress line and the HTML report.
        .target(name: "NLPReport", dependencies: ["NLPCore"]),
        // The command line as a library, so stage packages get an `nlp` with their stages added.
        .target(name: "NLPCommandLine", dependencies: [
            "NLPCore", "NLPPipelineFile", "NLPReport",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "nlp", dependencies: ["NLPCommandLine", "NLPStages"]),
        .testTarget(name: "NLPCoreTests", dependencies: ["NLPCore"]),
        .testTarget(name: "NLPPipelineFileTests", dependencies: ["NLPPipelineFile", "NLPCore"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "SegmenterTests", dependencies: ["Segmenter", "NLPCore"]),
        .testTarget(name: "GazetteerTests", dependencies: ["Gazetteer", "Segmenter", "NLPCore"]),
        .testTarget(name: "QuotesTests", dependencies: ["Quotes", "Gazetteer", "Segmenter", "NLPCore"]),
        .testTarget(name: "SentimentTests", dependencies: ["Sentiment", "Segmenter", "NLPCore", "NLPTesting"]),
        .testTarget(name: "StanceTests", dependencies: ["Stance", "Quotes", "Gazetteer", "Segmenter", "NLPCore", "NLPTesting"]),
        .testTarget(name: "CLITests", dependencies: ["nlp", "NLPTesting"]),
        // Also renders reports in headless Chromium (skipped when it is missing, unless CI is set).
        .testTarget(name: "NLPReportTests", dependencies: ["NLPReport", "NLPCore", "NLPTesting", "nlp"]),
        .testTarget(name: "NLPTestingTests", dependencies: ["NLPTesting", "NLPCore", "Segmenter"]),
        .testTarget(name: "ExternalStageTests",
                    dependencies: ["NLPExternal", "CProcessSpawn", "NLPCore", "NLPPipelineFile", "NLPStages", "NLPTesting",
                                   "Segmenter", "nlp"],
                    exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
