/// The survey's privacy rule, in one place for every document: a figure, a position or a quote given for a
/// profession must come from at least two of its members. With one, "the pharmacists' answer" is one person's
/// answer, and a team knows who that is. The team-level synthesis still counts every answer.
public enum RespondentPrivacy {
    public static let minimumAnswers = 2

    public static func canShow(answers: Int) -> Bool { answers >= minimumAnswers }
}
