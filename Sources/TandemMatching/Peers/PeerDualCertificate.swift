import TandemCore

/// The proof that a peer matching is optimal: dual variables of the matching LP, feasible for
/// every allowed pair, with complementary slackness. Anyone can check it without trusting the
/// solver: for every engine edge `(i, j, w)`,
/// `vertexDuals[i] + vertexDuals[j] + 2·Σ z (blossoms holding both) ≥ 2·w·scale`, all duals are
/// non-negative, matched edges are tight, single vertices have dual 0, and every blossom with
/// `z > 0` holds `(size − 1) / 2` matched pairs. Then by LP duality no matching weighs more.
///
/// Engine weights are the scores (pairs scoring 0 left out) for `score`, and score plus
/// `100·(people / 2) + 1` for `coverage`; pinned people are left out of the engine graph.
public struct PeerDualCertificate: Sendable, Equatable {
    /// Every dual is `scale` times its value in engine-weight units; vertex duals are doubled.
    public var scale: Int
    public var vertexDuals: [Int]
    /// Blossoms with a positive dual: the dual and the person indices inside.
    public var blossoms: [(z: Int, members: [Int])]

    public init(scale: Int, vertexDuals: [Int], blossoms: [(z: Int, members: [Int])]) {
        self.scale = scale
        self.vertexDuals = vertexDuals
        self.blossoms = blossoms
    }

    public static func == (x: Self, y: Self) -> Bool {
        x.scale == y.scale && x.vertexDuals == y.vertexDuals
            && x.blossoms.map(\.z) == y.blossoms.map(\.z) && x.blossoms.map(\.members) == y.blossoms.map(\.members)
    }
}

extension BlossomMatcher {
    var certificate: PeerDualCertificate {
        var blossoms: [(z: Int, members: [Int])] = []
        for b in n..<(2 * n) where blossomBase[b] >= 0 && dual[b] > 0 {
            blossoms.append((dual[b], leaves(of: b).sorted()))
        }
        return PeerDualCertificate(scale: scale, vertexDuals: Array(dual[0..<n]), blossoms: blossoms)
    }
}

/// The certificate as JSON: `{"scale":…, "duals":{"id":…}, "blossoms":[{"z":…,"members":["id",…]}]}`.
public enum PeerCertificateJSON {
    public static func serialise(_ certificate: PeerDualCertificate, ids: [String]) -> [UInt8] {
        var out = "{\"scale\": \(certificate.scale),\n\"duals\": {"
        out += zip(ids, certificate.vertexDuals).map { "\(PeerResultJSON.quoted($0)): \($1)" }.joined(separator: ", ")
        out += "},\n\"blossoms\": ["
        out += certificate.blossoms.map { blossom in
            "{\"z\": \(blossom.z), \"members\": [" + blossom.members.map { PeerResultJSON.quoted(ids[$0]) }
                .joined(separator: ", ") + "]}"
        }.joined(separator: ",\n")
        out += "]}\n"
        return Array(out.utf8)
    }
}
