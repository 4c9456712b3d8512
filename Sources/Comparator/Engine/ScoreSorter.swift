/// Orders one draw's scores from best to worst, reusing buffers allocated once (per worker), so that the Monte Carlo
/// loop allocates nothing per draw.
///
/// Large draws use a least-significant-digit radix sort on the scores' bit patterns: O(n) per draw whatever the
/// previous draw's order. The insertion sort it replaced was O(n²) as soon as perturbed weights reorder many
/// alternatives, which they do with thousands of close scores. Small draws keep that insertion sort started from the
/// previous draw's order: nearly sorted there, and cheaper than clearing the radix counters.
struct ScoreSorter {
    /// Up to this many alternatives, insertion sort from the previous order (its worst case is bounded by a constant).
    static let radixThreshold = 256
    /// 11-bit digits: six passes at most over 64-bit keys, counters small enough to stay in cache.
    private static let digitBits = 11
    private static let digitCount = (64 + digitBits - 1) / digitBits
    private static let bucketCount = 1 << digitBits
    private static let digitMask = UInt64(bucketCount - 1)
    private static let signBit: UInt64 = 1 << 63

    private struct Entry { var key: UInt64; var alternative: UInt32 }

    /// Alternatives from best to worst after `sort`.
    private(set) var order: [Int]
    /// Their scores, in that order.
    private(set) var sorted: [Double]
    private var entries: [Entry]
    private var spare: [Entry]
    private var counts: [Int]

    init(alternatives: Int) {
        precondition(alternatives < Int(UInt32.max), "too many alternatives for the radix sort's 32-bit indices")
        order = Array(0..<alternatives)
        sorted = Array(repeating: 0, count: alternatives)
        let radix = alternatives > Self.radixThreshold
        entries = Array(repeating: Entry(key: 0, alternative: 0), count: radix ? alternatives : 0)
        spare = entries
        counts = Array(repeating: 0, count: radix ? Self.digitCount * Self.bucketCount : 0)
    }

    /// Fills `order` and `sorted` for `scores` (one per alternative, input order). Equal scores may come in any order:
    /// ranks only depend on the sorted values.
    mutating func sort(_ scores: UnsafeBufferPointer<Double>) {
        precondition(scores.count == order.count)
        if scores.count > Self.radixThreshold { radixSort(scores) } else { insertionSort(scores) }
    }

    private mutating func insertionSort(_ scores: UnsafeBufferPointer<Double>) {
        let n = scores.count
        order.withUnsafeMutableBufferPointer { order in
            for k in 1..<max(n, 1) {
                let moving = order[k], score = scores[moving]
                var position = k
                while position > 0 && scores[order[position - 1]] < score {
                    order[position] = order[position - 1]
                    position -= 1
                }
                order[position] = moving
            }
            sorted.withUnsafeMutableBufferPointer { sorted in
                for k in 0..<n { sorted[k] = scores[order[k]] }
            }
        }
    }

    private mutating func radixSort(_ scores: UnsafeBufferPointer<Double>) {
        entries.withUnsafeMutableBufferPointer { entries in
            spare.withUnsafeMutableBufferPointer { spare in
                counts.withUnsafeMutableBufferPointer { counts in
                    Self.fill(entries, from: scores, counting: counts)
                    let result = Self.distribute(entries, through: spare, counts: counts)
                    Self.unpack(result, into: &order, &sorted)
                }
            }
        }
    }

    /// One pass builds the keys and every digit's histogram.
    private static func fill(_ entries: UnsafeMutableBufferPointer<Entry>, from scores: UnsafeBufferPointer<Double>,
                             counting counts: UnsafeMutableBufferPointer<Int>) {
        counts.update(repeating: 0)
        for i in 0..<scores.count {
            let key = descendingKey(scores[i])
            entries[i] = Entry(key: key, alternative: UInt32(truncatingIfNeeded: i))
            for digit in 0..<digitCount { counts[digit * bucketCount + bucket(of: key, digit: digit)] += 1 }
        }
    }

    /// Stable passes from the lowest digit up, alternating between the two buffers; returns the one holding the
    /// sorted entries.
    private static func distribute(_ entries: UnsafeMutableBufferPointer<Entry>,
                                   through spare: UnsafeMutableBufferPointer<Entry>,
                                   counts: UnsafeMutableBufferPointer<Int>) -> UnsafeMutableBufferPointer<Entry> {
        let n = entries.count
        var source = entries, target = spare
        for digit in 0..<digitCount {
            let histogram = UnsafeMutableBufferPointer(rebasing: counts[(digit * bucketCount)...].prefix(bucketCount))
            // Scores of one draw share their sign and high exponent bits: those passes would move nothing.
            if histogram[bucket(of: source[0].key, digit: digit)] == n { continue }
            var offset = 0
            for index in 0..<bucketCount {
                let count = histogram[index]
                histogram[index] = offset
                offset += count
            }
            for entry in source {
                let slot = bucket(of: entry.key, digit: digit)
                target[histogram[slot]] = entry
                histogram[slot] += 1
            }
            swap(&source, &target)
        }
        return source
    }

    private static func unpack(_ entries: UnsafeMutableBufferPointer<Entry>, into order: inout [Int],
                               _ sorted: inout [Double]) {
        order.withUnsafeMutableBufferPointer { order in
            sorted.withUnsafeMutableBufferPointer { sorted in
                for k in 0..<order.count {
                    order[k] = Int(entries[k].alternative)
                    sorted[k] = score(descendingKey: entries[k].key)
                }
            }
        }
    }

    @inline(__always)
    private static func bucket(of key: UInt64, digit: Int) -> Int {
        Int(truncatingIfNeeded: (key >> UInt64(digit * digitBits)) & digitMask)
    }

    /// An unsigned key whose ascending order is the scores' descending order (the usual map of IEEE 754 doubles to
    /// ordered integers — flip negatives, set the sign bit of positives — then inverted).
    @inline(__always)
    static func descendingKey(_ score: Double) -> UInt64 {
        let bits = score.bitPattern
        return ~(bits & signBit != 0 ? ~bits : bits | signBit)
    }

    @inline(__always)
    static func score(descendingKey key: UInt64) -> Double {
        let ascending = ~key
        return Double(bitPattern: ascending & signBit != 0 ? ascending & ~signBit : ~ascending)
    }
}
