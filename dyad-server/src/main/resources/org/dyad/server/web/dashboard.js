// The Dyad dashboard: filters live in the URL; every panel asks the API for aggregates (places,
// periods, one page of events), never for all events.
"use strict";
(function () {
  var QUADS = ["neutral", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
  var COLOURS = ["#8c8c8c", "#74c476", "#238b45", "#fd8d3c", "#d7301f"];
  var FILTERS = ["from", "to", "actor", "country", "plover", "text"];
  var PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
  var form = document.getElementById("filters");
  var nextCursor = null;

  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function svg(tag, attrs) {
    var e = document.createElementNS("http://www.w3.org/2000/svg", tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  function getJson(url) {
    return fetch(url).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) throw new Error(body.message || ("HTTP " + r.status));
        return body;
      });
    });
  }
  function showError(e) {
    var bar = $("error") || document.body.insertBefore(el("div", { id: "error", role: "alert" }), document.body.firstChild);
    bar.textContent = "Dyad: " + e.message;
    bar.hidden = false;
  }

  // ---- filters <-> URL ----
  function currentFilters() {
    var p = new URLSearchParams();
    FILTERS.forEach(function (name) {
      var v = form.elements[name].value.trim();
      if (v) p.set(name, v);
    });
    return p;
  }
  function loadFiltersFromUrl() {
    var p = new URLSearchParams(window.location.search);
    FILTERS.forEach(function (name) { form.elements[name].value = p.get(name) || ""; });
    var d = $("dyad-form");
    d.elements.source.value = p.get("dyad_source") || "";
    d.elements.target.value = p.get("dyad_target") || "";
  }
  function writeUrl() {
    var p = currentFilters();
    var d = $("dyad-form");
    if (d.elements.source.value.trim()) p.set("dyad_source", d.elements.source.value.trim());
    if (d.elements.target.value.trim()) p.set("dyad_target", d.elements.target.value.trim());
    var q = p.toString();
    window.history.replaceState(null, "", q ? "?" + q : window.location.pathname);
  }

  // ---- map ----
  var map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 10 }).setView([25, 15], 2);
  map.attributionControl.addAttribution("Natural Earth (public domain)");
  var markers = L.layerGroup().addTo(map);
  var places = [];
  fetch("/countries-110m.json").then(function (r) { return r.json(); }).then(function (topo) {
    L.geoJSON(DyadTopo.features(topo, "countries"), {
      style: { color: "#9aa5b1", weight: 0.6, fillColor: "#eef1f4", fillOpacity: 1 }, interactive: false
    }).addTo(map).bringToBack();
  }).catch(showError);

  // Places close together on screen at this zoom are drawn as one circle: their counts add up and
  // the circle takes the quad class with the most events.
  function drawMarkers() {
    markers.clearLayers();
    var cells = {};
    var size = 36;
    places.forEach(function (f) {
      var ll = L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]);
      var pt = map.project(ll, map.getZoom());
      var key = Math.floor(pt.x / size) + ":" + Math.floor(pt.y / size);
      var c = cells[key] || (cells[key] = { lat: 0, lon: 0, events: 0, byQuad: [0, 0, 0, 0, 0], names: [] });
      var n = f.properties.events;
      c.lat += ll.lat * n; c.lon += ll.lng * n; c.events += n;
      f.properties.events_by_quad.forEach(function (k, q) { c.byQuad[q] += k; });
      c.names.push(f.properties.name);
    });
    Object.keys(cells).forEach(function (key) {
      var c = cells[key];
      var quad = 0;
      c.byQuad.forEach(function (k, q) { if (k >= c.byQuad[quad]) quad = q; });
      var clustered = c.names.length > 1;
      var m = L.circleMarker([c.lat / c.events, c.lon / c.events], {
        radius: 5 + Math.min(25, 3 * Math.sqrt(c.events)), color: "#333", weight: clustered ? 2 : 1,
        fillColor: COLOURS[quad], fillOpacity: 0.8, className: "dyad-marker quad-" + quad + (clustered ? " cluster" : "")
      });
      m.bindTooltip((clustered ? c.names.length + " places: " + c.names.slice(0, 4).join(", ") + (c.names.length > 4 ? ", ..." : "")
        : c.names[0]) + " (" + c.events + " events)");
      m.on("click", function () {
        if (clustered) map.setView(m.getLatLng(), Math.min(map.getZoom() + 2, 10));
      });
      markers.addLayer(m);
    });
  }
  map.on("zoomend", drawMarkers);

  function loadPlaces(q) {
    return getJson("/api/places.geojson?" + q).then(function (fc) { places = fc.features; drawMarkers(); });
  }

  var legend = $("legend");
  QUADS.forEach(function (name, q) {
    var item = el("span", { "class": "key" });
    item.appendChild(el("i", { style: "background:" + COLOURS[q] }));
    item.appendChild(document.createTextNode(name));
    legend.appendChild(item);
  });

  // ---- timeline and dyad charts ----
  // The server sums events per day; the charts regroup the days into weeks or months when the
  // range is long, and show empty periods as gaps, so that the x axis is time.
  function regroup(series) {
    var days = series.periods;
    if (!days.length) return series;
    var first = new Date(days[0].start + "T00:00:00Z"), last = new Date(days[days.length - 1].start + "T00:00:00Z");
    var span = (last - first) / 864e5;
    var unit = span <= 120 ? "day" : span <= 1100 ? "week" : "month";
    function periodOf(d) {
      var x = new Date(d.getTime());
      if (unit === "week") x.setUTCDate(x.getUTCDate() - (x.getUTCDay() + 6) % 7);
      if (unit === "month") x.setUTCDate(1);
      return x;
    }
    function step(d) {
      var x = new Date(d.getTime());
      if (unit === "day") x.setUTCDate(x.getUTCDate() + 1);
      else if (unit === "week") x.setUTCDate(x.getUTCDate() + 7);
      else x.setUTCMonth(x.getUTCMonth() + 1);
      return x;
    }
    var byStart = {};
    days.forEach(function (p) {
      var k = periodOf(new Date(p.start + "T00:00:00Z")).toISOString().slice(0, 10);
      var b = byStart[k] || (byStart[k] = { start: k, events: 0, goldstein: 0, events_by_quad: [0, 0, 0, 0, 0], goldstein_by_quad: [0, 0, 0, 0, 0] });
      b.events += p.events; b.goldstein += p.goldstein;
      for (var q = 0; q < 5; q++) { b.events_by_quad[q] += p.events_by_quad[q]; b.goldstein_by_quad[q] += p.goldstein_by_quad[q]; }
    });
    var out = [];
    for (var d = periodOf(first); d <= last && out.length < 2000; d = step(d)) {
      var k = d.toISOString().slice(0, 10);
      out.push(byStart[k] || { start: k, events: 0, goldstein: 0, events_by_quad: [0, 0, 0, 0, 0], goldstein_by_quad: [0, 0, 0, 0, 0] });
    }
    return { interval: unit, periods: out };
  }
  // Bars of events by quad class stacked per period; cooperation above the axis and conflict
  // below when split is set (the dyad view), with the Goldstein sum as a line.
  function drawSeries(target, series, split) {
    while (target.firstChild) target.removeChild(target.firstChild);
    var w = target.clientWidth || 600, h = target.clientHeight || 160, pad = 28;
    var periods = series.periods;
    if (!periods.length) {
      var t = svg("text", { x: 10, y: 20, "class": "empty" });
      t.textContent = "no dated events for these filters";
      target.appendChild(t);
      return;
    }
    var up = function (p) { return split ? p.events_by_quad[1] + p.events_by_quad[2] + p.events_by_quad[0] : p.events; };
    var down = function (p) { return split ? p.events_by_quad[3] + p.events_by_quad[4] : 0; };
    var maxUp = Math.max.apply(null, periods.map(up)) || 1, maxDown = Math.max.apply(null, periods.map(down));
    var zero = split && maxDown > 0 ? pad + (h - 2 * pad) * maxUp / (maxUp + maxDown) : h - pad;
    var scale = (split && maxDown > 0 ? (h - 2 * pad) / (maxUp + maxDown) : (h - 2 * pad) / maxUp);
    var bw = Math.max(1, (w - 2 * pad) / periods.length - 1);
    periods.forEach(function (p, i) {
      var x = pad + i * (w - 2 * pad) / periods.length, yUp = zero, yDown = zero;
      [0, 1, 2, 3, 4].forEach(function (q) {
        var n = p.events_by_quad[q];
        if (!n) return;
        var hgt = n * scale, r;
        if (split && q >= 3) { r = svg("rect", { x: x, y: yDown, width: bw, height: hgt }); yDown += hgt; }
        else { yUp -= hgt; r = svg("rect", { x: x, y: yUp, width: bw, height: hgt }); }
        r.setAttribute("fill", COLOURS[q]);
        r.setAttribute("class", "bar quad-" + q);
        var tip = svg("title");
        tip.textContent = p.start + ": " + n + " " + QUADS[q] + " events, Goldstein " + p.goldstein_by_quad[q].toFixed(1);
        r.appendChild(tip);
        target.appendChild(r);
      });
    });
    var gmax = Math.max.apply(null, periods.map(function (p) { return Math.abs(p.goldstein); })) || 1;
    var pts = periods.map(function (p, i) {
      var x = pad + (i + 0.5) * (w - 2 * pad) / periods.length;
      return x.toFixed(1) + "," + (h / 2 - p.goldstein / gmax * (h / 2 - pad)).toFixed(1);
    });
    target.appendChild(svg("polyline", { points: pts.join(" "), "class": "goldstein" }));
    target.appendChild(svg("line", { x1: pad, x2: w - pad, y1: zero, y2: zero, "class": "axis" }));
    [[periods[0].start, pad, "start"], [periods[periods.length - 1].start, w - pad, "end"]].forEach(function (l) {
      var t = svg("text", { x: l[1], y: h - 6, "text-anchor": l[2], "class": "tick" });
      t.textContent = l[0];
      target.appendChild(t);
    });
  }
  function loadTimeline(q) {
    var p = new URLSearchParams(q);
    p.set("interval", "day");
    return getJson("/api/timeline?" + p).then(function (s) { drawSeries($("timeline"), regroup(s), false); });
  }
  function loadDyad() {
    var d = $("dyad-form");
    var s = d.elements.source.value.trim(), t = d.elements.target.value.trim();
    if (!s || !t) { $("dyad-summary").textContent = "Pick a source and a target actor."; return Promise.resolve(); }
    var p = currentFilters();
    p.delete("actor");
    p.set("source", s); p.set("target", t); p.set("interval", "day");
    return getJson("/api/dyads?" + p).then(function (series) {
      drawSeries($("dyad-chart"), regroup(series), true);
      var neutral = 0, coop = 0, conf = 0, g = 0;
      series.periods.forEach(function (x) {
        neutral += x.events_by_quad[0]; coop += x.events_by_quad[1] + x.events_by_quad[2];
        conf += x.events_by_quad[3] + x.events_by_quad[4]; g += x.goldstein;
      });
      $("dyad-summary").textContent = s + " \u2192 " + t + ": " + coop + " cooperation, " + conf + " conflict and "
        + neutral + " neutral events, Goldstein sum " + g.toFixed(1) + " (cooperation and neutral above the line, conflict below)";
    });
  }

  // ---- table and evidence ----
  function addRows(page, replace) {
    var body = document.querySelector("#events tbody");
    if (replace) while (body.firstChild) body.removeChild(body.firstChild);
    page.events.forEach(function (e) {
      var tr = el("tr", { "data-id": e.id, tabindex: 0, "class": "quad-" + e.quad_class });
      [e.date || "", e.source, e.target || "", e.cameo, e.plover || "", e.quad_class, e.goldstein,
        e.place || "", e.sentence.length > 120 ? e.sentence.slice(0, 117) + "..." : e.sentence].forEach(function (v) {
        tr.appendChild(el("td", {}, v));
      });
      tr.addEventListener("click", function () { openEvidence(e.id); });
      tr.addEventListener("keydown", function (k) { if (k.key === "Enter") openEvidence(e.id); });
      body.appendChild(tr);
    });
    $("total").textContent = page.total + " events";
    nextCursor = page.next;
    $("more").hidden = !nextCursor;
  }
  function loadEvents(q, cursor) {
    var p = new URLSearchParams(q);
    p.set("size", "50");
    if (cursor) p.set("cursor", cursor);
    return getJson("/api/events?" + p).then(function (page) { addRows(page, !cursor); });
  }

  // The sentence with the source, target and trigger marked; offsets are into the raw text, so a
  // span is placed at its offset minus the sentence's.
  function highlighted(sentence, spans) {
    var p = el("p", { "class": "sentence" });
    var text = sentence.text, base = sentence.start;
    var inside = spans.filter(function (s) { return s && s.start >= base && s.end <= base + text.length && s.end > s.start; });
    var cuts = [0, text.length];
    inside.forEach(function (s) { cuts.push(s.start - base, s.end - base); });
    cuts = cuts.filter(function (c, i, a) { return a.indexOf(c) === i; }).sort(function (a, b) { return a - b; });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1];
      var roles = inside.filter(function (s) { return s.start - base <= a && s.end - base >= b; }).map(function (s) { return s.role; });
      var piece = text.slice(a, b);
      if (roles.length) {
        var m = el("mark", { "class": roles.join(" "), title: roles.join(", ") }, piece);
        p.appendChild(m);
      } else {
        p.appendChild(document.createTextNode(piece));
      }
    }
    return p;
  }
  function openEvidence(id) {
    getJson("/api/events/" + id).then(function (e) {
      var box = $("evidence-body");
      while (box.firstChild) box.removeChild(box.firstChild);
      box.appendChild(el("h2", {}, (e.source.code) + " \u2192 " + (e.target ? e.target.code : "(no target)") + ": CAMEO " + e.cameo
        + (e.plover.type ? " / " + e.plover.type : "")));
      var spans = [{ start: e.source.start, end: e.source.end, role: "source" }, { start: e.trigger.start, end: e.trigger.end, role: "trigger" }];
      if (e.target) spans.push({ start: e.target.start, end: e.target.end, role: "target" });
      box.appendChild(highlighted(e.sentence, spans));
      var dl = el("dl");
      [["Date", e.date || "undated"], ["Quad class", e.quad_class + " (" + QUADS[e.quad_class] + ")"], ["Goldstein", e.goldstein],
        ["Factuality", e.factuality], ["Confidence", e.confidence], ["Rule", e.rule],
        ["Source", e.source.code + " \u201c" + e.source.text + "\u201d" + (e.source.antecedent ? " = " + e.source.antecedent.text : "")],
        ["Target", e.target ? e.target.code + " \u201c" + e.target.text + "\u201d" + (e.target.antecedent ? " = " + e.target.antecedent.text : "") : "none"],
        ["Trigger", e.trigger.text + " (characters " + e.trigger.start + "-" + e.trigger.end + ")"],
        ["Place", e.place ? e.place.name + (e.place.country ? ", " + e.place.country : "") : "not located"],
        ["Incident", e.incident.id + ": " + e.incident.events + (e.incident.events === 1 ? " event, " : " events, ") + e.incident.articles + " articles, " + e.incident.sources + " sources"],
        ["Article", (e.article.title || e.article.id) + (e.article.published ? " (" + e.article.published + ")" : "")]
      ].forEach(function (kv) { dl.appendChild(el("dt", {}, kv[0])); dl.appendChild(el("dd", {}, kv[1])); });
      box.appendChild(dl);
      if (e.article.url) {
        var a = el("a", { href: e.article.url, rel: "noopener noreferrer", target: "_blank" }, e.article.url);
        box.appendChild(el("p")).appendChild(a);
      }
      if (e.mentions.length) {
        box.appendChild(el("h3", {}, "Further mentions"));
        var ul = el("ul", { "class": "mentions" });
        e.mentions.forEach(function (m) {
          ul.appendChild(el("li", {}, m.sentence || ("characters " + m.start + "-" + m.end + " of the article")));
        });
        box.appendChild(ul);
      }
      $("evidence").hidden = false;
    }).catch(showError);
  }
  $("close-evidence").addEventListener("click", function () { $("evidence").hidden = true; });

  // ---- wiring ----
  function refresh() {
    writeUrl();
    var q = currentFilters().toString();
    $("export-csv").href = "/api/events.csv" + (q ? "?" + q : "");
    $("export-gdelt").href = "/api/events.tsv" + (q ? "?" + q : "");
    var err = $("error");
    if (err) err.hidden = true;
    document.body.classList.add("loading");
    document.body.setAttribute("data-loaded", "false");
    return Promise.all([loadPlaces(q), loadTimeline(q), loadEvents(q), loadDyad()])
      .catch(showError)
      .then(function () { document.body.classList.remove("loading"); document.body.setAttribute("data-loaded", "true"); });
  }
  PLOVER.forEach(function (t) { form.elements.plover.appendChild(el("option", { value: t }, t)); });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); refresh(); });
  $("reset").addEventListener("click", function () { FILTERS.forEach(function (n) { form.elements[n].value = ""; }); refresh(); });
  $("dyad-form").addEventListener("submit", function (ev) { ev.preventDefault(); writeUrl(); loadDyad().catch(showError); });
  $("more").addEventListener("click", function () { loadEvents(currentFilters().toString(), nextCursor).catch(showError); });
  getJson("/api/actors?limit=200").then(function (r) {
    var list = $("actor-codes");
    r.actors.forEach(function (a) { list.appendChild(el("option", { value: a.code }, a.text)); });
  }).catch(function () { /* the list only helps typing */ });
  loadFiltersFromUrl();
  refresh();
})();
