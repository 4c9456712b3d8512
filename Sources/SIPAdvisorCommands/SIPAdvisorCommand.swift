import ArgumentParser

/// The `sipadvisor` root command.
public struct SIPAdvisorCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sipadvisor",
        abstract: "SIP Advisor : évaluer les besoins d'une équipe de soins primaires, comparer les logiciels labellisés, préparer le déploiement.",
        discussion: """
        Outil des fédérations de maisons de santé pluriprofessionnelles (MSP). Toutes les données de démonstration \
        sont fictives ; les informations sur les produits réels sont sourcées et datées.
        """,
        version: "0.1.0",
        subcommands: [CatalogCommand.self, CompareCommand.self, RankCommand.self, AHPCommand.self, TeamCommand.self,
                      CampaignCommand.self, AnswersCommand.self, AssessCommand.self, PlanCommand.self, ExportCommand.self,
                      ReportCommand.self, DemoCommand.self, ServeCommand.self, UserCommand.self]
    )

    public init() {}
}

/// Exit status for bad user data (sysexits.h EX_DATAERR), so scripts can tell it from a crash or a usage error.
public let dataErrorExit = ExitCode(65)
