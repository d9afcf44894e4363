import CorridorIngest
import CorridorModel
import Testing

/// A news page with the usual furniture around a three-paragraph story.
private let clutteredPage = """
    <!DOCTYPE html>
    <html lang="en"><head>
    <meta charset="utf-8">
    <title>Ports deal signed in Gwadar | The Daily Example</title>
    <meta property="og:site_name" content="The Daily Example">
    <meta property="article:published_time" content="2025-02-06T21:30:00+05:00">
    <link rel="canonical" href="https://example.com/news/ports-deal">
    <style>.x { color: red }</style>
    <script>var tracking = "SCRIPT-LEAK";</script>
    </head><body>
    <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
    <header class="site-header"><a href="/">The Daily Example</a>
      <nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
      <li><a href="/sport">Sport</a></li></ul></nav></header>
    <div id="main-wrapper">
      <article class="story">
        <h1>Ports deal signed in Gwadar</h1>
        <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
        <div class="story-body">
          <p>Pakistan and China signed an agreement on Thursday to expand the port of Gwadar, officials said,
          adding a second container terminal and a desalination plant.</p>
          <figure><img src="a.jpg"><figcaption>The port at dusk. Photo: Agency CAPTION-LEAK</figcaption></figure>
          <p>The deal, worth about $1.2&nbsp;billion, was signed in Islamabad by the two countries&rsquo;
          planning ministers &mdash; the third such agreement this year.</p>
          <script>document.write("SCRIPT-LEAK")</script>
          <p>Work is expected to begin in March, with the first berths ready by 2027, according to the
          port authority, which will also train local staff.</p>
          <p>Follow us on Twitter for the latest news from the region.</p>
          <div class="newsletter-signup"><p>Get our free morning briefing in your inbox. Sign up now!</p></div>
        </div>
      </article>
      <aside class="sidebar"><h3>Most read</h3><ul>
        <li><a href="/a">Floods hit the north again as rivers rise</a></li>
        <li><a href="/b">Cricket board names new selection panel</a></li>
        <li><a href="/c">Markets close higher on strong earnings</a></li></ul></aside>
      <div class="related-articles"><h3>Related</h3><ul>
        <li><a href="/d">Earlier: talks on Gwadar port resume after a long pause</a></li>
        <li><a href="/e">Analysis: what the corridor means for trade in the region</a></li></ul></div>
      <section id="comments"><h3>Comments</h3>
        <div class="comment"><p>COMMENT-LEAK This is a great deal for both countries and for the whole region,
          I think.</p></div>
        <div class="comment"><p>COMMENT-LEAK I doubt the plant will ever be finished on time, given past
          projects.</p></div>
      </section>
    </div>
    <footer class="site-footer"><p>&copy; 2025 The Daily Example. All rights reserved. FOOTER-LEAK</p></footer>
    </body></html>
    """

struct HTMLArticleReaderTests {
    private func read(_ html: String, id: String = "page") throws -> Article {
        try HTMLArticleReader().article(fromHTML: html, id: id, origin: "\(id).html")
    }

    @Test func extractsOnlyTheStoryFromAClutteredPage() throws {
        let article = try read(clutteredPage)
        let paragraphs = article.text.components(separatedBy: "\n\n")
        #expect(paragraphs.count == 3)
        #expect(paragraphs.first?.hasPrefix("Pakistan and China signed an agreement on Thursday") == true)
        #expect(paragraphs.last?.hasSuffix("which will also train local staff.") == true)
        for leak in [
            "SCRIPT-LEAK", "CAPTION-LEAK", "COMMENT-LEAK", "FOOTER-LEAK", "Most read", "cookies", "Share on",
            "Sign up", "Floods hit", "Earlier:", "World", "Ports deal signed", "Follow us",
        ] {
            #expect(!article.text.contains(leak), "body leaks \(leak)")
        }
    }

    @Test func readsMetadataFromMetaTags() throws {
        let article = try read(clutteredPage)
        #expect(article.title == "Ports deal signed in Gwadar")
        #expect(article.outlet == "The Daily Example")
        // The page's own day, not converted to UTC.
        #expect(article.publishedAt == PartialDate(year: 2025, month: 2, day: 6))
        #expect(article.url == "https://example.com/news/ports-deal")
        #expect(article.id == "page")
    }

    @Test func decodesEntitiesAndNormalisesWhitespace() throws {
        let article = try read(clutteredPage)
        #expect(article.text.contains("worth about $1.2 billion, was signed in Islamabad by the two countries’ plan"))
        #expect(article.text.contains("ministers — the third"))
        #expect(!article.text.contains("&"))
        #expect(!article.text.contains("  "))
        #expect(!article.text.contains("\u{A0}"))
    }

    @Test func readsJSONLDMetadata() throws {
        let html = """
            <html><head><title>Page</title>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Site"},
              {"@type": "NewsArticle", "headline": "Trade talks resume",
               "datePublished": "2024-11-03T08:00:00Z",
               "publisher": {"@type": "Organization", "name": "Gulf Herald"},
               "mainEntityOfPage": {"@id": "https://gulf.example/trade"}}]}
            </script></head>
            <body><div><p>Negotiators from both sides met again on Sunday, the first round since the summer,
            and agreed to publish a joint timetable for the next rounds of talks.</p></div></body></html>
            """
        let article = try read(html)
        #expect(article.title == "Trade talks resume")
        #expect(article.outlet == "Gulf Herald")
        #expect(article.publishedAt == PartialDate(year: 2024, month: 11, day: 3))
        #expect(article.url == "https://gulf.example/trade")
        #expect(article.text.hasPrefix("Negotiators from both sides"))
    }

    @Test func readsSloppyJSONLDAndMultiValuedItemprop() throws {
        let html = """
            <html><head>
            <script type="application/ld+json">{"@type": "WebPage", "description": "two
            lines", "datePublished": "2022-05-17T10:00:00+02:00"}</script>
            </head><body><p>Ministers from the two countries met in Tashkent to sign a transit agreement.</p>
            </body></html>
            """
        #expect(try read(html).publishedAt == PartialDate(year: 2022, month: 5, day: 17))
        let microdata = """
            <html><body><meta itemprop="datePublished dateCreated" content="2021-03-09T08:00:00Z">
            <p>Ministers from the two countries met in Tashkent to sign a transit agreement.</p></body></html>
            """
        #expect(try read(microdata).publishedAt == PartialDate(year: 2021, month: 3, day: 9))
    }

    @Test func titleSuffixGivesTitleAndOutlet() throws {
        let html = """
            <html><head><title>Rail link opens to passengers - Kathmandu Courier</title></head>
            <body><p>The new rail link between the two capitals opened to passengers on Monday morning.</p>
            <time datetime="2023-07-10">10 July</time></body></html>
            """
        let article = try read(html)
        #expect(article.title == "Rail link opens to passengers")
        #expect(article.outlet == "Kathmandu Courier")
        #expect(article.publishedAt == PartialDate(year: 2023, month: 7, day: 10))
    }

    @Test func honoursDeclaredCharset() throws {
        // "Côte d’Ivoire" in Windows-1252: ô = 0xF4, ’ = 0x92.
        var bytes = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>C".utf8)
        bytes += [0xF4] + Array("te d".utf8) + [0x92]
        bytes += Array("Ivoire and Ghana agreed on a cocoa price floor.</p></body></html>".utf8)
        let article = try HTMLArticleReader().article(from: bytes, id: "cp", origin: "cp.html")
        #expect(article.text == "Côte d’Ivoire and Ghana agreed on a cocoa price floor.")
    }

    @Test func defaultsToUTF8WithoutDeclaration() throws {
        let article = try read("<html><body><p>Türkiye and Azerbaijan’s ministers met in Bakı.</p></body></html>")
        #expect(article.text == "Türkiye and Azerbaijan’s ministers met in Bakı.")
    }

    @Test func survivesMalformedMarkup() throws {
        let html = """
            <html><body><div class="content"><p>First paragraph of the report on the new
            <b>bridge <i>project</b> that lacks closing tags<p>Second paragraph, after an unclosed one,
            still counts as text for the article body.<div><span>Third block &amp; more <a href=x>text
            """
        let article = try read(html)
        #expect(article.text.contains("First paragraph of the report on the new bridge project that lacks closing"))
        #expect(article.text.contains("Second paragraph, after an unclosed one"))
    }

    @Test func rendersHeadingsAndListItemsOnTheirOwnLines() throws {
        let html = """
            <html><body><article><p>The agreement covers three areas, the ministry said in a statement on Friday.</p>
            <h2>What is covered</h2><ul><li>Energy and power lines</li><li>Roads, rail and ports</li></ul>
            <p>Officials said more areas could be added later, after a review of the first year.</p></article>
            </body></html>
            """
        let article = try read(html)
        #expect(article.text.contains("\n\nWhat is covered\n\nEnergy and power lines\nRoads, rail and ports\n\n"))
    }

    @Test func storyWithTheHeadlineBeatsTeasersAroundIt() throws {
        let teaser = """
            <article class="post teaser"><h3><a href="/t">Another story</a></h3><p>A teaser paragraph that is long
            enough to score, with commas, clauses, and more words than the story itself has, to tempt the scorer
            into taking the listing instead of the story.</p></article>
            """
        let html = """
            <html><body><div id="primary">
            <article class="post"><h1>The real story</h1><p>The real story is a single paragraph about a treaty,
            signed on Monday, that sets out how the two neighbours will share water from the river.</p></article>
            \(teaser)\(teaser)\(teaser)
            </div></body></html>
            """
        let article = try read(html)
        #expect(article.text.hasPrefix("The real story is a single paragraph about a treaty"))
        #expect(!article.text.contains("teaser"))
    }

    @Test func dropsLinkLinesInsideTheStory() throws {
        let html = """
            <html><body><div class="entry-content">
            <p>The central bank raised its policy rate by half a point on Tuesday, citing food prices and the
            weaker currency, and said further moves would depend on the data.</p>
            <p><strong>Read more:</strong> <a href="/x">Inflation hits a two-year high as fuel prices climb again</a></p>
            <p>Analysts had expected a smaller move, but most said the decision was justified by the numbers.</p>
            </div></body></html>
            """
        let article = try read(html)
        #expect(!article.text.contains("Read more"))
        #expect(article.text.components(separatedBy: "\n\n").count == 2)
    }

    @Test func pageWithoutTextIsAnError() {
        #expect {
            _ = try read("<html><head><script>var a = 1;</script></head><body><img src=x></body></html>", id: "e")
        } throws: { error in
            (error as? IngestError)?.reason == .empty && (error as? IngestError)?.origin == "e.html"
        }
    }

    @Test func invalidUTF8WithoutDeclarationIsAnError() {
        let bytes = Array("<html><body><p>caf".utf8) + [0xE9] + Array("</p></body></html>".utf8)
        #expect {
            _ = try HTMLArticleReader().article(from: bytes, id: "x", origin: "x.html")
        } throws: { error in
            (error as? IngestError)?.reason == .invalidUTF8
        }
    }

    @Test func fragmentTextKeepsEverythingButScripts() {
        let text = HTMLArticleReader().plainText(
            fromFragment: "<p>One &amp; two</p><script>x()</script><p>Three<br>four</p>")
        #expect(text == "One & two\n\nThree\nfour")
    }
}
