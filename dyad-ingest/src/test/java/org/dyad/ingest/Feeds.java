package org.dyad.ingest;

/** RSS and Atom feeds with full-text items, as news sites publish them, for tests. */
public final class Feeds {
    private Feeds() {
    }

    public static final String STORY = "Kenya's police arrested dozens of protesters in Nairobi on Tuesday, witnesses said.";

    public static String rss() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel>
                    <title>World News</title>
                    <link>https://news.example.org/</link>
                    <description>Stories</description>
                    <item>
                      <title>Kenya arrests protesters</title>
                      <link>https://news.example.org/kenya</link>
                      <guid>https://news.example.org/kenya</guid>
                      <pubDate>Tue, 17 Aug 2021 09:30:00 GMT</pubDate>
                      <dc:creator>Jane Reporter</dc:creator>
                      <description>Police arrested protesters.</description>
                      <content:encoded><![CDATA[<p>%s</p><p>The government &amp; the opposition blamed each other.</p><script>track()</script>]]></content:encoded>
                    </item>
                    <item>
                      <title>Short item</title>
                      <link>https://news.example.org/short</link>
                      <description>Uganda's army clashed with rebels near the border.</description>
                    </item>
                  </channel>
                </rss>
                """.formatted(STORY);
    }

    public static String atom() {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>World News</title>
                  <id>urn:example:feed</id>
                  <updated>2021-08-18T10:00:00Z</updated>
                  <entry>
                    <title>Kenya arrests protesters</title>
                    <id>urn:example:kenya</id>
                    <link href="https://news.example.org/kenya"/>
                    <published>2021-08-18T09:30:00Z</published>
                    <updated>2021-08-18T10:00:00Z</updated>
                    <author><name>Jane Reporter</name></author>
                    <summary>Police arrested protesters.</summary>
                    <content type="html">&lt;p&gt;%s&lt;/p&gt;</content>
                  </entry>
                </feed>
                """.formatted(STORY);
    }
}
