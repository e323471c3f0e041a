package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.store.EventDetail.IncidentInfo;
import org.dyad.store.EventDetail.Mention;
import org.dyad.store.EventDetail.Party;
import org.dyad.store.EventDetail.TextSpan;

/** The SQL behind {@link Browser#event}: one event row, its mentions, incident, place and article. */
final class EventDetails {
    private final Connection conn;
    private final Browser browser;

    EventDetails(Connection conn, Browser browser) {
        this.conn = conn;
        this.browser = browser;
    }

    Optional<EventDetail> find(long id) throws SQLException {
        String sql = "SELECT e.*, p.name AS place_name, p.country AS place_country, p.admin1 AS place_admin1,"
                + " p.lat, p.lon, i.first_date, i.last_date, i.num_events, i.num_mentions, i.num_articles,"
                + " i.num_sources FROM events e LEFT JOIN places p ON p.geonameid = e.geonameid"
                + " JOIN incidents i ON i.id = e.incident_id WHERE e.id = ?";
        try (PreparedStatement p = conn.prepareStatement(sql)) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                String articleId = r.getString("article_id");
                ArticleInfo article = browser.article(articleId).orElseThrow(() -> new SQLException(
                        "event " + id + " points to article " + articleId + ", which is not stored"));
                Optional<EventPlace> place = Browser.opt(r, "place_name").map(name -> uncheckedPlace(r, name));
                EventQuantities quantities = new EventQuantities(Browser.optLong(r, "dead"),
                        Browser.optLong(r, "injured"), Browser.optLong(r, "arrested"),
                        Browser.optLong(r, "participants"));
                IncidentInfo incident = new IncidentInfo(r.getLong("incident_id"),
                        Optional.ofNullable(r.getObject("first_date", LocalDate.class)),
                        Optional.ofNullable(r.getObject("last_date", LocalDate.class)), r.getInt("num_events"),
                        r.getInt("num_mentions"), r.getInt("num_articles"), r.getInt("num_sources"));
                Optional<Party> target = Browser.opt(r, "target_code").isEmpty() ? Optional.empty()
                        : Optional.of(party(r, "target"));
                return Optional.of(new EventDetail(id, r.getString("coder_event_id"),
                        Optional.ofNullable(r.getObject("event_date", LocalDate.class)),
                        span(r, "sentence_start", "sentence_end", "sentence_text"), r.getInt("sentence_index"),
                        party(r, "source"), target, span(r, "trigger_start", "trigger_end", "trigger_text"),
                        r.getString("cameo"), r.getInt("quad_class"), r.getDouble("goldstein"),
                        Browser.opt(r, "plover_type"), Browser.opt(r, "plover_mode"), Browser.opt(r, "plover_context"),
                        r.getString("factuality"), r.getDouble("confidence"), r.getString("rule"),
                        mentions(id, articleId), place, quantities, incident, article));
            }
        }
    }

    private static EventPlace uncheckedPlace(ResultSet r, String name) {
        try {
            return new EventPlace(r.getLong("geonameid"), name, Browser.opt(r, "place_country"),
                    Browser.opt(r, "place_admin1"), r.getDouble("lat"), r.getDouble("lon"));
        } catch (SQLException e) {
            throw new StoreException("could not read the place of an event: " + e.getMessage(), e);
        }
    }

    private static TextSpan span(ResultSet r, String start, String end, String text) throws SQLException {
        return new TextSpan(r.getInt(start), r.getInt(end), r.getString(text));
    }

    private static Party party(ResultSet r, String role) throws SQLException {
        TextSpan own = span(r, role + "_start", role + "_end", role + "_text");
        Optional<TextSpan> antecedent = Browser.opt(r, role + "_antecedent").isEmpty() ? Optional.empty()
                : Optional.of(span(r, role + "_antecedent_start", role + "_antecedent_end", role + "_antecedent"));
        return new Party(r.getString(role + "_code"), own, antecedent);
    }

    /**
     * The event's further mentions; the store keeps no article text, so a mention's sentence is
     * known when another event of the article was coded from a sentence that covers it.
     */
    private List<Mention> mentions(long id, String articleId) throws SQLException {
        String sql = "SELECT m.span_start, m.span_end, (SELECT any_value(o.sentence_text) FROM events o"
                + " WHERE o.article_id = ? AND o.sentence_start <= m.span_start AND o.sentence_end >= m.span_end)"
                + " FROM mentions m WHERE m.event_id = ? ORDER BY m.span_start";
        List<Mention> out = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement(sql)) {
            p.setString(1, articleId);
            p.setLong(2, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Mention(r.getInt(1), r.getInt(2), Optional.ofNullable(r.getString(3))));
                }
            }
        }
        return out;
    }
}
