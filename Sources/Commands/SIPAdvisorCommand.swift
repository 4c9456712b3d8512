import ArgumentParser

/// The `sipadvisor` root command.
public struct SIPAdvisorCommand: ParsableCommand {
    public static let configuration = rootConfiguration(adding: [])

    /// The root's configuration with `extra` subcommands: the executable adds `serve`, which lives beside the web
    /// application so this library does not depend on it.
    public static func rootConfiguration(adding extra: [any ParsableCommand.Type]) -> CommandConfiguration {
        CommandConfiguration(
        commandName: "sipadvisor",
        abstract: "SIP Advisor : évaluer les besoins d'une équipe de soins primaires, comparer les logiciels labellisés, préparer le déploiement.",
        discussion: """
        Outil des fédérations de maisons de santé pluriprofessionnelles (MSP). Toutes les données de démonstration \
        sont fictives ; les informations sur les produits réels sont sourcées et datées.
        """,
        version: "0.1.0",
        subcommands: [CatalogCommand.self, CompareCommand.self, RankCommand.self, AHPCommand.self, TeamCommand.self,
                      CampaignCommand.self, AnswersCommand.self, AssessCommand.self, PlanCommand.self, ExportCommand.self,
                      ReportCommand.self, DemoCommand.self, UserCommand.self, ProductCommand.self, FactsCommand.self,
                      BackupCommand.self, RestoreCommand.self, CheckCommand.self, MigrateCommand.self, EvaluationCommand.self,
                      RespondentCommand.self, PurgeCommand.self, AuditCommand.self,
                      FacilitatorCommand.self, FollowUpCommand.self] + extra
        )
    }

    public init() {}
}

