/**
 * Article readers: plain text, JSON lines, HTML pages (story kept in place, boilerplate blanked,
 * so offsets point into the page), WARC archives, RSS and Atom feeds (also fetched by URL,
 * politely), gzip and zstd around any of them, directory trees and standard input; and the
 * quarantine file where what cannot be read or coded is set aside. The entry point is
 * {@link org.dyad.ingest.ArticleReader}.
 */
package org.dyad.ingest;
