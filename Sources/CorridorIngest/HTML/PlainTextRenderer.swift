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
                append(node.text)
            } else if node.tag == .br {
                pending = pending >= 2 ? 3 : max(pending, 2)
            } else {
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
    func finish() -> String {
        String(decoding: output, as: UTF8.self)
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
    }

    private mutating func append(_ text: String) {
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
                index += 1
            }
        }
    }
}
