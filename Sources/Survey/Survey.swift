/// Survey: questionnaire, pooling and readiness. Built by the Survey issue; the module exists so the layout is
/// in place and the Comparator's `NeedsProfile` is what pooling will produce.
public enum Survey {}
