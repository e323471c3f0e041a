package org.dyad.codebooks.tabari;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dictionary formats of TABARI and PETRARCH (docs/dictionaries.md, "TABARI and
 * PETRARCH dictionaries"): actors, agents, CAMEO.2.0-style verbs and discards. Phrases come back
 * in Dyad's spelling (lower case, underscores as spaces). Lines Dyad cannot use are returned as
 * {@link TabariIssue}s, never printed.
 *
 * <pre>
 * TabariResult&lt;List&lt;TabariActor&gt;&gt; read = TabariReader.actors(reader, "PETR.Validate.actors.txt");
 * read.value().get(0).phrases(); // [hamas]
 * </pre>
 */
public final class TabariReader {
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern CODE = Pattern.compile(
            "^([A-Za-z0-9~+/\\-]+)\\s*(?:([<>])\\s*(\\d+)|(\\d+)\\s*(?:-\\s*(\\d+))?)?$");
    private static final Pattern SUBSTITUTION = Pattern.compile("^!([A-Za-z0-9_]+)!\\s*=\\s*(.*)$");
    private static final Pattern AGENT = Pattern.compile("^([^\\[{#]+?)\\s*(\\{[^}]*\\})?\\s*\\[([^\\]]*)\\]");
    private static final Pattern MARKER = Pattern.compile("!([A-Za-z0-9_]+)!");
    private static final Pattern BLOCK = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\]\\s+---");
    private static final Pattern VERB = Pattern.compile(
            "^(\\+?[A-Z][A-Z_'\\-]*)\\s*(\\{[^}]*\\})?\\s*(\\[([^\\]]*)\\])?");
    private static final Pattern VERB_PATTERN = Pattern.compile("^-\\s+(.*?)\\s*\\[([^\\]]*)\\]");
    private static final Set<String> PREPOSITIONS = Set.of("with", "to", "on", "against", "for", "in", "into",
            "from", "at", "by", "of", "over", "about", "toward", "towards", "upon", "under", "between", "among",
            "across", "through", "after", "during", "within");

    private TabariReader() {
    }

    /** TABARI phrase to Dyad phrase: underscores are spaces (a trailing one marks a whole word), lower case. */
    public static String phrase(String tabari) {
        String p = tabari.trim();
        int hash = p.indexOf('#');
        if (hash >= 0) {
            p = p.substring(0, hash);
        }
        return p.replace('_', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * Reads an actor dictionary: a primary phrase, {@code +synonym} lines, and codes in brackets on
     * the same line or on the following lines, each optionally dated ({@code [HOB < 950601]},
     * {@code [HOBGOV 19950601 - 19990815]}, {@code [HOBREB > 990816]}). {@code #} and
     * {@code <!-- -->} are comments; a blank line, or a new phrase after codes, ends an entry.
     */
    public static TabariResult<List<TabariActor>> actors(Reader reader, String name) {
        List<TabariActor> out = new ArrayList<>();
        List<TabariIssue> issues = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<TabariCode> codes = new ArrayList<>();
        int entryLine = 0;
        boolean inComment = false;
        List<String> lines = lines(reader, name);
        for (int i = 0; i <= lines.size(); i++) {
            int n = i + 1;
            String t = i < lines.size() ? lines.get(i).replace('\t', ' ').trim() : "";
            if (inComment) {
                inComment = !t.contains("-->");
                continue;
            }
            if (t.startsWith("#")) {
                continue; // a comment never ends an entry: code lines may follow it
            }
            boolean html = t.startsWith("<!");
            boolean codeLine = t.startsWith("[");
            // A phrase line right after a phrase line without codes names the same actor (a list of
            // names sharing the code lines below them).
            boolean synonym = t.startsWith("+") || (!t.isEmpty() && !html && !codeLine && !phrases.isEmpty()
                    && codes.isEmpty());
            if (t.isEmpty() || html || (!codeLine && !synonym)) {
                if (!phrases.isEmpty()) {
                    if (codes.isEmpty()) {
                        issues.add(new TabariIssue(name, entryLine, "'" + phrases.get(0) + "' has no code; skipped"));
                    } else {
                        out.add(new TabariActor(phrases, codes, entryLine));
                    }
                }
                phrases.clear();
                codes.clear();
                if (html) {
                    inComment = !t.contains("-->");
                }
                if (t.isEmpty() || html) {
                    continue;
                }
            }
            String body = t.split("#", 2)[0];
            if (!codeLine) {
                String text = body.substring(body.startsWith("+") ? 1 : 0);
                int bracket = text.indexOf('[');
                String p = phrase((bracket >= 0 ? text.substring(0, bracket) : text).replaceAll("\\{.*", ""));
                if (synonym && phrases.isEmpty()) {
                    issues.add(new TabariIssue(name, n, "synonym '" + p + "' follows no entry; skipped"));
                    continue;
                }
                if (!synonym) {
                    entryLine = n;
                }
                if (!p.isEmpty()) {
                    phrases.add(p);
                }
            } else if (phrases.isEmpty()) {
                issues.add(new TabariIssue(name, n, "code line follows no entry; skipped"));
                continue;
            }
            Matcher m = BRACKET.matcher(body);
            while (m.find()) {
                code(m.group(1), name, n, issues).ifPresent(codes::add);
            }
        }
        return new TabariResult<>(out, issues);
    }

    private static Optional<TabariCode> code(String text, String name, int line, List<TabariIssue> issues) {
        Matcher m = CODE.matcher(text.trim());
        if (!m.matches()) {
            issues.add(new TabariIssue(name, line, "cannot read code '[" + text + "]'; skipped"));
            return Optional.empty();
        }
        String code = m.group(1).toUpperCase(Locale.ROOT);
        try {
            Optional<LocalDate> from = Optional.empty();
            Optional<LocalDate> to = Optional.empty();
            if (">".equals(m.group(2))) {
                from = Optional.of(date(m.group(3)));
            } else if ("<".equals(m.group(2))) {
                to = Optional.of(date(m.group(3)));
            } else if (m.group(4) != null) {
                from = Optional.of(date(m.group(4)));
                to = m.group(5) == null ? Optional.empty() : Optional.of(date(m.group(5)));
            }
            if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
                issues.add(new TabariIssue(name, line, "code '[" + text + "]' ends before it starts; skipped"));
                return Optional.empty();
            }
            return Optional.of(new TabariCode(code, from, to, line));
        } catch (DateTimeException | NumberFormatException e) {
            issues.add(new TabariIssue(name, line, "code '[" + text + "]' has a bad date (use yymmdd or yyyymmdd); skipped"));
            return Optional.empty();
        }
    }

    /** {@code yymmdd} (two-digit years up to 30 are 20xx) or {@code yyyymmdd}. */
    static LocalDate date(String d) {
        String full;
        if (d.length() == 6) {
            int yy = Integer.parseInt(d.substring(0, 2));
            full = (yy <= 30 ? "20" : "19") + d;
        } else if (d.length() == 8) {
            full = d;
        } else {
            throw new DateTimeException("bad date " + d);
        }
        return LocalDate.of(Integer.parseInt(full.substring(0, 4)), Integer.parseInt(full.substring(4, 6)),
                Integer.parseInt(full.substring(6, 8)));
    }

    /**
     * Reads an agent dictionary: {@code WORD {PLURALS} [~ROLE]} (or {@code [ROLE~]}) lines and
     * {@code !NAME! = A, B} substitution sets, which are expanded wherever {@code !NAME!} appears.
     */
    public static TabariResult<List<TabariAgent>> agents(Reader reader, String name) {
        List<TabariAgent> out = new ArrayList<>();
        List<TabariIssue> issues = new ArrayList<>();
        Map<String, List<String>> sets = new HashMap<>();
        List<String> lines = lines(reader, name);
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).trim();
            Matcher s = SUBSTITUTION.matcher(t);
            if (s.matches()) {
                List<String> words = new ArrayList<>();
                for (String w : s.group(2).split("#", 2)[0].split(",")) {
                    if (!w.isBlank()) {
                        words.add(w.trim());
                    }
                }
                sets.put(s.group(1).toUpperCase(Locale.ROOT), words);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).trim();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("<!") || SUBSTITUTION.matcher(t).matches()) {
                continue;
            }
            Matcher m = AGENT.matcher(t);
            if (!m.find()) {
                issues.add(new TabariIssue(name, i + 1, "not an agent line 'WORD {PLURALS} [~ROLE]'; skipped"));
                continue;
            }
            String written = m.group(3).trim();
            boolean prefix = written.endsWith("~") && !written.startsWith("~");
            String role = written.replace("~", "").trim().toUpperCase(Locale.ROOT);
            if (role.isEmpty()) {
                issues.add(new TabariIssue(name, i + 1, "agent without a role; skipped"));
                continue;
            }
            List<String> forms = new ArrayList<>();
            forms.add(m.group(1));
            if (m.group(2) != null) {
                for (String f : m.group(2).replaceAll("[{}]", "").trim().split("\\s+")) {
                    if (!f.isBlank()) {
                        forms.add(f);
                    }
                }
            }
            Set<String> phrases = new LinkedHashSet<>();
            for (String f : forms) {
                for (String expanded : expand(f, sets, name, i + 1, issues)) {
                    String p = phrase(expanded.replace(",", ""));
                    if (!p.isEmpty()) {
                        phrases.add(p);
                    }
                }
            }
            if (!phrases.isEmpty()) {
                out.add(new TabariAgent(List.copyOf(phrases), role, prefix, i + 1));
            }
        }
        return new TabariResult<>(out, issues);
    }

    private static List<String> expand(String form, Map<String, List<String>> sets, String name, int line,
            List<TabariIssue> issues) {
        Matcher m = MARKER.matcher(form);
        if (!m.find()) {
            return List.of(form);
        }
        List<String> words = sets.get(m.group(1).toUpperCase(Locale.ROOT));
        if (words == null) {
            issues.add(new TabariIssue(name, line, "substitution set !" + m.group(1) + "! is not defined; skipped"));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String w : words) {
            out.addAll(expand(form.substring(0, m.start()) + w + form.substring(m.end()), sets, name, line, issues));
        }
        return out;
    }

    /**
     * Reads a CAMEO.2.0-style verb dictionary ({@code --- VERB [code] ---} blocks of verbs and
     * {@code - * WORDS [code]} patterns, {@code &SET} synonym sets) into Dyad's verb patterns: each
     * verb gives a default pattern (its own code or its block's); each pattern after the verb
     * becomes an object or prepositional pattern on its head word, for every verb of the block, as
     * PETRARCH applies it. Patterns with words before the verb, and phrasal verbs longer than verb
     * + particle, are not represented; duplicates are dropped.
     */
    public static TabariResult<List<TabariVerbPattern>> verbs(Reader reader, String name) {
        List<String> lines = lines(reader, name);
        List<TabariIssue> issues = new ArrayList<>();
        Map<String, List<String>> members = new HashMap<>(); // set -> member texts as written
        String currentSet = null;
        for (String line : lines) {
            if (line.trim().startsWith("#")) {
                continue; // a comment line inside a set ("&CURRENCY", then "# some of these ...") does not end it
            }
            String t = line.split("#", 2)[0].trim();
            if (t.startsWith("&")) {
                currentSet = setName(t);
                members.put(currentSet, new ArrayList<>());
            } else if (currentSet != null && t.startsWith("+")) {
                members.get(currentSet).add(t.substring(1).trim());
            } else if (t.isEmpty() || t.startsWith("---")) {
                currentSet = null;
            }
        }
        Map<String, TabariVerbPattern> out = new LinkedHashMap<>();
        String blockCode = null;
        List<String[]> blockVerbs = new ArrayList<>(); // {verb, particle}
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = line.split("#", 2)[0].trim();
            Matcher b = BLOCK.matcher(line.trim());
            if (b.find()) {
                blockCode = verbCode(b.group(2));
                if (blockCode.isEmpty()) {
                    issues.add(new TabariIssue(name, i + 1, "block code '[" + b.group(2) + "]' is neither a CAMEO code "
                            + "nor '---'; its verbs code no event"));
                    blockCode = "---";
                }
                blockVerbs.clear();
                continue;
            }
            if (blockCode == null || t.isEmpty()) {
                continue;
            }
            if (t.startsWith("-")) {
                Matcher p = VERB_PATTERN.matcher(t);
                if (!p.find()) {
                    issues.add(new TabariIssue(name, i + 1, "pattern without a [code]; skipped"));
                    continue;
                }
                String code = verbCode(p.group(2));
                if (code.isEmpty()) {
                    issues.add(new TabariIssue(name, i + 1, "code '[" + p.group(2) + "]' is neither a CAMEO code nor "
                            + "'---'; pattern skipped"));
                    continue;
                }
                String[] sides = p.group(1).split("\\*", -1);
                Optional<String> subject = sides.length == 2 && sides[1].isBlank() ? subjectWords(sides[0].trim())
                        : Optional.empty();
                if (subject.isPresent()) {
                    // "- {DEATH TOLL} * [190]": the subject's head with its modifiers
                    for (String[] v : blockVerbs) {
                        add(out, v[0], v[1], "subj", subject.get(), code);
                    }
                    continue;
                }
                if (sides.length != 2 || !sides[0].replace("%", "").replace("$", "").replace("+", "").isBlank()) {
                    continue; // other words before the verb: Dyad matches only what follows the verb
                }
                String post = sides[1].replace("%", " ").trim();
                boolean subjectIsTarget = sides[0].contains("+");
                if (subjectIsTarget || !isSimple(post, members)) {
                    Optional<String> phrase = dyadPhrase(post, members, new LinkedHashSet<>());
                    if (phrase.isEmpty()) {
                        issues.add(new TabariIssue(name, i + 1, "pattern '" + p.group(1).trim()
                                + "' uses a synonym set member Dyad cannot express (a phrase group); skipped"));
                        continue;
                    }
                    String text = (subjectIsTarget ? "+ * " : "* ") + phrase.get();
                    for (String[] v : blockVerbs) {
                        add(out, v[0], v[1], "phrase", text, code);
                    }
                    continue;
                }
                for (String[] slotWords : slot(post, members)) {
                    for (String[] v : blockVerbs) {
                        add(out, v[0], v[1], slotWords[0], slotWords[1], code);
                    }
                }
                continue;
            }
            Matcher v = VERB.matcher(t);
            if (v.find()) {
                String verb = v.group(1);
                String particle = "";
                if (verb.startsWith("+")) {
                    String[] parts = verb.substring(1).toLowerCase(Locale.ROOT).split("_");
                    if (parts.length != 2 || parts[1].isEmpty()) {
                        continue; // longer phrasal entries are left to Dyad's own patterns
                    }
                    verb = parts[0];
                    particle = parts[1];
                } else {
                    verb = verb.toLowerCase(Locale.ROOT);
                }
                String own = v.group(4) == null ? blockCode : verbCode(v.group(4));
                if (own.isEmpty()) {
                    issues.add(new TabariIssue(name, i + 1, "code '[" + v.group(4) + "]' is neither a CAMEO code nor "
                            + "'---'; verb skipped"));
                    continue;
                }
                blockVerbs.add(new String[] {verb, particle});
                add(out, verb, particle, "", "", own);
            }
        }
        return new TabariResult<>(List.copyOf(out.values()), issues);
    }

    /**
     * The words of a pattern's left side that is one noun {@code {group}} of plain words right before
     * the verb, as a subject slot's head with its modifiers ({@code death_toll}), or PETRARCH's
     * compound-subject mark {@code %} ({@code @compound}); empty otherwise.
     */
    private static Optional<String> subjectWords(String left) {
        String s = left.trim();
        if (s.equals("%")) {
            return Optional.of("@compound"); // "- % * [120]": the verb of a compound subject
        }
        if (!s.startsWith("{") || !s.endsWith("}")) {
            return Optional.empty(); // a lone word before the verb may be anything ("RECENTLY *")
        }
        s = s.substring(1, s.length() - 1).trim();
        if (!s.matches("[A-Za-z][A-Za-z'\\-]*(\\s+[A-Za-z][A-Za-z'\\-]*)*")) {
            return Optional.empty();
        }
        return Optional.of(String.join("_", s.toLowerCase(Locale.ROOT).split("\\s+")));
    }

    /**
     * The verbs of a CAMEO.2.0-style verb dictionary that stand for themselves as written: every
     * single-word verb of a block, except the forms some verb lists as its own inflections
     * ({@code FIND {FINDS FOUND FINDING}} makes "found" a form of "find", whatever a {@code FOUND}
     * block says; a {@code LEFT} block that no {@code LEAVE} lists is the verb "left").
     */
    public static Set<String> writtenVerbs(Reader reader, String name) {
        Set<String> verbs = new LinkedHashSet<>();
        Set<String> inflections = new HashSet<>();
        boolean inBlock = false;
        for (String line : lines(reader, name)) {
            String t = line.split("#", 2)[0].trim();
            if (BLOCK.matcher(t).find()) {
                inBlock = true;
                continue;
            }
            Matcher v = VERB.matcher(t);
            if (!inBlock || t.startsWith("-") || !v.find() || v.group(1).startsWith("+")) {
                continue;
            }
            verbs.add(v.group(1).toLowerCase(Locale.ROOT));
            if (v.group(2) != null) {
                for (String form : v.group(2).replaceAll("[{}]", " ").trim().split("\\s+")) {
                    if (!form.isEmpty()) {
                        inflections.add(form.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        verbs.removeAll(inflections);
        return verbs;
    }

    private static void add(Map<String, TabariVerbPattern> out, String verb, String particle, String slot,
            String words, String code) {
        TabariVerbPattern p = new TabariVerbPattern(verb, particle, slot,
                words.isEmpty() || words.equals("-") ? List.of()
                        : slot.equals("phrase") ? List.of(words) : List.of(words.split(",")),
                code.equals("---") ? Optional.empty() : Optional.of(code));
        out.putIfAbsent(p.dyadLine(), p);
    }

    private static String setName(String t) {
        return t.substring(1).trim().replaceAll("_+$", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Whether a pattern's right side is one word (or synonym set), optionally after a preposition
     * or inside one group: Dyad's object and prepositional slots say that much.
     */
    private static boolean isSimple(String post, Map<String, List<String>> members) {
        if (post.contains("$") || post.contains("+") || post.contains("^")) {
            return false;
        }
        String s = post.replace("(", " ").replace(")", " ").replace("{", " ").replace("}", " ").trim();
        if (s.isEmpty()) {
            return true;
        }
        String[] words = s.split("\\s+");
        int groups = post.length() - post.replace("(", "").length() + post.length() - post.replace("{", "").length();
        if (words[0].contains("_") || groups > 1) {
            return false;
        }
        String last = words[words.length - 1];
        if (last.startsWith("&")) {
            Optional<String> alts = alternatives(last, members, new LinkedHashSet<>());
            if (alts.isPresent() && alts.get().contains("_")) {
                return false; // a multi-word member is no single head word
            }
        }
        return words.length == 1 || (words.length == 2 && PREPOSITIONS.contains(words[0].toLowerCase(Locale.ROOT))
                && !words[1].contains("_"));
    }

    /**
     * A TABARI right side in Dyad's phrase notation (PhrasePattern): synonym sets become
     * alternatives, multi-word members runs joined by {@code _}; empty when a member is itself a
     * group, which the notation cannot hold as an alternative.
     */
    private static Optional<String> dyadPhrase(String post, Map<String, List<String>> members, Set<String> expanding) {
        List<String> out = new ArrayList<>();
        for (String tok : post.replace("(", " ( ").replace(")", " ) ").replace("{", " { ").replace("}", " } ")
                .trim().split("\\s+")) {
            if (tok.isEmpty()) {
                continue;
            }
            if (tok.startsWith("&")) {
                Optional<String> alts = alternatives(tok, members, expanding);
                if (alts.isEmpty()) {
                    return Optional.empty();
                }
                out.add(alts.get());
            } else if (tok.length() == 1 && "(){}$+^".contains(tok)) {
                out.add(tok);
            } else {
                out.add(word(tok));
            }
        }
        return Optional.of(String.join(" ", out).replace("( ", "(").replace(" )", ")").replace("{ ", "{")
                .replace(" }", "}"));
    }

    private static Optional<String> alternatives(String set, Map<String, List<String>> members, Set<String> expanding) {
        String name = setName(set);
        List<String> texts = members.get(name);
        if (texts == null || !expanding.add(name)) {
            return Optional.empty();
        }
        Set<String> alts = new LinkedHashSet<>();
        for (String m : texts) {
            if (m.contains("(") || m.contains("{")) {
                continue; // a group is no alternative of one word
            }
            for (String part : m.trim().split("\\s+")) {
                if (part.startsWith("&")) {
                    alternatives(part, members, expanding).ifPresent(a -> alts.addAll(List.of(a.split("\\|"))));
                }
            }
            if (!m.contains("&")) {
                alts.add(String.join("_", List.of(m.trim().split("[\\s_]+")).stream().map(TabariReader::word).toList()));
            }
        }
        expanding.remove(name);
        return alts.isEmpty() ? Optional.empty() : Optional.of(String.join("|", alts));
    }

    private static String word(String tabari) {
        return tabari.replaceAll("^_+|_+$", "").replaceAll("_+", "_").toLowerCase(Locale.ROOT);
    }

    /** The slot and head words of a pattern's right side: obj WORD, or prep:P WORD. */
    private static List<String[]> slot(String post, Map<String, List<String>> members) {
        String s = post.replace("(", " ").replace(")", " ").replace("{", " ").replace("}", " ").trim();
        if (s.isEmpty()) {
            return List.of();
        }
        String[] words = s.split("\\s+");
        String first = words[0].toLowerCase(Locale.ROOT);
        String slot = "obj";
        int headFrom = 0;
        if (PREPOSITIONS.contains(first)) {
            slot = "prep:" + first;
            headFrom = 1;
        }
        if (headFrom >= words.length) {
            return List.<String[]>of(new String[] {slot, "-"});
        }
        // The head is the first word, or the last word of a leading {group}: PETRARCH groups a noun
        // with its modifiers.
        String head;
        if (post.startsWith("{")) {
            int close = post.indexOf('}');
            String[] inner = post.substring(1, close < 0 ? post.length() : close).trim().split("\\s+");
            head = inner[inner.length - 1];
        } else {
            head = words[headFrom];
        }
        if (head.startsWith("&")) {
            List<String> set = members.get(setName(head));
            if (set == null || set.isEmpty()) {
                return List.of(); // an unknown or empty set names no head word, not any word
            }
            Set<String> heads = new LinkedHashSet<>();
            set.forEach(m -> heads.add(lastWord(m)));
            return List.<String[]>of(new String[] {slot, String.join(",", heads)});
        }
        return List.<String[]>of(new String[] {slot, lastWord(head)});
    }

    private static String lastWord(String w) {
        String[] parts = w.replaceAll("_+$", "").toLowerCase(Locale.ROOT).split("_");
        return parts[parts.length - 1];
    }

    /**
     * A PETRARCH code "[A]" or "[A:B]" (B codes the event the target does in return) to A's digits
     * ({@code 075A} -> 075) and, when B is a code, ":" and B's digits ({@code 040:040}); "---" for
     * "not an event", or "" when A is no code ({@code [+++]}, {@code [xxy]}: the validation suite's
     * markers of bad entries).
     */
    private static String verbCode(String c) {
        String[] parts = c.split(":", -1);
        String t = parts[0].trim();
        if (t.isEmpty() || t.startsWith("-")) {
            return "---";
        }
        String a = t.replaceAll("[^0-9]", "");
        String b = parts.length > 1 ? parts[1].trim().replaceAll("[^0-9]", "") : "";
        return a.isEmpty() || b.length() < 2 ? a : a + ":" + b;
    }

    /** Reads a discard list: {@code +PHRASE} discards a story, {@code PHRASE} a sentence. */
    public static TabariResult<TabariDiscards> discards(Reader reader, String name) {
        List<String> story = new ArrayList<>();
        List<String> sentence = new ArrayList<>();
        for (String line : lines(reader, name)) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("<!")) {
                continue;
            }
            boolean whole = t.startsWith("+");
            String p = phrase(t.substring(whole ? 1 : 0).replaceAll("\\s+#.*", "").replace(";", " "));
            if (!p.isEmpty()) {
                (whole ? story : sentence).add(p);
            }
        }
        return new TabariResult<>(new TabariDiscards(story, sentence), List.of());
    }

    private static List<String> lines(Reader reader, String name) {
        try (BufferedReader in = new BufferedReader(reader)) {
            return in.lines().toList();
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot read dictionary " + name, e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + name, e);
        }
    }
}
