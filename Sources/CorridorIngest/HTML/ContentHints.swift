/// Generic word lists that class names, ids and roles are matched against, in the spirit of
/// Readability: they describe *kinds* of page furniture, never particular sites.
///
/// Matching is by substring over the lowercase `class` + `id` text, as class names glue words
/// together ("commentlist", "sharebar", "post-body"). The words live in a byte trie keyed by the
/// first byte so one class string is scanned once per list.
struct ContentHints: Sendable {
    /// Words that mark reader comments, removed whatever else the block's name or size says.
    let comments: HintMatcher
    /// Words that mark a block as page furniture unless ``maybeContent`` also matches.
    let unlikely: HintMatcher
    /// Words that rescue an ``unlikely`` block: "main-header-and-body" may hold the story.
    let maybeContent: HintMatcher
    /// Words that raise a block's score.
    let positive: HintMatcher
    /// Words that lower a block's score.
    let negative: HintMatcher
    /// Words that mark a short block as a share/social bar or similar widget.
    let widget: HintMatcher
    /// Words that mark a block as a caption or credit line.
    let caption: HintMatcher

    /// Whole class/id tokens that name furniture outright: `class="footer footer-content"` is a footer
    /// even though "content" would otherwise rescue it.
    let furnitureTokens: Set<String> = [
        "footer", "header", "sidebar", "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs",
        "share", "sharing", "social", "related", "comments", "advertisement", "ad", "ads", "banner", "cookie",
        "cookies", "newsletter", "promo", "masthead", "site-footer", "site-header", "page-footer", "page-header",
    ]

    /// Whether a class/id string has a token from ``furnitureTokens``.
    func hasFurnitureToken(_ subject: [UInt8]) -> Bool {
        subject.split(separator: 0x20).contains { furnitureTokens.contains(String(decoding: $0, as: UTF8.self)) }
    }

    /// ARIA roles that never hold the article.
    let unlikelyRoles: Set<String> = [
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo",
        "search", "toolbar", "tablist",
    ]

    /// The default lists.
    static let standard = ContentHints(
        comments: HintMatcher(["comment", "disqus", "replies", "respond", "reply"]),
        unlikely: HintMatcher([
            "-ad-", "ad-break", "agegate", "banner", "breadcrumb", "combx", "comment", "community", "cookie",
            "consent", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related",
            "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
            "pagination", "pager", "popup", "modal", "newsletter", "subscribe", "signup", "paywall", "promo",
            "outbrain", "taboola", "recommend", "most-read", "mostread", "most-popular", "trending", "share",
            "navbar", "masthead", "toolbar", "author-bio", "byline", "tags", "read-more", "readmore", "read-next",
            "more-from", "more-stories", "also-read",
        ]),
        maybeContent: HintMatcher([
            "and", "article", "body", "column", "content", "main", "shadow", "story", "embed",
        ]),
        positive: HintMatcher([
            "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog",
            "story", "prose",
        ]),
        negative: HintMatcher([
            "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote", "gdpr",
            "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
            "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "caption", "credit", "byline", "author",
            "newsletter", "subscribe", "social", "recommend", "teaser", "nav", "breadcrumb", "popular",
        ]),
        widget: HintMatcher([
            "share", "social", "sharing", "follow", "print", "email", "newsletter", "subscribe", "signup",
            "related", "recommend", "promo", "tags", "author", "byline", "meta", "date", "caption", "credit",
        ]),
        caption: HintMatcher(["caption", "credit", "wp-caption-text", "photo-source", "image-source"])
    )
}
