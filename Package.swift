// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DossierKit", targets: ["DossierKit"]),
        .library(name: "DossierServe", targets: ["DossierServe"]),
        .executable(name: "dossier", targets: ["dossier"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "DossierKit",
            dependencies: [
                "CCmark",
                .product(name: "Yams", package: "Yams"),
            ],
            // CLDR's plural rules come from the ICU that Foundation carries (see PluralRules).
            linkerSettings: [.linkedLibrary("_FoundationICU", .when(platforms: [.linux]))]
        ),
        .target(
            name: "DossierServe",
            dependencies: [
                "DossierKit",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .target(
            name: "DossierCLI",
            dependencies: [
                "DossierKit",
                "DossierServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "dossier",
            dependencies: ["DossierCLI"]
        ),
        .testTarget(
            name: "DossierKitTests",
            dependencies: ["DossierKit"]
        ),
        .testTarget(
            name: "DossierCLITests",
            dependencies: ["DossierCLI", "DossierKit", "dossier"]
        ),
        .testTarget(
            name: "DossierServeTests",
            dependencies: ["DossierServe", "DossierKit"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
