import ArgumentParser

/// Every exit status `sipadvisor` uses, named once (sysexits.h values, so scripts can tell a data error from a
/// crash). The README lists them.
public enum ExitStatus {
    /// 64 (EX_USAGE): a wrong option or argument; ArgumentParser's own validation errors exit with it.
    public static let usage = ExitCode(64)
    /// 65 (EX_DATAERR): bad user data (a catalog, a CSV, a template, a name); every problem is printed with where it is.
    public static let dataError = ExitCode(65)
    /// 66 (EX_NOINPUT): a file or folder to read is missing (the catalog, an answers file).
    public static let noInput = ExitCode(66)
    /// 69 (EX_UNAVAILABLE): a tool a format needs is missing or failed (Chromium for PDF, pandoc for DOCX and ODT), or
    /// `pg_dump`/`pg_restore` for a PostgreSQL backup is missing.
    public static let unavailable = ExitCode(69)
    /// 73 (EX_CANTCREAT): an output file or folder cannot be written.
    public static let cannotCreate = ExitCode(73)
    /// 74 (EX_IOERR): the database cannot be opened or written.
    public static let ioError = ExitCode(74)
    /// 1: the person cancelled (an interrupted password prompt).
    public static let cancelled = ExitCode(1)
}
