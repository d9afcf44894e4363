/// Renders subtrees of an ``HTMLTree`` as plain text.
///
/// Paragraph-level blocks are separated by a blank line, list items, table rows and `<br>` start
/// a new line, table cells are separated by a space, and whitespace inside a paragraph collapses
/// to single spaces (no-break spaces included). Dropped subtrees are skipped.
struct PlainTextRenderer {
    let tree: HTMLTree
    let removed: [Bool]
    private var output: [UInt8] = []
    /// The separator owed before the next word: 0 none, 1 space, 2 newline, 3 blank line.
    private var pending = 0
    /// Drop lines whose text is nearly all link text (link lists, "Read more: …" lines).
    var dropsLinkLines = false
    /// Where the current line starts in `output`, and its visible and linked byte counts.
    private var lineStart = 0
    private var lineBytes = 0
    private var lineLinkBytes = 0
    /// The end index of the innermost open link, or 0 outside links.
    private var linkEnd = 0
    /// Whether the owed separator closes a block (a `<br>` only breaks the line inside one).
    private var pendingClosesBlock = false

    init(tree: HTMLTree, removed: [Bool]) {
        self.tree = tree
        self.removed = removed
    }

    /// Appends the text of the subtree at `start`, as a block of its own.
    mutating func render(_ start: Int) {
        let end = Int(tree[start].end)
        var closing: [(end: Int, level: Int)] = []
        var index = start
        request(3)
        while index < end {
            while let last = closing.last, index >= last.end {
                request(last.level)
                closing.removeLast()
            }
            let node = tree[index]
            if removed[index] || node.tag.isNeverContent {
                index = Int(node.end)
                continue
            }
            if node.tag == .text {
                append(node.text, isLink: index < linkEnd)
            } else if node.tag == .br {
                pending = pending >= 2 ? 3 : max(pending, 2)
            } else {
                if node.tag == .a, index >= linkEnd { linkEnd = Int(node.end) }
                let level = Self.breakLevel(node.tag)
                if level > 0 {
                    request(level)
                    closing.append((Int(node.end), level))
                }
            }
            index += 1
        }
        request(3)
    }

    /// The text rendered so far.
    mutating func finish() -> String {
        endLine()
        return String(decoding: output, as: UTF8.self)
    }

    /// Closes the current line, dropping it when it is a link line.
    private mutating func endLine() {
        if dropsLinkLines, lineBytes > 0, lineLinkBytes * 10 >= lineBytes * 8 {
            output.removeSubrange(lineStart...)
        }
        lineStart = output.count
        lineBytes = 0
        lineLinkBytes = 0
    }

    private static func breakLevel(_ tag: HTMLTag) -> Int {
        switch tag {
        case .li, .tr, .dt, .dd, .option: 2
        case .td, .th: 1
        default: tag.isBlock ? 3 : 0
        }
    }

    private mutating func request(_ level: Int) {
        pending = max(pending, level)
        if level >= 2 { pendingClosesBlock = true }
    }

    private mutating func append(_ text: String, isLink: Bool) {
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                    request(1)
                    index += 1
                    continue
                }
                if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 {
                    request(1)
                    index += 2
                    continue
                }
                if pending > 0 {
                    if pendingClosesBlock { endLine() }
                    pendingClosesBlock = false
                    if !output.isEmpty {
                        switch pending {
                        case 1: output.append(0x20)
                        case 2: output.append(0x0A)
                        default: output.append(contentsOf: [0x0A, 0x0A])
                        }
                    }
                    pending = 0
                }
                output.append(byte)
                lineBytes += 1
                if isLink { lineLinkBytes += 1 }
                index += 1
            }
        }
    }
}
