import Foundation
import ZIPFoundation

/// A ZIP archive built in memory (ZIPFoundation), entries compressed, in the order given.
enum ZipFile {
    struct Entry: Sendable {
        var path: String
        var data: Data
    }

    /// `modified`: every entry's date, the campaign files' day rather than the second the archive was built.
    static func data(_ entries: [Entry], modified: Date) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for entry in entries {
            let data = entry.data
            try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}
