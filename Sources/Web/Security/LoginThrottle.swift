import Foundation
import Synchronization

/// Slows password guessing: after 5 failed logins for one address within 15 minutes, that address is refused until
/// the window has passed. In memory: a restart clears it, which is acceptable for a single-federation server.
final class LoginThrottle: Sendable {
    static let limit = 5
    static let window: TimeInterval = 15 * 60
    private let failures = Mutex<[String: [Date]]>([:])

    func isBlocked(_ email: String, now: Date = Date()) -> Bool {
        failures.withLock { table in
            let recent = (table[email.lowercased()] ?? []).filter { now.timeIntervalSince($0) < Self.window }
            table[email.lowercased()] = recent
            return recent.count >= Self.limit
        }
    }

    func recordFailure(_ email: String, now: Date = Date()) {
        failures.withLock { $0[email.lowercased(), default: []].append(now) }
    }

    func reset(_ email: String) {
        failures.withLock { $0[email.lowercased()] = nil }
    }
}
