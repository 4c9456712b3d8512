import Foundation
import Store
import Synchronization

/// Slows password guessing without letting anyone lock an owner out of their account.
///
/// Failures are counted per account (the normalised address, whether an account exists or not, so the answer
/// reveals nothing) and per client address (`ClientAddress.key`). From the last failure of a free allowance on,
/// each failure doubles the wait before the next check from that key (1 s, 2 s, 4 s…), up to a ceiling: someone
/// guessing one account from many machines gets about one try a minute, one machine guessing many accounts about
/// twelve an hour, and the owner waits at most a minute after someone else's failures — a delay, never a lock. The
/// client allowance is larger than the account's, since a whole practice may share one address. A quiet quarter of
/// an hour forgets a key's failures. A check is reserved (`reserve`) and counted as a failure in the same write
/// transaction as the wait is read, so requests sent in parallel cannot all slip in before the first failure is
/// counted.
/// The counts live in the federation's database (`Store.LoginFailures`, table `loginFailure`), not in memory: two
/// servers behind a load balancer share one budget, and a restart does not clear it. The table holds only the last
/// quarter hour's keys (older rows go at the next write), so a flood of invented addresses costs rows on disk for
/// fifteen minutes, never the server's memory. This type is the policy; the repository only stores counts.
struct LoginThrottle: Sendable {
    struct Policy: Sendable {
        var freeFailures: Int
        var ceiling: TimeInterval
    }

    static let perAccount = Policy(freeFailures: 5, ceiling: 60)
    static let perClient = Policy(freeFailures: 20, ceiling: 5 * 60)
    static let forgetAfter: TimeInterval = 15 * 60

    private typealias Count = LoginFailures.Count
    private let failures: LoginFailures
    /// The time now; tests pass a fixed one, so that a delay never elapses while a slow machine runs them.
    private let clock: @Sendable () -> Date

    init(store: AppDatabase, clock: @escaping @Sendable () -> Date = { Date() }) {
        failures = store.loginFailures
        self.clock = clock
    }

    /// Seconds to wait before this account may be tried again from this client; 0 when a check may run now.
    func wait(account: String, client: String, now: Date? = nil) throws -> TimeInterval {
        let now = now ?? clock()
        return Self.wait(try failures.read(account: account, client: client, since: Self.memory(now)), now)
    }

    /// 0 when a password check may run now, and then the check already counts as a failure until `recordSuccess`
    /// or `release` gives it back; else the seconds to wait, and nothing is counted.
    func reserve(account: String, client: String, now: Date? = nil) throws -> TimeInterval {
        try change(account, client, now) { attempt, now in
            let wait = Self.wait(attempt, now)
            guard wait <= 0 else { return wait }
            Self.record(&attempt, now)
            return 0
        }
    }

    /// A failure, counted without asking (tests, and whatever fails outside `reserve`).
    func recordFailure(account: String, client: String, now: Date? = nil) throws {
        try change(account, client, now) { attempt, now in Self.record(&attempt, now) }
    }

    /// A successful login clears the account's failures and gives back the client's reserved one, not the
    /// client's earlier failures: logging into one's own account between guesses must not reset a guesser's count.
    func recordSuccess(account: String, client: String, now: Date? = nil) throws {
        try change(account, client, now) { attempt, _ in
            attempt.account = nil
            attempt.client?.failures -= 1
        }
    }

    /// A reserved check that did not run (the server was too busy): nothing to count.
    func release(account: String, client: String, now: Date? = nil) throws {
        try change(account, client, now) { attempt, _ in
            attempt.account?.failures -= 1
            attempt.client?.failures -= 1
        }
    }

    private func change<T>(_ account: String, _ client: String, _ now: Date?,
                           _ body: (inout LoginFailures.Attempt, Date) -> T) throws -> T {
        let now = now ?? clock()
        return try failures.update(account: account, client: client, since: Self.memory(now)) { body(&$0, now) }
    }

    /// Failures at or before this time are forgotten at `now`.
    private static func memory(_ now: Date) -> Date { now.addingTimeInterval(-forgetAfter) }

    private static func wait(_ attempt: LoginFailures.Attempt, _ now: Date) -> TimeInterval {
        max(delay(attempt.account, perAccount, now), delay(attempt.client, perClient, now))
    }

    private static func delay(_ entry: Count?, _ policy: Policy, _ now: Date) -> TimeInterval {
        guard let entry, now.timeIntervalSince(entry.last) < forgetAfter else { return 0 }
        // The allowance's last failure costs 1 s, each further one doubles it.
        let beyond = entry.failures - policy.freeFailures
        guard beyond >= 0 else { return 0 }
        let delay = min(pow(2, Double(min(beyond, 30))), policy.ceiling)
        return max(0, entry.last.addingTimeInterval(delay).timeIntervalSince(now))
    }

    private static func record(_ attempt: inout LoginFailures.Attempt, _ now: Date) {
        attempt.account = counted(attempt.account, now)
        attempt.client = counted(attempt.client, now)
    }

    /// One more failure at `now` (the store has already forgotten a key quiet for a quarter of an hour).
    private static func counted(_ entry: Count?, _ now: Date) -> Count {
        Count(failures: (entry?.failures ?? 0) + 1, last: now)
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
/// checks, a login is refused at once (the caller answers 503) rather than queued for minutes. A process serving
/// several federations gives all its apps one (`serve --federations`), so that the bound holds for the process.
public final class PasswordChecks: Sendable {
    static let maximumWaiting = 16
    private let queue = DispatchQueue(label: "sipadvisor.bcrypt", qos: .utility)
    private let waiting = Mutex(0)

    public init() {}

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
