/// One session of the training log: who was trained, when, how long, on what, by whom.
public struct TrainingSession: Sendable, Equatable {
    public var person: String
    public var profession: String
    /// `YYYY-MM-DD`.
    public var date: String
    public var hours: Double
    public var content: TrainingContent
    public var trainer: String

    public init(person: String, profession: String, date: String, hours: Double, content: TrainingContent, trainer: String) {
        self.person = person; self.profession = profession; self.date = date; self.hours = hours
        self.content = content; self.trainer = trainer
    }
}

/// The training log against what was promised: the hours per professional the editor declared (a catalog fact,
/// `nil` when unknown — never read as 0) and the method's waves (what should be trained by when).
public struct TrainingComparison: Sendable, Equatable {
    public struct Professional: Sendable, Equatable {
        public var person: String, profession: String, hours: Double, contents: [TrainingContent]
        /// Hours still owed against the editor's declaration; `nil` when the declaration is unknown.
        public var shortfall: Double?
    }

    public struct Profession: Sendable, Equatable {
        public var profession: String, people: Int, trained: Int, hours: Double
    }

    public struct Wave: Sendable, Equatable {
        public var content: TrainingContent, title: String
        /// `YYYY-MM-DD`, the week the wave is due; `nil` without a schedule.
        public var due: String?
        public var trained: Int, people: Int
        /// Due before today and someone still not trained in it.
        public var isLate: Bool
    }

    public let declaredHours: Double?
    public let professionals: [Professional]
    public let professions: [Profession]
    public let untrained: [Professional]
    public let waves: [Wave]

    /// `people` are the team's professionals (label, profession) in the order they are listed.
    public init(people: [(person: String, profession: String)], sessions: [TrainingSession], declaredHours: Double?,
                method: DeploymentMethod, schedule: Schedule?, today: String) {
        self.declaredHours = declaredHours
        let professionals = people.map { member in
            let own = sessions.filter { $0.person == member.person }
            let hours = own.reduce(0) { $0 + $1.hours }
            return Professional(person: member.person, profession: member.profession, hours: hours,
                                contents: TrainingContent.allCases.filter { content in own.contains { $0.content == content } },
                                shortfall: declaredHours.map { max($0 - hours, 0) })
        }
        self.professionals = professionals
        untrained = professionals.filter { $0.hours == 0 }
        professions = Self.byProfession(professionals)
        waves = method.training.compactMap { wave in
            guard let content = TrainingContent(rawValue: wave.id) else { return nil }
            let due = schedule?.due(wave).map(CalendarDay.iso)
            let trained = professionals.filter { $0.contents.contains(content) }.count
            return Wave(content: content, title: wave.title, due: due, trained: trained, people: professionals.count,
                        isLate: trained < professionals.count && due.map { $0 < today } == true)
        }
    }

    private static func byProfession(_ professionals: [Professional]) -> [Profession] {
        var order: [String] = []
        var totals: [String: Profession] = [:]
        for member in professionals {
            if totals[member.profession] == nil {
                order.append(member.profession)
                totals[member.profession] = Profession(profession: member.profession, people: 0, trained: 0, hours: 0)
            }
            totals[member.profession]!.people += 1
            totals[member.profession]!.trained += member.hours > 0 ? 1 : 0
            totals[member.profession]!.hours += member.hours
        }
        return order.compactMap { totals[$0] }
    }
}
