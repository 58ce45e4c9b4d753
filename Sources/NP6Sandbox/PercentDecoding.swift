import Foundation
import NP6

enum PercentDecoding {
    static func formValue(_ text: String) -> String? {
        PercentEncoding.decode(text.replacingOccurrences(of: "+", with: " "))
    }
}
