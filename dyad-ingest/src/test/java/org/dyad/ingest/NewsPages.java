package org.dyad.ingest;

/** Web pages as news sites serve them, for tests: a story among navigation, banners and ads. */
public final class NewsPages {
    private NewsPages() {
    }

    public static final String FIRST = "Uzbekistan detained 46 Afghan soldiers who crossed the border on Tuesday, "
            + "officials in Tashkent said.";
    public static final String SECOND = "The Afghan government asked for their return, and the United Nations urged both "
            + "sides to talk.";
    public static final String THIRD = "Talks between the two governments are expected to begin in Termez next week, "
            + "according to a statement from the ministry.";

    /** A story page: menu, cookie banner, ads, share bar, related links and footer around three paragraphs. */
    public static String storyPage() {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>Uzbekistan detains Afghan soldiers | World News</title>
                  <meta property="og:title" content="Uzbekistan detains Afghan soldiers">
                  <meta property="article:published_time" content="2021-08-17T09:30:00Z">
                  <link rel="canonical" href="https://news.example.org/world/uzbekistan-detains-afghan-soldiers">
                  <script type="application/ld+json">
                  {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Uzbekistan detains soldiers",
                   "datePublished": "2021-08-17", "author": {"@type": "Person", "name": "Jane Reporter"}}
                  </script>
                  <script>window.dataLayer = []; function track() { return "Russia attacked Ukraine"; }</script>
                  <style>p { color: black; }</style>
                </head>
                <body>
                  <div id="cookie-banner" class="consent">We use cookies. China and Japan accepted all cookies.
                    <button>Accept all cookies</button></div>
                  <header class="site-header"><a href="/">World News</a>
                    <nav><ul><li><a href="/politics">Politics</a></li><li><a href="/war">Israel attacks Gaza</a></li></ul></nav>
                  </header>
                  <div class="ad-slot">Sponsored: Iran buys property in Dubai, read more!</div>
                  <main>
                    <article>
                      <h1>Uzbekistan detains Afghan soldiers</h1>
                      <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
                      <p>%s</p>
                      <p>The Afghan government asked for their return, and the <a href="/un">United Nations</a> urged both
                         sides to talk.</p>
                      <div class="advertisement">Advertisement: France sells weapons to Egypt at low prices</div>
                      <p>%s</p>
                    </article>
                    <aside class="related"><h2>Related</h2><ul><li><a href="/a">Pakistan threatens India over water</a></li></ul></aside>
                  </main>
                  <footer><p>Copyright 2021 World News. Germany and Italy signed nothing here, all rights reserved.</p></footer>
                </body>
                </html>
                """.formatted(FIRST, THIRD);
    }
}
