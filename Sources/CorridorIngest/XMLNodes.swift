internal import CLibXML2

/// Small helpers over libxml2 nodes.
enum XMLNodes {
    static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { out.append(current) }
            child = current.pointee.next
        }
        return out
    }

    /// All text inside the node, or nil when there is none.
    ///
    /// Entity references are skipped, never expanded (unlike `xmlNodeGetContent`), so a feed's
    /// DTD cannot inflate its text or pull in files.
    static func text(_ node: xmlNodePtr) -> String? {
        var bytes: [UInt8] = []
        appendText(of: node, to: &bytes, depth: 0)
        let text = String(decoding: bytes, as: UTF8.self)
        return text.allSatisfy(\.isWhitespace) ? nil : text
    }

    private static func appendText(of node: xmlNodePtr, to bytes: inout [UInt8], depth: Int) {
        guard depth < 256 else { return }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    var cursor = content
                    while cursor.pointee != 0 {
                        bytes.append(cursor.pointee)
                        cursor += 1
                    }
                }
            case XML_ELEMENT_NODE:
                appendText(of: current, to: &bytes, depth: depth + 1)
            default:
                break
            }
            child = current.pointee.next
        }
    }

    static func childText(_ node: xmlNodePtr, _ childName: String) -> String? {
        children(node).first { name($0) == childName }.flatMap(text)?
            .split { $0.isWhitespace }.joined(separator: " ")
    }

    static func attribute(_ node: xmlNodePtr, _ attributeName: String) -> String? {
        guard let value = xmlGetProp(node, attributeName) else { return nil }
        defer { corridor_xmlFree(value) }
        return String(cString: value)
    }

    /// The serialised markup of the node's children (Atom `type="xhtml"` content).
    static func innerMarkup(_ node: xmlNodePtr) -> String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        var child = node.pointee.children
        while let current = child {
            xmlNodeDump(buffer, current.pointee.doc, current, 0, 0)
            child = current.pointee.next
        }
        return xmlBufferContent(buffer).map { String(cString: $0) } ?? ""
    }
}
