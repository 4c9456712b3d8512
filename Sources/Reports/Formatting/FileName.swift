import Foundation

/// The slug of downloaded files' names (`DownloadName` in Application builds the names): ASCII only, so that every browser, mail client and file system keeps them as they are.
public enum FileName {
    /// « MSP des Hirondelles (fictive) » → `msp-des-hirondelles-fictive`: accents folded, lower case, every other
    /// character a single hyphen.
    public static func slug(_ text: String) -> String {
        let ligatures = text.replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "Œ", with: "OE")
            .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "Æ", with: "AE")
        let folded = ligatures.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "fr_FR"))
        var slug = "", pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if pendingHyphen, !slug.isEmpty { slug += "-" }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return slug.lowercased()
    }

}
