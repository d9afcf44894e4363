/// Finds the main article body in an ``HTMLTree`` and renders it as plain text.
///
/// The algorithm is a Readability-style content scorer:
///
/// 1. **Prune** never-content elements (scripts, forms controls, embedded media), hidden
///    elements, landmark furniture (`nav`, `aside`, `footer`, `header`, ARIA navigation roles)
///    and blocks whose class/id says "comments", "related", "share"… (``ContentHints``), unless
///    such a block holds most of the page's paragraph text (then it is a mislabelled wrapper).
/// 2. **Score** every paragraph-like block by its length and commas and pass the score up to its
///    ancestors with decaying weight; each ancestor starts from a tag prior and a class/id weight.
///    The scores are damped by link density, so menus and link lists lose.
/// 3. **Choose** the best block, widen it to a common ancestor when several near-best blocks share
///    one, then add sibling blocks that look like more of the same article.
/// 4. **Clean** the chosen blocks: drop link-heavy or list-heavy sub-blocks, short widget bars,
///    captions, and headings that are page furniture.
/// 5. **Render** the rest as text with paragraph breaks.
///
/// Strict settings are tried first; if they leave too little text the extractor retries with
/// fewer removals, as Readability does.
struct ContentExtractor {
    /// The switches relaxed one by one when a pass finds too little text.
    struct Flags: OptionSet, Sendable {
        let rawValue: Int
        static let stripUnlikely = Flags(rawValue: 1)
        static let weighClasses = Flags(rawValue: 2)
        static let cleanConditionally = Flags(rawValue: 4)
        static let all: Flags = [.stripUnlikely, .weighClasses, .cleanConditionally]
    }

    /// The shortest body accepted without retrying with relaxed flags, in characters.
    static let minimumLength = 500

    let tree: HTMLTree
    let hints: ContentHints

    /// Per-node lowercase `class` + `id` bytes (empty when both are absent).
    private(set) var classAndID: [[UInt8]]
    /// Per-node text length and commas of text nodes (zero for elements), measured once for all passes.
    private(set) var ownText: [(length: Int32, commas: Int32)]

    init(tree: HTMLTree, hints: ContentHints = .standard) {
        self.tree = tree
        self.hints = hints
        var classAndID = [[UInt8]](repeating: [], count: tree.count)
        var ownText = [(length: Int32, commas: Int32)](repeating: (0, 0), count: tree.count)
        for index in 0..<tree.count {
            let node = tree[index]
            if node.tag == .text {
                ownText[index] = TextStatistics.measure(node.text)
                continue
            }
            var joined: [UInt8] = []
            for attribute in node.attributes where attribute.name == "class" || attribute.name == "id" {
                if !joined.isEmpty { joined.append(0x20) }
                joined.append(contentsOf: attribute.value.lowercased().utf8)
            }
            classAndID[index] = joined
        }
        self.classAndID = classAndID
        self.ownText = ownText
    }

    /// The body text: the best of the passes, from strict to relaxed.
    func extract() -> String {
        var best = ""
        var flags = Flags.all
        let relaxOrder: [Flags] = [.stripUnlikely, .weighClasses, .cleanConditionally]
        for step in 0...relaxOrder.count {
            var pass = ContentPass(extractor: self, flags: flags)
            let text = pass.run()
            if text.unicodeScalars.count >= Self.minimumLength { return text }
            // A relaxed pass must find much more to win: on a short story it mostly adds furniture.
            if text.unicodeScalars.count > best.unicodeScalars.count * 2 { best = text }
            if step < relaxOrder.count { flags.remove(relaxOrder[step]) }
        }
        return best
    }

    // MARK: - Class weight

    /// Readability's class weight: -25 per negative and +25 per positive class/id match.
    func classWeight(of index: Int) -> Int {
        let subject = classAndID[index]
        guard !subject.isEmpty else { return 0 }
        var weight = 0
        if hints.negative.matches(subject) { weight -= 25 }
        if hints.positive.matches(subject) { weight += 25 }
        return weight
    }
}
