package org.dyad.ingest;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * One input being read: its name in messages (a path, URL or "-"), the file name articles are
 * named after, the charset its transport declared and the URL it came from, if any.
 */
record Source(String name, String fileName, Optional<Charset> charset, Optional<String> url) {
    Source {
        if (name == null || fileName == null) {
            throw new IllegalArgumentException("a source needs a name and a file name");
        }
        charset = charset == null ? Optional.empty() : charset;
        url = url == null ? Optional.empty() : url;
    }

    static Source named(String name, String fileName) {
        return new Source(name, fileName, Optional.empty(), Optional.empty());
    }

    Provenance at(String position) {
        return Provenance.of(name, position);
    }

    BadArticle bad(String position, String reason, byte[] content) {
        return new BadArticle(name, position, reason, content);
    }
}
