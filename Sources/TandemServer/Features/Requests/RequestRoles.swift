import TandemCore

/// Who asks whom in a programme: mentees ask mentors; in peer types, peers ask peers.
enum RequestRoles {
    static func roles(for type: ProgrammeType) -> (seeker: EnrolmentRole, offered: EnrolmentRole) {
        type.isTwoSided ? (.mentee, .mentor) : (.peer, .peer)
    }
}
