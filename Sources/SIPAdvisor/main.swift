import ArgumentParser
import Commands

/// The `sipadvisor` executable: every command of the `Commands` library, plus `serve` (the web application).
struct SIPAdvisorRoot: ParsableCommand {
    static let configuration = SIPAdvisorCommand.rootConfiguration(adding: [ServeCommand.self])
}

// `serve` is the only asynchronous command; it is dispatched here because ArgumentParser's async `main()` is not
// selected on Linux for a root command with synchronous subcommands.
do {
    var command = try SIPAdvisorRoot.parseAsRoot()
    if let server = command as? ServeCommand {
        try await server.serve()
    } else {
        try command.run()
    }
} catch {
    Console.exit(SIPAdvisorRoot.self, withError: error)
}
