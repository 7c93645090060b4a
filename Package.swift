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
        .library(name: "NLPStages", targets: ["NLPStages"]),
        .library(name: "NLPCommandLine", targets: ["NLPCommandLine"]),
        .executable(name: "nlp", targets: ["nlp"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "5.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Core model: documents, layers, stages, registry, runner, JSON output. No CLI, no YAML.
        .target(name: "NLPCore"),
        // Pipeline files: YAML → validated pipeline, diagnostics with file:line:column.
        .target(name: "NLPPipelineFile", dependencies: ["NLPCore", "Yams"]),
        // System libicu through pkg-config, behind a C header that exposes no ICU types.
        .systemLibrary(name: "CICUSystem", path: "Plugins/CICUSystem", pkgConfig: "icu-uc icu-i18n",
                       providers: [.apt(["libicu-dev", "pkg-config"])]),
        .target(name: "CICU", dependencies: ["CICUSystem"], path: "Plugins/CICU"),
        .target(name: "Segmenter", dependencies: ["NLPCore", "CICU"], path: "Plugins/Segmenter"),
        .target(name: "Gazetteer", dependencies: ["NLPCore", "CICU"], path: "Plugins/Gazetteer"),
        // The explicit list of built-in stages.
        .target(name: "NLPStages", dependencies: ["NLPCore", "Segmenter", "Gazetteer"]),
        // The command line as a library, so stage packages get an `nlp` with their stages added.
        .target(name: "NLPCommandLine", dependencies: [
            "NLPCore", "NLPPipelineFile",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "nlp", dependencies: ["NLPCommandLine", "NLPStages"]),
        .testTarget(name: "NLPCoreTests", dependencies: ["NLPCore"]),
        .testTarget(name: "NLPPipelineFileTests", dependencies: ["NLPPipelineFile", "NLPCore"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "SegmenterTests", dependencies: ["Segmenter", "NLPCore"]),
        .testTarget(name: "GazetteerTests", dependencies: ["Gazetteer", "Segmenter", "NLPCore"]),
        .testTarget(name: "CLITests", dependencies: ["nlp"]),
    ],
    swiftLanguageModes: [.v6]
)
