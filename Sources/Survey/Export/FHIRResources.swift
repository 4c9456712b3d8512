/// The subset of FHIR R4 (4.0.1) resources the export needs, as plain Codable values. Hand-written because no
/// Swift FHIR library is available here; the test suite validates the output with an independent implementation
/// (the `fhirclient` Python models in strict mode).
public enum FHIR {
    public struct Coding: Codable, Sendable, Equatable {
        public var system: String
        public var code: String
        public var display: String?
    }

    public struct Extension: Codable, Sendable, Equatable {
        public var url: String
        public var valueBoolean: Bool?
    }

    public struct AnswerOption: Codable, Sendable, Equatable {
        public var valueCoding: Coding
        public var `extension`: [Extension]?
    }

    public struct EnableWhen: Codable, Sendable, Equatable {
        public var question: String
        /// `=`, `!=` or `exists` (with `answerBoolean`).
        public var `operator`: String
        public var answerCoding: Coding?
        public var answerBoolean: Bool?
    }

    public struct QuestionnaireItem: Codable, Sendable {
        public var linkId: String
        public var text: String?
        /// group | boolean | integer | string | text | choice
        public var type: String
        public var required: Bool?
        public var repeats: Bool?
        public var enableWhen: [EnableWhen]?
        /// `any` or `all`, required when there is more than one enableWhen.
        public var enableBehavior: String?
        public var answerOption: [AnswerOption]?
        public var item: [QuestionnaireItem]?
    }

    public struct Questionnaire: Codable, Sendable {
        public var resourceType = "Questionnaire"
        public var id: String
        public var url: String
        public var version: String
        public var name: String
        public var title: String
        public var status = "active"
        public var language = "fr-FR"
        public var item: [QuestionnaireItem]
    }

    public struct Answer: Codable, Sendable, Equatable {
        public var valueCoding: Coding?
        public var valueInteger: Int?
        public var valueBoolean: Bool?
        public var valueString: String?
    }

    public struct ResponseItem: Codable, Sendable {
        public var linkId: String
        public var text: String?
        public var answer: [Answer]?
        public var item: [ResponseItem]?
    }

    public struct Identifier: Codable, Sendable, Equatable {
        public var system: String
        public var value: String
    }

    public struct QuestionnaireResponse: Codable, Sendable {
        public var resourceType = "QuestionnaireResponse"
        public var id: String
        public var identifier: Identifier
        public var questionnaire: String
        /// in-progress | completed
        public var status: String
        public var authored: String?
        public var item: [ResponseItem]
    }

    public struct BundleEntry: Codable, Sendable {
        public var fullUrl: String
        public var resource: QuestionnaireResponse
    }

    public struct Bundle: Codable, Sendable {
        public var resourceType = "Bundle"
        public var id: String
        public var type = "collection"
        public var entry: [BundleEntry]
    }
}
