/// One extraction attempt over a tree with a given set of ``ContentExtractor/Flags``.
///
/// Holds the per-node state of the attempt: which subtrees are dropped, the text statistics of
/// what is left, and the content scores.
struct ContentPass {
    let extractor: ContentExtractor
    let flags: ContentExtractor.Flags
    var tree: HTMLTree { extractor.tree }

    /// Subtrees dropped by pruning or cleaning (the flag is set on the subtree root only).
    var removed: [Bool]
    /// Normalised text length of each node's subtree, in Unicode scalars.
    var textLength: [Int32]
    /// The part of ``textLength`` inside links.
    var linkLength: [Int32]
    /// Commas in each node's subtree.
    var commas: [Int32]
    /// Text length inside `p` elements, per subtree.
    var paragraphLength: [Int32]

    init(extractor: ContentExtractor, flags: ContentExtractor.Flags) {
        self.extractor = extractor
        self.flags = flags
        let count = extractor.tree.count
        removed = [Bool](repeating: false, count: count)
        textLength = [Int32](repeating: 0, count: count)
        linkLength = textLength
        commas = textLength
        paragraphLength = textLength
    }

    /// Runs the pass and returns the rendered body.
    mutating func run() -> String {
        guard let body = tree.first(.body) else { return "" }
        pruneNeverContent()
        computeStatistics()
        pruneFurniture(in: body)
        computeStatistics()
        var selection = CandidateSelection(pass: self, root: body)
        let chosen = selection.chooseArticleNodes()
        if flags.contains(.cleanConditionally) {
            for node in chosen { clean(node) }
        } else {
            for node in chosen { removeCaptions(in: node) }
        }
        var renderer = PlainTextRenderer(tree: tree, removed: removed)
        renderer.dropsLinkLines = flags.contains(.cleanConditionally)
        for node in chosen { renderer.render(node) }
        return renderer.finish()
    }

    // MARK: - Statistics

    /// Recomputes text, link, comma and paragraph statistics bottom-up, skipping removed subtrees.
    mutating func computeStatistics() {
        for index in 0..<tree.count {
            textLength[index] = 0
            linkLength[index] = 0
            commas[index] = 0
            paragraphLength[index] = 0
        }
        for index in stride(from: tree.count - 1, through: 0, by: -1) {
            let node = tree[index]
            if node.tag == .text {
                let measured = extractor.ownText[index]
                textLength[index] = measured.length
                commas[index] = measured.commas
            } else if node.tag == .a {
                linkLength[index] = textLength[index]
            } else if node.tag == .p {
                paragraphLength[index] = textLength[index]
            }
            let parent = Int(node.parent)
            guard parent >= 0, !removed[index] else { continue }
            textLength[parent] += textLength[index]
            linkLength[parent] += linkLength[index]
            commas[parent] += commas[index]
            paragraphLength[parent] += paragraphLength[index]
        }
    }

    /// The share of a node's text that sits inside links (0…1).
    func linkDensity(_ index: Int) -> Double {
        let length = textLength[index]
        return length == 0 ? 0 : Double(linkLength[index]) / Double(length)
    }

    // MARK: - Pruning

    /// Drops elements that never hold article text, and hidden elements.
    mutating func pruneNeverContent() {
        var index = 0
        while index < tree.count {
            let node = tree[index]
            if node.tag != .text, node.tag.isNeverContent || isHidden(index) {
                removed[index] = true
                index = Int(node.end)
                continue
            }
            index += 1
        }
    }

    /// Drops landmark furniture and blocks whose class/id marks them as furniture.
    mutating func pruneFurniture(in body: Int) {
        let pageParagraphs = max(paragraphLength[body], 1)
        var index = body + 1
        var insideTableOrCode = [Int]()  // ends of open table/code subtrees
        while index < tree.count {
            while let end = insideTableOrCode.last, index >= end { insideTableOrCode.removeLast() }
            let node = tree[index]
            if removed[index] || node.tag == .text {
                index = removed[index] ? Int(node.end) : index + 1
                continue
            }
            // A block holding most of the page's paragraph text is the article, whatever its name says.
            let holdsArticle = paragraphLength[index] * 2 > pageParagraphs && paragraphLength[index] > 200
            let inTableOrCode = !insideTableOrCode.isEmpty
            if isComments(index) || (!holdsArticle && isFurniture(index, insideTableOrCode: inTableOrCode)) {
                removed[index] = true
                index = Int(node.end)
                continue
            }
            if node.tag == .table || node.tag == .code || node.tag == .pre { insideTableOrCode.append(Int(node.end)) }
            index += 1
        }
    }

    /// Reader comments go in every pass: they are long, paragraph-rich and never the article.
    private func isComments(_ index: Int) -> Bool {
        switch tree[index].tag {
        case .article, .main, .body, .a: return false
        default: return extractor.hints.comments.matches(extractor.classAndID[index])
        }
    }

    private func isFurniture(_ index: Int, insideTableOrCode: Bool) -> Bool {
        let node = tree[index]
        switch node.tag {
        case .nav, .aside, .footer, .header, .menu, .figcaption: return true
        case .article, .main, .body, .a: return false
        default: break
        }
        if let role = tree.attribute("role", of: index)?.lowercased(), extractor.hints.unlikelyRoles.contains(role) {
            return true
        }
        guard flags.contains(.stripUnlikely), !insideTableOrCode else { return false }
        let subject = extractor.classAndID[index]
        guard !subject.isEmpty else { return false }
        if extractor.hints.hasFurnitureToken(subject) { return true }
        return extractor.hints.unlikely.matches(subject) && !extractor.hints.maybeContent.matches(subject)
    }

    private func isHidden(_ index: Int) -> Bool {
        for attribute in tree[index].attributes {
            switch attribute.name {
            case "hidden": return true
            case "aria-hidden": if attribute.value == "true" { return true }
            case "style":
                let style = attribute.value.lowercased().filter { $0 != " " }
                if style.contains("display:none") || style.contains("visibility:hidden") { return true }
            default: break
            }
        }
        return false
    }
}
