import SIPAdvisorCommands

// `serve` is the only asynchronous command; it is dispatched here because ArgumentParser's async `main()` is not
// selected on Linux for a library-defined root command.
do {
    var command = try SIPAdvisorCommand.parseAsRoot()
    if let server = command as? ServeCommand {
        try await server.serve()
    } else {
        try command.run()
    }
} catch {
    SIPAdvisorCommand.exit(withError: error)
}
