/// The HTML elements the extractor tells apart; every other element is ``other``.
///
/// Names come from libxml2's HTML parser, which lowercases them.
enum HTMLTag: UInt8, Sendable {
    case text
    case other
    case html, head, body, title, meta, link, base
    case script, style, noscript, template, svg, math, canvas, iframe, object, embed, video, audio
    case form, input, button, select, textarea, option, label, fieldset, dialog
    case nav, header, footer, aside, menu
    case article, main, section, div, span, p, br, hr, pre, code, blockquote, address, center, font
    case h1, h2, h3, h4, h5, h6
    case ul, ol, li, dl, dt, dd
    case table, thead, tbody, tfoot, tr, td, th, caption
    case figure, figcaption, picture, img, source
    case a, b, strong, i, em, u, small, sub, sup, time, abbr, cite, q, mark, s, del, ins

    private static let byName: [String: HTMLTag] = {
        var map: [String: HTMLTag] = [:]
        let all: [HTMLTag] = [
            .html, .head, .body, .title, .meta, .link, .base,
            .script, .style, .noscript, .template, .svg, .math, .canvas, .iframe, .object, .embed, .video, .audio,
            .form, .input, .button, .select, .textarea, .option, .label, .fieldset, .dialog,
            .nav, .header, .footer, .aside, .menu,
            .article, .main, .section, .div, .span, .p, .br, .hr, .pre, .code, .blockquote, .address, .center,
            .font, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd,
            .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption,
            .figure, .figcaption, .picture, .img, .source,
            .a, .b, .strong, .i, .em, .u, .small, .sub, .sup, .time, .abbr, .cite, .q, .mark, .s, .del, .ins,
        ]
        for tag in all { map[tag.name] = tag }
        return map
    }()

    /// The tag for an element name (already lowercase), or ``other``.
    init(name: String) {
        self = Self.byName[name] ?? .other
    }

    /// The lowercase element name.
    var name: String {
        switch self {
        case .text: "#text"
        case .other: "#other"
        default: String(describing: self)
        }
    }

    /// Elements whose content is never article text.
    var isNeverContent: Bool {
        switch self {
        case .head, .title, .meta, .link, .base, .script, .style, .noscript, .template, .svg, .math, .canvas,
            .iframe, .object, .embed, .video, .audio, .input, .button, .select, .textarea, .option, .dialog:
            true
        default: false
        }
    }

    /// Elements that start a new line or paragraph when the text is rendered.
    var isBlock: Bool {
        switch self {
        case .html, .body, .form, .fieldset, .nav, .header, .footer, .aside, .menu, .article, .main, .section,
            .div, .p, .hr, .pre, .blockquote, .address, .center, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl,
            .dt, .dd, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption, .figure, .figcaption, .br:
            true
        default: false
        }
    }

    /// Headings `h1`–`h6`.
    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: true
        default: false
        }
    }

    /// Elements that hold running text themselves rather than structure (paragraph-like).
    var isParagraphLike: Bool {
        switch self {
        case .p, .pre, .td, .blockquote, .dd, .li, .h1, .h2, .h3, .h4, .h5, .h6, .address: true
        default: false
        }
    }
}
