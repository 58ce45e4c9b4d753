import Essentials
import NP6

enum PercentDecoding {
    static func formValue(_ text: String) -> String? {
        PercentEncoding.decode(text.replacingAll("+", with: " "))
    }
}
