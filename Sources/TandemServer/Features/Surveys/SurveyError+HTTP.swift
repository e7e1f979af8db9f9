import TandemCore
import Vapor

extension SurveyError: TandemError {
    var status: HTTPResponseStatus { .conflict }
}
