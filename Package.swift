// swift-tools-version: 6.1
import PackageDescription

/// Every target is compiled with the upcoming features the issue asks for: `any` spelled out for existentials, and
/// members visible only from modules a file imports itself.
let upcoming: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny"), .enableUpcomingFeature("MemberImportVisibility")]

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
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", exact: "4.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // The PostgreSQL store (a national service's engine; SQLite stays the embedded default).
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio.git", exact: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", exact: "2.37.6"),
    ],
    targets: [
        // Pure decision engine: values in, values out, no I/O.
        .target(name: "Comparator", swiftSettings: upcoming),
        // Pure survey logic: questionnaire, skip rules, pooling, readiness, FHIR mapping.
        .target(name: "Survey", dependencies: ["Comparator"], swiftSettings: upcoming),
        // Pure deployment logic: the method, user-group sessions, editors' requests and their priority.
        .target(name: "Deployment", swiftSettings: upcoming),
        // File loaders (YAML, CSV, text) with file:line errors in French → Comparator, Survey and Deployment values.
        .target(name: "Catalog", dependencies: [
            "Comparator", "Survey", "Deployment",
            .product(name: "Yams", package: "Yams"),
            .product(name: "CSV", package: "CSV.swift"),
        ], swiftSettings: upcoming),
        // Persistence: repositories over a `StoreWriter` (GRDB on SQLite, or PostgresNIO on PostgreSQL), migrations,
        // one transaction per write.
        .target(name: "Store", dependencies: [
            "Survey", "Comparator", "Deployment",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "Logging", package: "swift-log"),
        ], swiftSettings: upcoming),
        // GitHub's CommonMark implementation with the table extension (Debian: libcmark-gfm-dev).
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        // The only renderer of documents: Mustache templates → Markdown → HTML, inline SVG charts, French formatting.
        .target(name: "Reports", dependencies: [
            "Survey", "Comparator", "Deployment", "Catalog", "CCmarkGFM",
            .product(name: "Mustache", package: "swift-mustache"),
        ], swiftSettings: upcoming),
        // The use cases the web and the CLI both call: loading a run, campaigns, answers, action plan, comparison
        // settings (every default in one place), exports, accounts.
        .target(name: "Application", dependencies: [
            "Comparator", "Survey", "Deployment", "Catalog", "Store", "Reports",
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            // Office files (XLSX, the campaign's ZIP) are ZIP archives of XML parts.
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], swiftSettings: upcoming),
        // The web application: respondents' questionnaire, DIM and facilitator pages, over Application.
        .target(name: "Web", dependencies: [
            "Application", "Store", "Survey", "Comparator", "Deployment", "Reports", "Catalog",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "Logging", package: "swift-log"),
        ], swiftSettings: upcoming),
        // The CLI commands (a library so tests can drive them), thin over Application and Reports; no web here.
        .target(name: "Commands", dependencies: [
            "Application", "Comparator", "Catalog", "Survey", "Deployment", "Store", "Reports",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], swiftSettings: upcoming),
        // `main` and the wiring of `serve` (the only place the CLI meets the web application).
        .executableTarget(name: "SIPAdvisor", dependencies: [
            "Commands", "Application", "Web", "Catalog", "Store",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Hummingbird", package: "hummingbird"),
        ], swiftSettings: upcoming),
        .executableTarget(name: "ComparatorBenchmark", dependencies: ["Comparator"], swiftSettings: upcoming),
        .executableTarget(name: "SurveyBenchmark", dependencies: ["Survey", "Store", "Catalog", "Comparator", "Application", "Reports"],
                          swiftSettings: upcoming),
        // Shared test helpers: running the built `sipadvisor` and checking what it prints, snapshot files.
        .target(name: "TestSupport", dependencies: [
            "Commands", "Application", "Store", "Catalog", "Survey", "Comparator",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "GRDB", package: "GRDB.swift"),
        ], path: "Tests/TestSupport", swiftSettings: upcoming),
        // One test target per module (`Tests/<Module>Tests`); see docs/ARCHITECTURE.md, "Tests".
        .testTarget(name: "ComparatorTests", dependencies: ["Comparator", "Catalog", "TestSupport"],
                    resources: [.copy("Fixtures")], swiftSettings: upcoming),
        .testTarget(name: "SurveyTests", dependencies: ["Survey", "Store", "Catalog", "Comparator", "Application", "Reports",
                                                        "TestSupport"], swiftSettings: upcoming),
        .testTarget(name: "DeploymentTests", dependencies: ["Deployment"], swiftSettings: upcoming),
        .testTarget(name: "CatalogTests", dependencies: ["Catalog", "Comparator", "Survey", "Application", "TestSupport"],
                    swiftSettings: upcoming),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Survey", "Deployment", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
                    swiftSettings: upcoming),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Survey", "Comparator", "Deployment", "Catalog", "Store",
                                                         "Application", "TestSupport"],
                    exclude: ["Golden"], swiftSettings: upcoming),
        .testTarget(name: "ApplicationTests", dependencies: ["Application", "Store", "Survey", "Catalog", "Comparator", "Reports",
                                                             "Deployment", "TestSupport"],
                    swiftSettings: upcoming),
        .testTarget(name: "WebTests", dependencies: [
            "Web", "Store", "Survey", "Catalog", "Application", "Commands", "Deployment", "Reports", "Comparator", "TestSupport",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Mustache", package: "swift-mustache"),
        ], swiftSettings: upcoming),
        .testTarget(name: "CommandsTests", dependencies: ["Commands", "Application", "Reports", "Catalog", "Comparator", "Survey",
                                                          "Store", "Deployment", "TestSupport",
                                                          .product(name: "ArgumentParser", package: "swift-argument-parser")],
                    exclude: ["Snapshots"], resources: [.copy("Fixtures")], swiftSettings: upcoming),
    ]
)
