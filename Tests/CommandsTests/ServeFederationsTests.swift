import Foundation
import TestSupport
import Testing

/// `sipadvisor serve --federations FILE`: a bad file is refused in French with `file:line` before anything listens;
/// a good one serves each federation on its host names (a real HTTP/1 `Host` header), each from its own database.
@Suite struct ServeFederationsTests {
    @Test func aBadFederationsFileIsRefusedWithItsLines() throws {
        try Scratch.using { scratch in
            try scratch.write("federations.yaml", """
                - name: Nord
                  hosts: [nord.example]
                  database: nord.sqlite
                  couleur: bleu
                - name: Sud
                  hosts: [NORD.example]

                """)
            let running = try BuiltExecutable.start(["serve", "--port", "18575", "--federations", "federations.yaml"], in: scratch.url)
            if AnywhereTests.waitUntilListening(running) { running.process.terminate() }
            running.process.waitUntilExit()
            let outcome = running.outcome
            #expect(outcome.status == 65)
            #expect(outcome.stderr.contains("federations.yaml:4: clé «\u{A0}couleur\u{A0}» inconnue"), "\(outcome.stderr)")
            #expect(outcome.stderr.contains("federations.yaml:5: champ «\u{A0}database\u{A0}» manquant"), "\(outcome.stderr)")
            #expect(!FileManager.default.fileExists(atPath: scratch.path("nord.sqlite")), "no database opened")
        }
    }

    @Test func federationsReplaceTheSingleFederationOptions() throws {
        try Scratch.using { scratch in
            let outcome = try expectCommand(["serve", "--federations", "f.yaml", "--database", "x.sqlite"], status: 64, in: scratch.url)
            #expect(outcome.stderr.contains("n'utilisez pas aussi --database, --settings ou --public-url"), "\(outcome.stderr)")
        }
    }

    @Test func eachHostIsServedFromItsFederationsDatabase() throws {
        try Scratch.using { scratch in
            try scratch.write("federations.yaml", """
                - name: Nord
                  hosts: [nord.example]
                  database: nord.sqlite
                - name: Sud
                  hosts: [sud.example, www.sud.example]
                  database: sud.sqlite

                """)
            let port = Int.random(in: 20_000...60_000)
            let running = try BuiltExecutable.start(["serve", "--port", "\(port)", "--federations", "federations.yaml"], in: scratch.url)
            defer { if running.process.isRunning { running.process.terminate() }; running.process.waitUntilExit() }
            #expect(AnywhereTests.waitUntilListening(running), "\(running.outcome.stderr)")
            #expect(running.printed.contains("«\u{A0}Sud\u{A0}»\u{A0}: sud.example, www.sud.example → \(scratch.path("sud.sqlite"))"))
            #expect(running.printed.contains("pour 2 fédération(s)"))
            #expect(FileManager.default.fileExists(atPath: scratch.path("nord.sqlite")) && FileManager.default.fileExists(atPath: scratch.path("sud.sqlite")))
            for (host, status) in [("nord.example", "200"), ("WWW.Sud.Example:\(port)", "200"), ("ailleurs.example", "404")] {
                // "écoute" is printed just before the socket is bound: curl retries a refused connection.
                let curl = try BuiltExecutable.run(["-s", "--retry", "20", "--retry-connrefused", "--retry-delay", "1", "-o", "/dev/null", "-w", "%{http_code}", "-H", "Host: \(host)",
                                                    "http://127.0.0.1:\(port)/connexion"],
                                                   in: scratch.url, executable: URL(fileURLWithPath: "/usr/bin/curl"))
                #expect(curl.stdout == status, "\(host)")
            }
        }
    }
}
