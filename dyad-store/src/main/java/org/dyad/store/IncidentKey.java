package org.dyad.store;

/**
 * What events must share to be one incident (besides dates within a day): source code, target
 * code, CAMEO code and place.
 *
 * @param target the target code, or "" for events without a target
 * @param geonameId the place's gazetteer id, or 0 for events without a place (no place has id 0)
 */
record IncidentKey(String source, String target, String cameo, long geonameId) {
    static IncidentKey of(EventFacts f) {
        var e = f.event();
        return new IncidentKey(e.source().code().code(), e.target().map(t -> t.code().code()).orElse(""), e.cameo(),
                f.place().map(EventPlace::geonameId).orElse(0L));
    }

    // Written out: the record's generated methods showed in the writer's profile.
    @Override
    public int hashCode() {
        return ((source.hashCode() * 31 + target.hashCode()) * 31 + cameo.hashCode()) * 31 + Long.hashCode(geonameId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IncidentKey k && geonameId == k.geonameId && source.equals(k.source)
                && target.equals(k.target) && cameo.equals(k.cameo);
    }
}
