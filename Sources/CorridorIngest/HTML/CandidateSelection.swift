/// Scores blocks and chooses the nodes that make up the article (Readability's core loop).
struct CandidateSelection {
    let pass: ContentPass
    let root: Int
    private var tree: HTMLTree { pass.tree }
    /// Content scores of the candidate blocks initialised so far.
    private(set) var scores: [Int: Double] = [:]
    /// Whether each node is, or contains, a block-level element (so it is not a paragraph itself).
    private var containsBlock: [Bool]

    init(pass: ContentPass, root: Int) {
        self.pass = pass
        self.root = root
        let tree = pass.tree
        var containsBlock = [Bool](repeating: false, count: tree.count)
        for index in stride(from: tree.count - 1, through: 0, by: -1) {
            let node = tree[index]
            let parent = Int(node.parent)
            guard parent >= 0, !pass.removed[index] else { continue }
            if containsBlock[index] || Self.isParagraphBreaking(node.tag) { containsBlock[parent] = true }
        }
        self.containsBlock = containsBlock
    }

    /// Elements that stop a `div` from counting as a paragraph.
    private static func isParagraphBreaking(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .blockquote, .dl, .div, .ol, .p, .pre, .table, .ul, .section, .article, .h1, .h2, .h3, .h4, .h5, .h6,
            .figure, .li:
            true
        default: false
        }
    }

    // MARK: - Scoring

    /// The article's top-level nodes, in document order.
    mutating func chooseArticleNodes() -> [Int] {
        scoreParagraphs()
        guard var top = bestCandidates(limit: 5).first else { return [root] }
        top = widenToSharedAncestor(top)
        top = climbWhileScoreGrows(top)
        // A lone child is no better than its parent: the parent may hold a headline-free intro.
        var parent = Int(tree[top].parent)
        while top != root, parent != root, parent >= 0, elementChildren(of: parent).count == 1 {
            top = parent
            parent = Int(tree[top].parent)
        }
        top = headlineArticle(within: top) ?? top
        if scores[top] == nil { initialize(top) }
        return top == root ? [root] : siblings(joining: top)
    }

    private mutating func scoreParagraphs() {
        let end = Int(tree[root].end)
        var index = root
        while index < end {
            let node = tree[index]
            if pass.removed[index] {
                index = Int(node.end)
                continue
            }
            defer { index += 1 }
            guard node.tag != .text else { continue }
            switch node.tag {
            case .p, .pre, .td, .h2, .h3, .h4, .h5, .h6:
                addParagraph(length: pass.textLength[index], commas: pass.commas[index], from: Int(node.parent))
            case .div, .section, .article, .main, .other, .span, .font, .center, .form, .blockquote:
                if !containsBlock[index] {
                    guard node.tag != .span, node.tag != .font else { continue }
                    addParagraph(length: pass.textLength[index], commas: pass.commas[index], from: Int(node.parent))
                } else {
                    // Text sitting directly in a block (br-separated prose) is a paragraph of that block.
                    var length: Int32 = 0
                    var commas: Int32 = 0
                    for child in tree.children(of: index) where !pass.removed[child] && !containsBlock[child] {
                        let tag = tree[child].tag
                        guard tag == .text || !Self.isParagraphBreaking(tag) else { continue }
                        length += pass.textLength[child]
                        commas += pass.commas[child]
                    }
                    addParagraph(length: length, commas: commas, from: index)
                }
            default: continue
            }
        }
    }

    private mutating func addParagraph(length: Int32, commas: Int32, from first: Int) {
        guard length >= 25, first >= 0 else { return }
        let score = 1 + Double(commas) + min(Double(length / 100), 3)
        var ancestor = first
        var level = 0
        while ancestor >= 0, level < 5 {
            if scores[ancestor] == nil { initialize(ancestor) }
            let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
            scores[ancestor, default: 0] += score / divider
            if ancestor == root { break }
            ancestor = Int(tree[ancestor].parent)
            level += 1
        }
    }

    private mutating func initialize(_ index: Int) {
        var score: Double
        switch tree[index].tag {
        case .div, .article, .main, .section: score = 5
        case .pre, .td, .blockquote: score = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: score = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: score = -5
        default: score = 0
        }
        if pass.flags.contains(.weighClasses) {
            // A positive class name is a prior that should not outweigh evidence: on a small block
            // ("content-title", "post-meta") it counts in proportion to the text the block holds.
            let weight = Double(pass.extractor.classWeight(of: index))
            score += weight > 0 ? weight * min(1, Double(pass.textLength[index]) / 500) : weight
        }
        scores[index] = score
    }

    // MARK: - Choosing

    /// Candidates ordered by link-damped score (best first); ties go to the earlier node.
    private mutating func bestCandidates(limit: Int) -> [Int] {
        for (index, score) in scores { scores[index] = score * (1 - pass.linkDensity(index)) }
        let ordered = scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return ordered.prefix(limit).map(\.key)
    }

    /// Several near-best candidates under one ancestor mean the article is that ancestor.
    private func widenToSharedAncestor(_ top: Int) -> Int {
        let topScore = scores[top] ?? 0
        guard topScore > 0 else { return top }
        let others = scores.filter { $0.key != top && $0.value / topScore >= 0.75 }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(4)
        guard others.count >= 3 else { return top }
        let ancestorSets = others.map { Set(ancestors(of: $0.key)) }
        var parent = Int(tree[top].parent)
        while parent >= 0, parent != root {
            if ancestorSets.filter({ $0.contains(parent) }).count >= 3 { return parent }
            parent = Int(tree[parent].parent)
        }
        return top
    }

    /// Moves up while the parent's score beats the child's (Readability's "parent is better" check).
    private func climbWhileScoreGrows(_ start: Int) -> Int {
        var top = start
        var parent = Int(tree[top].parent)
        var lastScore = scores[top] ?? 0
        let threshold = lastScore / 3
        while parent >= 0, parent != root {
            guard let parentScore = scores[parent] else {
                parent = Int(tree[parent].parent)
                continue
            }
            if parentScore < threshold { break }
            if parentScore > lastScore {
                top = parent
                break
            }
            lastScore = parentScore
            parent = Int(tree[parent].parent)
        }
        return top
    }

    /// The top node plus the siblings that look like more of the same article, in document order.
    private func siblings(joining top: Int) -> [Int] {
        let parent = Int(tree[top].parent)
        guard parent >= 0 else { return [top] }
        let topScore = scores[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        let topClass = tree.attribute("class", of: top) ?? ""
        var chosen: [Int] = []
        for sibling in elementChildren(of: parent) {
            if sibling == top {
                chosen.append(sibling)
                continue
            }
            // Sibling <article>s of an <article> are other stories (teasers, "you may like").
            if tree[top].tag == .article, tree[sibling].tag == .article { continue }
            // Cleaning works inside the chosen blocks, so a caption or share bar must not become one.
            let name = pass.extractor.classAndID[sibling]
            let hints = pass.extractor.hints
            if tree[sibling].tag == .figure || tree[sibling].tag == .figcaption || hints.caption.matches(name)
                || (pass.textLength[sibling] < 300 && hints.widget.matches(name))
            {
                continue
            }
            var bonus = 0.0
            if !topClass.isEmpty, tree.attribute("class", of: sibling) == topClass { bonus = topScore * 0.2 }
            // A weaker sibling must also read like prose, not like a grid of links.
            if let score = scores[sibling], score + bonus >= threshold,
                score + bonus >= topScore * 0.5 || pass.linkDensity(sibling) < 0.25
            {
                chosen.append(sibling)
            } else if isProse(sibling) {
                let length = pass.textLength[sibling]
                let density = pass.linkDensity(sibling)
                if length > 80, density < 0.25 {
                    chosen.append(sibling)
                } else if length > 0, length <= 80, density == 0, endsLikeSentence(sibling) {
                    chosen.append(sibling)
                }
            }
        }
        return chosen
    }

    /// When the chosen block is a list of stories (several `<article>`s) or a story-shaped block
    /// beside the one holding the page's `h1`, the `<article>` around the `h1` is the story.
    private func headlineArticle(within top: Int) -> Int? {
        let end = Int(tree[root].end)
        guard let heading = (root + 1..<end).first(where: { tree[$0].tag == .h1 && !isRemoved($0) }) else {
            return nil
        }
        var story: Int?
        var current = Int(tree[heading].parent)
        while current > root {
            if tree[current].tag == .article { story = current }
            current = Int(tree[current].parent)
        }
        guard let story, story != top, pass.textLength[story] >= 100 else { return nil }
        if contains(story, top) { return nil }
        let storiesInTop = outermostArticles(in: top).count
        if contains(top, story) { return storiesInTop >= 2 ? story : nil }
        return tree[top].tag == .article || storiesInTop >= 2 ? story : nil
    }

    private func contains(_ ancestor: Int, _ index: Int) -> Bool {
        index > ancestor && index < Int(tree[ancestor].end)
    }

    private func isRemoved(_ index: Int) -> Bool {
        var current = index
        while current >= 0 {
            if pass.removed[current] { return true }
            current = Int(tree[current].parent)
        }
        return false
    }

    private func outermostArticles(in top: Int) -> [Int] {
        var articles: [Int] = []
        let end = Int(tree[top].end)
        var index = top + 1
        while index < end {
            let node = tree[index]
            if pass.removed[index] {
                index = Int(node.end)
            } else if node.tag == .article {
                if pass.textLength[index] > 0 { articles.append(index) }
                index = Int(node.end)
            } else {
                index += 1
            }
        }
        return articles
    }

    /// A paragraph, a block without inner blocks, or a wrapper whose text is all in paragraphs.
    private func isProse(_ index: Int) -> Bool {
        let tag = tree[index].tag
        if tag == .p { return true }
        guard tag == .div || tag == .section || tag == .other else { return false }
        if !containsBlock[index] { return true }
        return pass.paragraphLength[index] * 10 >= pass.textLength[index] * 9
    }

    private func endsLikeSentence(_ index: Int) -> Bool {
        var renderer = PlainTextRenderer(tree: tree, removed: pass.removed)
        renderer.render(index)
        let text = renderer.finish()
        return text.hasSuffix(".") || text.contains(". ")
    }

    // MARK: - Tree helpers

    private func elementChildren(of index: Int) -> [Int] {
        tree.children(of: index).filter { !pass.removed[$0] && tree[$0].tag != .text }
    }

    private func ancestors(of index: Int) -> [Int] {
        var out: [Int] = []
        var current = Int(tree[index].parent)
        while current >= 0 {
            out.append(current)
            current = Int(tree[current].parent)
        }
        return out
    }
}
