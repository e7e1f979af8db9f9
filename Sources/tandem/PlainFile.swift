#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#else
import Darwin
private let systemWrite = Darwin.write
#endif

/// Writes the `match` commands' output files with plain `open`/`write`/`close`. Foundation's
/// `createFile` and `Data.write` call `fsync` first, which costs 10–30 ms on this machine and
/// far more while the disk is busy: a tenth of the 5,000 × 1,500 benchmark's whole budget,
/// for a file anyone can write again by rerunning the command.
enum PlainFile {
    /// False if the file cannot be created or fully written.
    static func write(_ bytes: [UInt8], to path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return false }
        var done = 0
        let ok = bytes.withUnsafeBytes { buffer -> Bool in
            while done < buffer.count {
                let n = systemWrite(fd, buffer.baseAddress! + done, buffer.count - done)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return false }
                done += n
            }
            return true
        }
        return close(fd) == 0 && ok
    }
}
