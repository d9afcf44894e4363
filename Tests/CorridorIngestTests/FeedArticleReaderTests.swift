import CorridorIngest
import CorridorModel
import Testing

struct FeedArticleReaderTests {
    @Test func readsRSSItems() throws {
        let rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Dhaka Ledger</title><link>https://dl.example</link>
            <item>
              <title>Power deal signed</title>
              <link>https://dl.example/power-deal</link>
              <guid isPermaLink="false">dl-2025-0042</guid>
              <pubDate>Tue, 04 Mar 2025 18:45:00 +0600</pubDate>
              <description>Short teaser.</description>
              <content:encoded><![CDATA[<p>Bangladesh and India signed a power deal.</p>
              <p>It runs &amp; runs for 25 years.</p>]]></content:encoded>
            </item>
            <item>
              <title>Teaser only</title>
              <link>https://dl.example/teaser</link>
              <description>&lt;p&gt;Escaped &lt;b&gt;HTML&lt;/b&gt; teaser.&lt;/p&gt;</description>
              <pubDate>2025-03-05</pubDate>
            </item>
            <item><title>Empty</title></item>
            </channel></rss>
            """
        let results = try FeedArticleReader().articles(from: Array(rss.utf8), name: "ledger", origin: "ledger.rss")
        #expect(results.count == 3)
        let first = try results[0].get()
        #expect(first.id == "dl-2025-0042")
        #expect(first.title == "Power deal signed")
        #expect(first.url == "https://dl.example/power-deal")
        #expect(first.outlet == "Dhaka Ledger")
        #expect(first.publishedAt == PartialDate(year: 2025, month: 3, day: 4))
        #expect(first.text == "Bangladesh and India signed a power deal.\n\nIt runs & runs for 25 years.")
        let second = try results[1].get()
        #expect(second.id == "dl-example-teaser")
        #expect(second.text == "Escaped HTML teaser.")
        #expect(second.publishedAt == PartialDate(year: 2025, month: 3, day: 5))
        if case .failure(let error) = results[2] {
            #expect(error.reason == .empty)
            #expect(error.origin == "ledger.rss#3")
        } else {
            Issue.record("an item without text should fail")
        }
    }

    @Test func readsAtomEntries() throws {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Caspian Wire</title>
              <entry>
                <title type="html">Pipeline &amp;amp; port</title>
                <link rel="alternate" href="https://cw.example/pipeline"/>
                <link rel="enclosure" href="https://cw.example/pipeline.mp3"/>
                <id>tag:cw.example,2024:pipeline</id>
                <updated>2024-10-02T08:00:00Z</updated>
                <published>2024-10-01T22:00:00-04:00</published>
                <summary>Summary text.</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
                  <p>Azerbaijan and Georgia agreed.</p><p>Second paragraph.</p></div></content>
              </entry>
              <entry>
                <title>Plain</title>
                <content type="html">&lt;p&gt;One.&lt;/p&gt;&lt;p&gt;Two.&lt;/p&gt;</content>
              </entry>
            </feed>
            """
        let results = try FeedArticleReader().articles(from: Array(atom.utf8), name: "wire", origin: "wire.atom")
        let first = try results[0].get()
        #expect(first.outlet == "Caspian Wire")
        #expect(first.url == "https://cw.example/pipeline")
        #expect(first.publishedAt == PartialDate(year: 2024, month: 10, day: 1))
        #expect(first.text == "Azerbaijan and Georgia agreed.\n\nSecond paragraph.")
        #expect(first.id == "cw-example-2024-pipeline")
        let second = try results[1].get()
        #expect(second.id == "wire-2")
        #expect(second.text == "One.\n\nTwo.")
    }

    @Test func doesNotExpandEntitiesOrReadFiles() throws {
        let hostile = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaa">
            <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <rss><channel><title>T</title><item><title>X</title>
            <description>Safe text &secret; &b;</description></item></channel></rss>
            """
        let results = try FeedArticleReader().articles(from: Array(hostile.utf8), name: "h", origin: "h.rss")
        let text = try #require(try? results.first?.get()).text
        #expect(text.hasPrefix("Safe text"))
        #expect(!text.contains("root:"))
        #expect(!text.contains("aaaaaaaaaa"))
    }

    @Test func rejectsOtherXML() {
        #expect {
            _ = try FeedArticleReader().articles(from: Array("<svg><g/></svg>".utf8), name: "s", origin: "s.xml")
        } throws: { error in
            (error as? IngestError)?.reason == .unsupported
        }
    }
}
