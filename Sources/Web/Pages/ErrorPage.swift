/// The page of every refusal and failure: a title and one French sentence, never a technical detail.
struct ErrorPage: PageModel {
    static let template = "erreur"

    var title: String
    var message: String
}
