import Foundation
import Synchronization

/// Slows password guessing without letting anyone lock an owner out of their account.
///
/// Failures are counted per account (the normalised address, whether an account exists or not, so the answer
/// reveals nothing) and per client address. From the last failure of a free allowance on, each failure doubles
/// the wait before the next check from that key (1 s, 2 s, 4 s…), up to a ceiling: someone guessing one account from many machines gets about one try a
/// minute, one machine guessing many accounts about four an hour, and the owner waits at most a minute after
/// someone else's failures — a delay, never a lock. A quiet quarter of an hour forgets a key's failures.
/// In memory: a restart clears it, acceptable for a single-federation server; bounded so a flood of invented
/// addresses cannot exhaust memory.
final class LoginThrottle: Sendable {
    struct Policy: Sendable {
        var freeFailures: Int
        var ceiling: TimeInterval
    }

    static let perAccount = Policy(freeFailures: 5, ceiling: 60)
    static let perClient = Policy(freeFailures: 10, ceiling: 15 * 60)
    static let forgetAfter: TimeInterval = 15 * 60
    static let maximumKeys = 50_000

    private struct Failures { var count: Int; var last: Date }
    private let accounts = Mutex<[String: Failures]>([:])
    private let clients = Mutex<[String: Failures]>([:])

    /// Seconds to wait before this account may be tried again from this client; 0 when a check may run now.
    func wait(account: String, client: String, now: Date = Date()) -> TimeInterval {
        max(Self.delay(in: accounts, account, Self.perAccount, now), Self.delay(in: clients, client, Self.perClient, now))
    }

    func recordFailure(account: String, client: String, now: Date = Date()) {
        Self.record(in: accounts, account, now)
        Self.record(in: clients, client, now)
    }

    /// A successful login clears the account's failures, not the client's: logging into one's own account between
    /// guesses must not reset a guesser's counter.
    func recordSuccess(account: String) {
        _ = accounts.withLock { $0.removeValue(forKey: account) }
    }

    private static func delay(in table: borrowing Mutex<[String: Failures]>, _ key: String, _ policy: Policy, _ now: Date) -> TimeInterval {
        table.withLock { table in
            guard let entry = table[key], now.timeIntervalSince(entry.last) < forgetAfter else { return 0 }
            // The allowance's last failure costs 1 s, each further one doubles it.
            let beyond = entry.count - policy.freeFailures
            guard beyond >= 0 else { return 0 }
            let delay = min(pow(2, Double(min(beyond, 30))), policy.ceiling)
            return max(0, entry.last.addingTimeInterval(delay).timeIntervalSince(now))
        }
    }

    private static func record(in table: borrowing Mutex<[String: Failures]>, _ key: String, _ now: Date) {
        table.withLock { table in
            var entry = table[key] ?? Failures(count: 0, last: now)
            if now.timeIntervalSince(entry.last) >= forgetAfter { entry.count = 0 }
            entry.count += 1
            entry.last = now
            table[key] = entry
            if table.count > maximumKeys {
                table = table.filter { now.timeIntervalSince($0.value.last) < forgetAfter }
                if table.count > maximumKeys {
                    // Still full of recent keys: keep the most recent half, the others start again from zero.
                    let keep = table.sorted { $0.value.last > $1.value.last }.prefix(maximumKeys / 2)
                    table = Dictionary(uniqueKeysWithValues: keep.map { ($0.key, $0.value) })
                }
            }
        }
    }
}

/// Runs bcrypt checks one at a time on a thread of their own, off the server's cooperative threads: a flood of
/// logins then keeps one core busy at most and respondents' pages keep the other. Past `maximumWaiting` queued
/// checks, a login is refused at once (the caller answers 503) rather than queued for minutes.
final class PasswordChecks: Sendable {
    static let maximumWaiting = 16
    private let queue = DispatchQueue(label: "sipadvisor.bcrypt", qos: .utility)
    private let waiting = Mutex(0)

    /// Whether `password` matches `hash`; `nil` when too many checks are already waiting.
    func verify(_ password: String, hash: String, check: @escaping @Sendable (String, String) -> Bool) async -> Bool? {
        let admitted = waiting.withLock { count in
            guard count < Self.maximumWaiting else { return false }
            count += 1
            return true
        }
        guard admitted else { return nil }
        return await withCheckedContinuation { continuation in
            queue.async {
                let matches = check(password, hash)
                self.waiting.withLock { $0 -= 1 }
                continuation.resume(returning: matches)
            }
        }
    }
}

/// A wait told to a person: "45 secondes", "1 minute", "12 minutes".
enum FrenchDuration {
    static func seconds(_ seconds: Int) -> String {
        if seconds < 60 { return seconds <= 1 ? "1\u{A0}seconde" : "\(seconds)\u{A0}secondes" }
        let minutes = (seconds + 59) / 60
        return minutes == 1 ? "1\u{A0}minute" : "\(minutes)\u{A0}minutes"
    }
}
