// Decodes the TopoJSON of the bundled base map into GeoJSON: arcs are delta-encoded integer
// positions scaled by the topology's transform; a negative arc index means the arc reversed.
"use strict";
window.DyadTopo = (function () {
  function decodeArcs(topology) {
    var t = topology.transform;
    return topology.arcs.map(function (arc) {
      var x = 0, y = 0;
      return arc.map(function (p) {
        x += p[0]; y += p[1];
        return t ? [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] : [p[0], p[1]];
      });
    });
  }
  function ring(indexes, arcs) {
    var out = [];
    indexes.forEach(function (i) {
      var a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      a.forEach(function (p, k) { if (k > 0 || out.length === 0) out.push(p); });
    });
    return out;
  }
  function geometry(g, arcs) {
    if (g.type === "Polygon") return { type: "Polygon", coordinates: g.arcs.map(function (r) { return ring(r, arcs); }) };
    if (g.type === "MultiPolygon") {
      return { type: "MultiPolygon", coordinates: g.arcs.map(function (p) { return p.map(function (r) { return ring(r, arcs); }); }) };
    }
    return null;
  }
  return {
    /** The features of one object of a topology, as a GeoJSON FeatureCollection. */
    features: function (topology, name) {
      var arcs = decodeArcs(topology);
      var obj = topology.objects[name];
      return {
        type: "FeatureCollection",
        features: obj.geometries.map(function (g) {
          return { type: "Feature", id: g.id, properties: g.properties || {}, geometry: geometry(g, arcs) };
        }).filter(function (f) { return f.geometry; })
      };
    }
  };
})();
