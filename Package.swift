// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "sipadvisor",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sipadvisor", targets: ["SIPAdvisor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", exact: "2.5.0"),
        .package(url: "https://github.com/apple/swift-http-types", exact: "1.8.0"),
    ],
    targets: [
        // Pure decision engine: values in, values out, no I/O.
        .target(name: "Comparator"),
        // Pure survey logic (questionnaire, pooling, readiness); filled by the Survey issue.
        .target(name: "Survey", dependencies: ["Comparator"]),
        // YAML and CSV loading with file:line errors in French.
        .target(name: "Catalog", dependencies: [
            "Comparator", "Survey", "Reports",
            .product(name: "Yams", package: "Yams"),
            .product(name: "CSV", package: "CSV.swift"),
        ]),
        // Persistence: GRDB on one SQLite file (WAL), migrations, transactions.
        .target(name: "Store", dependencies: [
            "Survey", "Comparator",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // GitHub's CommonMark implementation with the table extension (Debian: libcmark-gfm-dev).
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        // Documents: Mustache templates → Markdown → HTML, inline SVG charts.
        .target(name: "Reports", dependencies: [
            "Survey", "Comparator", "CCmarkGFM",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // A campaign's export files (CSV, FHIR) and documents, shared by the CLI and the web application.
        .target(name: "CampaignFiles", dependencies: ["Store", "Survey", "Comparator", "Reports"]),
        // The web application: respondents' questionnaire, DIM and facilitator pages, over the same modules.
        .target(name: "Web", dependencies: [
            "Store", "Survey", "Comparator", "Reports", "Catalog", "CampaignFiles",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // The CLI commands, as a library so tests can drive them.
        .target(name: "SIPAdvisorCommands", dependencies: [
            "Comparator", "Catalog", "Survey", "Store", "Reports", "CampaignFiles", "Web",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "SIPAdvisor", dependencies: [
            "SIPAdvisorCommands",
        ]),
        .executableTarget(name: "ComparatorBenchmark", dependencies: ["Comparator"]),
        .executableTarget(name: "SurveyBenchmark", dependencies: ["Survey", "Store", "Catalog", "Comparator"]),
        .testTarget(name: "ComparatorTests", dependencies: ["Comparator", "Catalog", "SIPAdvisorCommands"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Survey", "Comparator", "Catalog", "Store", "SIPAdvisorCommands"],
                    exclude: ["Golden"]),
        .testTarget(name: "WebTests", dependencies: [
            "Web", "Store", "Survey", "Catalog", "CampaignFiles", "SIPAdvisorCommands",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
        .testTarget(name: "SurveyTests", dependencies: ["Survey", "Store", "Catalog", "Comparator", "CampaignFiles", "Reports",
                                                        "SIPAdvisorCommands"]),
    ]
)
