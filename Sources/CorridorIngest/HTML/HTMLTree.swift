internal import CLibXML2

/// A compact, read-only view of a parsed HTML page: every element and text node in document order.
///
/// Nodes sit in one array in preorder; a node's subtree is the index range `index..<end`, so
/// walking children, descendants and ancestors needs no pointers and no per-node allocations
/// beyond the text and the few attributes the extractor reads. Nodes are never deleted: passes
/// that discard content mark them in a separate flag array.
struct HTMLTree: Sendable {
    /// One element or text node.
    struct Node: Sendable {
        /// The element, or ``HTMLTag/text`` for text.
        var tag: HTMLTag
        /// The parent's index, or -1 at the top.
        var parent: Int32
        /// One past the last index of the subtree.
        var end: Int32
        /// The text of a text node (entities decoded), empty for elements.
        var text: String
        /// The attributes the extractor reads (see ``HTMLTree/keptAttributes``), lowercase names.
        var attributes: [(name: String, value: String)]
    }

    /// The nodes in document order.
    private(set) var nodes: [Node] = []

    /// Attribute names worth keeping; everything else (data-*, event handlers, srcset…) is dropped.
    static let keptAttributes: Set<String> = [
        "id", "class", "role", "itemprop", "itemtype", "href", "hidden", "style", "aria-hidden", "property", "name",
        "content", "rel", "datetime", "type", "http-equiv", "charset", "aria-label",
    ]

    /// The number of nodes.
    var count: Int { nodes.count }

    subscript(index: Int) -> Node { nodes[index] }

    /// The value of attribute `name` on node `index`, if present.
    func attribute(_ name: String, of index: Int) -> String? {
        for attribute in nodes[index].attributes where attribute.name == name { return attribute.value }
        return nil
    }

    /// The indices of the direct children of `index`.
    func children(of index: Int) -> [Int] {
        var out: [Int] = []
        var child = index + 1
        let end = Int(nodes[index].end)
        while child < end {
            out.append(child)
            child = Int(nodes[child].end)
        }
        return out
    }

    /// The first element with the given tag, in document order.
    func first(_ tag: HTMLTag) -> Int? {
        nodes.firstIndex { $0.tag == tag }
    }

    // MARK: - Parsing

    /// Parses `bytes` with libxml2's forgiving HTML parser.
    ///
    /// - Parameters:
    ///   - bytes: The page as received.
    ///   - encoding: The character set to decode with (an IANA name libxml2 knows, e.g. "UTF-8").
    /// - Returns: The tree, or nil when libxml2 builds no document at all.
    static func parse(_ bytes: [UInt8], encoding: String) -> HTMLTree? {
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    htmlReadMemory(chars, Int32(clamping: buffer.count), nil, encoding, options)
                }
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        var tree = HTMLTree()
        tree.nodes.reserveCapacity(bytes.count / 40)
        tree.append(children: document.pointee.children)
        return tree
    }

    /// Appends the subtrees starting at `first` and its following siblings, iteratively (no recursion).
    private mutating func append(children first: xmlNodePtr?) {
        var pointers: [xmlNodePtr] = []
        var indices: [Int32] = []
        var current = first
        while let node = current {
            var descend = false
            if let index = appendNode(node, parent: indices.last ?? -1) {
                if node.pointee.type == XML_ELEMENT_NODE, node.pointee.children != nil {
                    pointers.append(node)
                    indices.append(Int32(index))
                    descend = true
                } else {
                    nodes[index].end = Int32(nodes.count)
                }
            }
            if descend {
                current = node.pointee.children
                continue
            }
            var next = node.pointee.next
            while next == nil, let up = pointers.popLast(), let index = indices.popLast() {
                nodes[Int(index)].end = Int32(nodes.count)
                next = up.pointee.next
            }
            current = next
        }
    }

    /// Appends one node (without children); returns its index, or nil when the node is skipped.
    private mutating func appendNode(_ node: xmlNodePtr, parent: Int32) -> Int? {
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            let name = node.pointee.name.map { String(cString: $0) } ?? ""
            var attributes: [(name: String, value: String)] = []
            var property = node.pointee.properties
            while let attribute = property {
                property = attribute.pointee.next
                guard let rawName = attribute.pointee.name else { continue }
                let attributeName = String(cString: rawName).lowercased()
                guard Self.keptAttributes.contains(attributeName) else { continue }
                attributes.append((attributeName, Self.text(of: attribute.pointee.children)))
            }
            nodes.append(Node(tag: HTMLTag(name: name), parent: parent, end: 0, text: "", attributes: attributes))
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            let text = node.pointee.content.map { String(cString: $0) } ?? ""
            nodes.append(Node(tag: .text, parent: parent, end: 0, text: text, attributes: []))
        default:
            return nil
        }
        return nodes.count - 1
    }

    /// The concatenated content of an attribute's value nodes.
    private static func text(of first: xmlNodePtr?) -> String {
        var out = ""
        var current = first
        while let node = current {
            if let content = node.pointee.content { out += String(cString: content) }
            current = node.pointee.next
        }
        return out
    }
}
