import Formatting
import Localization

/// How a banner is laid out: its title and message wrapped to the screen's width.
public enum BannerText {
    public static func lines(_ banner: Banner, width: Int) -> [String] {
        let text =
            Message.bannerLine(title: banner.title, message: banner.message).text()
            + (banner.hint.map { " — \($0)" } ?? "")
        return Array(DisplayWidth.wrap(text, width: max(1, width - 2)).prefix(ScreenLayout.maximumBannerRows))
    }

    public static func lineCount(_ banner: Banner, width: Int) -> Int {
        lines(banner, width: width).count
    }
}
