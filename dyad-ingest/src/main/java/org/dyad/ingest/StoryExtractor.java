package org.dyad.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds a page's story and blanks everything else, so that offsets into the result are offsets
 * into the page. The story is the container whose paragraphs carry the most prose (the
 * Readability scoring: text length and commas, half to the grandparent), with its siblings that
 * score nearly as well; navigation, headers, footers, asides, forms, scripts, and elements whose
 * class, id or role name a cookie banner, an ad, a share bar, a menu or related links are never
 * story. The result has the page's length up to the story's end: the story's characters stay
 * where they are (entities and all, for the repair chain to decode), every other character is a
 * space, and each story block is closed by a newline in the markup before and after it.
 * The page must be parsed with position tracking on.
 */
final class StoryExtractor {
    private static final Set<String> NEVER_STORY = Set.of("script", "style", "noscript", "template", "nav", "header",
            "footer", "aside", "form", "iframe", "svg", "button", "select", "figure", "figcaption", "dialog", "menu",
            "object", "embed", "canvas", "video", "audio", "head", "title");
    private static final Set<String> NON_STORY_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "dialog", "alertdialog", "menu", "menubar", "search");
    private static final Pattern NON_STORY_NAME = Pattern.compile("(?i)(?:^|[-_\\s])(?:cookies?|consent|gdpr|"
            + "banner|ads?|adv|advert|advertisement|advertising|sponsor(?:ed)?|promo|share|sharing|social|related|"
            + "recommended|comments?|newsletter|subscribe|signup|menu|nav|navbar|breadcrumbs?|footer|sidebar|popup|"
            + "modal|outbrain|taboola|masthead|toolbar|paywall)(?:$|[-_\\s])");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td", "tr", "table", "dd", "dt", "dl", "br", "hr",
            "body");
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote", "td", "li");
    private static final int MIN_PARAGRAPH = 25;

    /** The story of {@code page} (parsed from {@code html} with position tracking), blanked around. */
    String story(Document page, String html) {
        Map<Element, Boolean> boilerplate = new IdentityHashMap<>();
        return blanked(bestContainer(page, boilerplate), html, boilerplate);
    }

    /** All the text of a fragment that is story by itself (a feed item's content), scripts and styles blanked. */
    String wholeText(Document fragment, String html) {
        return blanked(fragment.body(), html, new IdentityHashMap<>());
    }

    private String blanked(Element best, String html, Map<Element, Boolean> boilerplate) {
        if (best == null) {
            return "";
        }
        List<Element> containers = new ArrayList<>();
        containers.add(best);
        double bestScore = score(best, boilerplate);
        Element parent = best.parent();
        if (parent != null) {
            for (Element sibling : parent.children()) {
                if (sibling != best && !isBoilerplate(sibling, boilerplate)
                        && score(sibling, boilerplate) >= 0.2 * bestScore) {
                    containers.add(sibling);
                }
            }
        }
        char[] mask = new char[html.length()];
        java.util.Arrays.fill(mask, ' ');
        int[] end = {0};
        for (Element container : parent == null ? containers : parent.children()) {
            if (containers.contains(container)) {
                copy(container, html, mask, end, boilerplate);
            }
        }
        return new String(mask, 0, end[0]);
    }

    private void copy(Element container, String html, char[] mask, int[] end, Map<Element, Boolean> boilerplate) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && keep(text, boilerplate)) {
                    Range r = text.sourceRange();
                    if (r.isTracked()) {
                        for (int i = r.startPos(); i < Math.min(r.endPos(), mask.length); i++) {
                            char c = html.charAt(i);
                            mask[i] = c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
                        }
                        end[0] = Math.max(end[0], Math.min(r.endPos(), mask.length));
                    }
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    breakAt(e.sourceRange(), mask);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    breakAt(e.endSourceRange(), mask);
                }
            }
        }, container);
    }

    private static void breakAt(Range tag, char[] mask) {
        if (tag.isTracked() && tag.startPos() < mask.length && mask[tag.startPos()] == ' ') {
            mask[tag.startPos()] = '\n';
        }
    }

    private boolean keep(TextNode text, Map<Element, Boolean> boilerplate) {
        if (text.isBlank()) {
            return false;
        }
        for (Element e = text.parent(); e != null; e = e.parent()) {
            if (isBoilerplate(e, boilerplate)) {
                return false;
            }
            if (PARAGRAPHS.contains(e.normalName()) || e.normalName().matches("h[1-6]")) {
                return linkDensity(e) < 0.5;
            }
        }
        return true;
    }

    private Element bestContainer(Document page, Map<Element, Boolean> boilerplate) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : paragraphs(page)) {
            if (isBoilerplate(p, boilerplate) || linkDensity(p) >= 0.5) {
                continue;
            }
            String text = p.text();
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double s = 1 + text.chars().filter(c -> c == ',').count() + Math.min(text.length() / 100, 3);
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, s, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), s / 2, Double::sum);
                }
            }
        }
        return scores.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() * (1 - linkDensity(e.getKey()))))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The page's paragraphs: p, pre, blockquote and td elements; on a page that has none, the divs
     * that hold prose themselves (sites that lay paragraphs out as divs and line breaks).
     */
    private static List<Element> paragraphs(Element root) {
        List<Element> found = root.select("p, pre, blockquote, td");
        if (found.isEmpty()) {
            found = root.select("div").stream().filter(d -> d.ownText().length() >= MIN_PARAGRAPH).toList();
        }
        return found;
    }

    private double score(Element container, Map<Element, Boolean> boilerplate) {
        double s = 0;
        for (Element p : paragraphs(container)) {
            String text = p.text();
            if (text.length() >= MIN_PARAGRAPH && !isBoilerplate(p, boilerplate) && linkDensity(p) < 0.5) {
                s += 1 + text.chars().filter(c -> c == ',').count() + Math.min(text.length() / 100, 3);
            }
        }
        return s;
    }

    /** Whether the element or an ancestor is never story (memoised per page). */
    private boolean isBoilerplate(Element e, Map<Element, Boolean> memo) {
        Boolean known = memo.get(e);
        if (known != null) {
            return known;
        }
        boolean result = ownBoilerplate(e) || (e.parent() != null && isBoilerplate(e.parent(), memo));
        memo.put(e, result);
        return result;
    }

    private static boolean ownBoilerplate(Element e) {
        if (NEVER_STORY.contains(e.normalName()) || e.hasAttr("hidden")
                || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                || NON_STORY_ROLES.contains(e.attr("role").toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        if (e.normalName().equals("body") || e.normalName().equals("html")) {
            return false;
        }
        return NON_STORY_NAME.matcher(e.className()).find() || NON_STORY_NAME.matcher(e.id()).find();
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return (double) links / total;
    }
}
