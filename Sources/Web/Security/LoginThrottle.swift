import Foundation
import Synchronization

/// Slows password guessing without letting anyone lock an owner out of their account.
///
/// Failures are counted per account (the normalised address, whether an account exists or not, so the answer
/// reveals nothing) and per client address (`ClientAddress.key`). From the last failure of a free allowance on,
/// each failure doubles the wait before the next check from that key (1 s, 2 s, 4 s…), up to a ceiling: someone
/// guessing one account from many machines gets about one try a minute, one machine guessing many accounts about
/// twelve an hour, and the owner waits at most a minute after someone else's failures — a delay, never a lock. The
/// client allowance is larger than the account's, since a whole practice may share one address. A quiet quarter of
/// an hour forgets a key's failures. A check is reserved (`reserve`) and counted as a failure in the same lock as
/// the wait is read, so requests sent in parallel cannot all slip in before the first failure is counted.
/// In memory: a restart clears it, acceptable for a single-federation server; bounded so a flood of invented
/// addresses cannot exhaust memory.
final class LoginThrottle: Sendable {
    struct Policy: Sendable {
        var freeFailures: Int
        var ceiling: TimeInterval
    }

    static let perAccount = Policy(freeFailures: 5, ceiling: 60)
    static let perClient = Policy(freeFailures: 20, ceiling: 5 * 60)
    static let forgetAfter: TimeInterval = 15 * 60
    static let maximumKeys = 50_000

    private struct Failures { var count: Int; var last: Date }
    private struct Tables { var accounts: [String: Failures] = [:]; var clients: [String: Failures] = [:] }
    private let tables = Mutex(Tables())
    /// The time now; tests pass a fixed one, so that a delay never elapses while a slow machine runs them.
    private let clock: @Sendable () -> Date

    init(clock: @escaping @Sendable () -> Date = { Date() }) { self.clock = clock }

    /// Seconds to wait before this account may be tried again from this client; 0 when a check may run now.
    func wait(account: String, client: String, now: Date? = nil) -> TimeInterval {
        let now = now ?? clock()
        return tables.withLock { Self.wait($0, account, client, now) }
    }

    /// 0 when a password check may run now, and then the check already counts as a failure until `recordSuccess`
    /// or `release` gives it back; else the seconds to wait, and nothing is counted.
    func reserve(account: String, client: String, now: Date? = nil) -> TimeInterval {
        let now = now ?? clock()
        return tables.withLock { tables in
            let wait = Self.wait(tables, account, client, now)
            guard wait <= 0 else { return wait }
            Self.record(&tables, account, client, now)
            return 0
        }
    }

    /// A failure, counted without asking (tests, and whatever fails outside `reserve`).
    func recordFailure(account: String, client: String, now: Date? = nil) {
        let now = now ?? clock()
        tables.withLock { Self.record(&$0, account, client, now) }
    }

    private static func record(_ tables: inout Tables, _ account: String, _ client: String, _ now: Date) {
        record(&tables.accounts, account, now)
        record(&tables.clients, client, now)
    }

    /// A successful login clears the account's failures and gives back the client's reserved one, not the
    /// client's earlier failures: logging into one's own account between guesses must not reset a guesser's count.
    func recordSuccess(account: String, client: String) {
        tables.withLock { tables in
            tables.accounts[account] = nil
            tables.clients[client]?.count -= 1
        }
    }

    /// A reserved check that did not run (the server was too busy): nothing to count.
    func release(account: String, client: String) {
        tables.withLock { tables in
            tables.accounts[account]?.count -= 1
            tables.clients[client]?.count -= 1
        }
    }

    private static func wait(_ tables: Tables, _ account: String, _ client: String, _ now: Date) -> TimeInterval {
        max(delay(tables.accounts[account], perAccount, now), delay(tables.clients[client], perClient, now))
    }

    private static func delay(_ entry: Failures?, _ policy: Policy, _ now: Date) -> TimeInterval {
        guard let entry, now.timeIntervalSince(entry.last) < forgetAfter else { return 0 }
        // The allowance's last failure costs 1 s, each further one doubles it.
        let beyond = entry.count - policy.freeFailures
        guard beyond >= 0 else { return 0 }
        let delay = min(pow(2, Double(min(beyond, 30))), policy.ceiling)
        return max(0, entry.last.addingTimeInterval(delay).timeIntervalSince(now))
    }

    private static func record(_ table: inout [String: Failures], _ key: String, _ now: Date) {
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

/// The client a login attempt comes from, as the throttle counts it.
enum ClientAddress {
    /// An IPv4 address as it is; an IPv6 address by its /64 prefix, since one machine usually holds a whole /64.
    /// Behind a reverse proxy named with `serve --trusted-proxy`, the address the proxy saw (last entry of its
    /// `X-Forwarded-For`); that header is ignored from anyone else, as anyone can send it.
    static func key(socket: String, forwardedFor: String?, trustedProxies: Set<String>) -> String {
        var address = socket
        if trustedProxies.contains(socket), let forwarded = forwardedFor?.split(separator: ",").last {
            address = forwarded.trimmingCharacters(in: .whitespaces)
        }
        guard address.contains(":") else { return address }
        let groups = expanded(address)
        return groups.count == 8 ? groups.prefix(4).joined(separator: ":") + "::/64" : address
    }

    /// The eight groups of an IPv6 address (`::` expanded); fewer when it is not one.
    private static func expanded(_ address: String) -> [String] {
        let halves = address.components(separatedBy: "::")
        let head = halves[0].split(separator: ":").map(String.init)
        guard halves.count == 2 else { return head }
        let tail = halves[1].split(separator: ":").map(String.init)
        return head + Array(repeating: "0", count: max(0, 8 - head.count - tail.count)) + tail
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
