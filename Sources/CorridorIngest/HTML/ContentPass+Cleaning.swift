/// Post-selection cleaning of the chosen article nodes (Readability's `prepArticle`).
extension ContentPass {
    /// Removes a subtree and takes its statistics off its ancestors.
    mutating func drop(_ index: Int) {
        guard !removed[index] else { return }
        removed[index] = true
        var ancestor = Int(tree[index].parent)
        while ancestor >= 0 {
            textLength[ancestor] -= textLength[index]
            linkLength[ancestor] -= linkLength[index]
            commas[ancestor] -= commas[index]
            paragraphLength[ancestor] -= paragraphLength[index]
            ancestor = Int(tree[ancestor].parent)
        }
    }

    /// Whether `index` or an ancestor up to `top` has been dropped.
    func isDropped(_ index: Int, below top: Int) -> Bool {
        var current = index
        while current >= 0 {
            if removed[current] { return true }
            if current == top { return false }
            current = Int(tree[current].parent)
        }
        return false
    }

    /// Runs every cleaning step on the subtree at `top`.
    mutating func clean(_ top: Int) {
        removeCaptions(in: top)
        removeWidgets(in: top)
        let end = Int(tree[top].end)
        for index in stride(from: end - 1, through: top + 1, by: -1) {
            let tag = tree[index].tag
            guard tag != .text, !isDropped(index, below: top) else { continue }
            switch tag {
            case .h1:
                drop(index)  // the headline goes to `title`, not the body
            case .h2, .h3:
                if extractor.classWeight(of: index) < 0 { drop(index) }
            case .table, .ul, .ol, .div, .section, .form, .fieldset, .other, .dl:
                if shouldRemoveConditionally(index) { drop(index) }
            default: break
            }
        }
    }

    /// Drops `figcaption` and blocks whose class names them captions or credits.
    mutating func removeCaptions(in top: Int) {
        let end = Int(tree[top].end)
        var index = top + 1
        while index < end {
            let node = tree[index]
            if node.tag != .text, !removed[index],
                node.tag == .figcaption
                    || (textLength[index] < 400 && extractor.hints.caption.matches(extractor.classAndID[index]))
            {
                drop(index)
            }
            index = removed[index] ? Int(node.end) : index + 1
        }
    }

    /// Drops short share bars, tag lists, bylines and similar widgets.
    mutating func removeWidgets(in top: Int) {
        let end = Int(tree[top].end)
        var index = top + 1
        while index < end {
            let node = tree[index]
            if node.tag != .text, !removed[index], textLength[index] < 300, node.tag != .p,
                extractor.hints.widget.matches(extractor.classAndID[index]) || isMetadataItem(index),
                !containsQuote(index)
            {
                drop(index)
            }
            index = removed[index] ? Int(node.end) : index + 1
        }
    }

    /// Microdata that labels a byline or date (`itemprop="datePublished"`, `"author"`): metadata, not text.
    private func isMetadataItem(_ index: Int) -> Bool {
        guard let property = tree.attribute("itemprop", of: index)?.lowercased() else { return false }
        return ["datepublished", "datemodified", "author", "publisher", "creator", "keywords"].contains(property)
    }

    /// Whether the subtree holds a `blockquote`: embedded posts and quotes are content even in a "social" box.
    private func containsQuote(_ index: Int) -> Bool {
        (index + 1..<Int(tree[index].end)).contains { tree[$0].tag == .blockquote && !removed[$0] }
    }

    // MARK: - Conditional cleaning

    private struct Counts {
        var paragraphs = 0
        var images = 0
        var listItems = 0
        var inputs = 0
        var embeds = 0
        var headingLength: Int32 = 0
        var listLength: Int32 = 0
        var hasNestedTable = false
        var rows = 0
        var maxColumns = 0
        var hasDataMarkers = false
    }

    private func counts(in top: Int) -> Counts {
        var counts = Counts()
        let end = Int(tree[top].end)
        var index = top + 1
        var columns = 0
        while index < end {
            let node = tree[index]
            if removed[index] {
                index = Int(node.end)
                continue
            }
            switch node.tag {
            case .p: counts.paragraphs += 1
            case .img, .picture: counts.images += 1
            case .li: counts.listItems += 1
            case .input, .select, .textarea, .button: counts.inputs += 1
            case .iframe, .embed, .object, .video, .audio: counts.embeds += 1
            case .h1, .h2, .h3, .h4, .h5, .h6: counts.headingLength += textLength[index]
            case .ul, .ol: counts.listLength += textLength[index]
            case .table: counts.hasNestedTable = true
            case .tr:
                counts.rows += 1
                columns = 0
            case .td, .th:
                columns += 1
                counts.maxColumns = max(counts.maxColumns, columns)
                if node.tag == .th { counts.hasDataMarkers = true }
            case .thead, .caption: counts.hasDataMarkers = true
            default: break
            }
            index += 1
        }
        return counts
    }

    private func isDataTable(_ counts: Counts) -> Bool {
        if counts.hasNestedTable { return false }
        if counts.hasDataMarkers { return true }
        return counts.rows >= 10 || counts.maxColumns > 4 || counts.rows * counts.maxColumns > 10
    }

    private func hasAncestor(_ index: Int, tag: HTMLTag) -> Bool {
        var current = Int(tree[index].parent)
        while current >= 0 {
            if tree[current].tag == tag { return true }
            current = Int(tree[current].parent)
        }
        return false
    }

    /// A list of three or more short items that each carry a link: "more stories", "see also".
    private func isLinkList(_ index: Int) -> Bool {
        let items = tree.children(of: index).filter { tree[$0].tag == .li && !removed[$0] }
        guard items.count >= 3 else { return false }
        let total = items.reduce(Int32(0)) { $0 + textLength[$1] }
        guard total < Int32(items.count) * 100 else { return false }
        return items.allSatisfy { linkLength[$0] > 0 }
    }

    /// Readability's `_cleanConditionally`: link-, list-, image- or form-heavy blocks go.
    private func shouldRemoveConditionally(_ index: Int) -> Bool {
        let tag = tree[index].tag
        let counts = counts(in: index)
        if tag == .table, isDataTable(counts) { return false }
        if hasAncestor(index, tag: .code) || hasAncestor(index, tag: .pre) { return false }
        let length = textLength[index]
        var isList = tag == .ul || tag == .ol || tag == .dl
        if !isList, length > 0 { isList = Double(counts.listLength) / Double(length) > 0.9 }
        let weight = flags.contains(.weighClasses) ? extractor.classWeight(of: index) : 0
        // An embedded post is a quotation the article makes, whatever the wrapper's name ("social-media-embed").
        if containsQuote(index), linkDensity(index) < 0.5 { return false }
        // A wrapper around plain paragraphs is prose whatever its class says ("leafmedia-paragraph").
        if length >= 100, paragraphLength[index] * 10 >= length * 9, linkDensity(index) < 0.25 { return false }
        if weight < 0 { return true }
        guard commas[index] < 10 else { return false }
        let paragraphs = Double(counts.paragraphs)
        let density = linkDensity(index)
        let headingDensity = length == 0 ? 0 : Double(counts.headingLength) / Double(length)
        let inFigure = hasAncestor(index, tag: .figure)
        if counts.images > 1, paragraphs / Double(counts.images) < 0.5, !inFigure { return true }
        if !isList, counts.listItems - 100 > counts.paragraphs { return true }
        if counts.inputs > counts.paragraphs / 3 { return true }
        if !isList, headingDensity < 0.9, length < 25, counts.images == 0 || counts.images > 2, !inFigure {
            return true
        }
        if !isList, weight < 25, density > 0.2 { return true }
        if weight >= 25, density > 0.5 { return true }
        if (counts.embeds == 1 && length < 75) || counts.embeds > 1 { return true }
        if isList, density > 0.5 { return true }
        if tag == .ul || tag == .ol, isLinkList(index) { return true }
        return false
    }
}
