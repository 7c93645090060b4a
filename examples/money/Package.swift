// swift-tools-version:6.0
// The 'money' stage for nlp, and `money-nlp`: nlp with it added to the built-in stages.
import PackageDescription

let package = Package(
    name: "money",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Money", targets: ["Money"]),
        .executable(name: "money-nlp", targets: ["MoneyNLP"]),
    ],
    dependencies: [
        // nlp, from a checkout beside this package. Once nlp is published, depend on it by URL:
        // .package(url: "https://github.com/OWNER/nlp", from: "VERSION")
        .package(name: "nlp", path: "../.."),
    ],
    targets: [
        // The stage and its layer.
        .target(name: "Money", dependencies: [.product(name: "NLPCore", package: "nlp")]),
        // nlp with the built-in stages and this one: swift run money-nlp run pipelines/example.pipe
        .executableTarget(name: "MoneyNLP", dependencies: [
            "Money",
            .product(name: "NLPCommandLine", package: "nlp"),
            .product(name: "NLPStages", package: "nlp"),
        ]),
        .testTarget(name: "MoneyTests", dependencies: [
            "Money",
            .product(name: "NLPTesting", package: "nlp"),
            .product(name: "Segmenter", package: "nlp"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
