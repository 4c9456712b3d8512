import Foundation

public extension String {
    /// French typography for messages: a non-breaking space (U+00A0) before « : ; ! ? » and inside « ».
    var frenchSpacing: String {
        var text = self
        for (plain, french) in [(" :", "\u{00A0}:"), (" ;", "\u{00A0};"), (" !", "\u{00A0}!"), (" ?", "\u{00A0}?"),
                                ("« ", "«\u{00A0}"), (" »", "\u{00A0}»")] {
            text = text.replacingOccurrences(of: plain, with: french)
        }
        return text
    }
}
