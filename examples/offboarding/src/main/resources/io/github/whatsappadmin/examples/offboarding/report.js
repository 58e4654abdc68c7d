"use strict";
(function () {
  // The SVG namespace, as the parser gave it to the page's own <svg> (so the file names no URL at all).
  var SVG = document.getElementById("outcome-chart").namespaceURI;
  var data = JSON.parse(document.getElementById("report-data").textContent);

  function el(name, attributes, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (key) { node.setAttribute(key, String(attributes[key])); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function fmt(n) { return n.toLocaleString("en-US"); }

  function seconds(ms) { return ms < 1000 ? ms + " ms" : (ms / 1000).toFixed(ms < 10000 ? 1 : 0) + " s"; }

  // Numbers by outcome: one horizontal bar per outcome.
  function outcomeChart(svg) {
    var width = 560, row = 38, left = 150, right = 70, top = 8;
    var max = Math.max(1, Math.max.apply(null, data.outcomes.map(function (o) { return o.count; })));
    svg.setAttribute("viewBox", "0 0 " + width + " " + (top * 2 + row * data.outcomes.length));
    data.outcomes.forEach(function (o, i) {
      var y = top + i * row, length = Math.round((width - left - right) * o.count / max);
      var bar = el("g", { "class": "bar", "data-outcome": o.outcome, "data-count": o.count });
      bar.appendChild(el("text", { x: left - 8, y: y + 20, "text-anchor": "end" }, o.outcome));
      bar.appendChild(el("rect", { x: left, y: y + 6, width: Math.max(o.count > 0 ? 2 : 0, length), height: 22,
                                   rx: 3, "class": "fill-" + o.outcome }));
      bar.appendChild(el("text", { x: left + length + 6, y: y + 21, "class": "count" }, fmt(o.count)));
      svg.appendChild(bar);
    });
  }

  // Requests over time: the run cut into slices, each a column of succeeded (bottom) and failed requests.
  function attemptChart(svg) {
    var width = 560, height = 230, left = 44, bottom = 26, top = 24, right = 10;
    var span = Math.max(1, data.durationMs), count = Math.min(40, Math.max(1, data.attempts.length));
    var slice = Math.max(1, Math.ceil(span / count));
    var slices = [];
    for (var i = 0; i * slice < span || i === 0; i++) { slices.push({ success: 0, failure: 0 }); }
    data.attempts.forEach(function (a) {
      var s = slices[Math.min(slices.length - 1, Math.max(0, Math.floor(a.atMs / slice)))];
      if (a.ok) { s.success++; } else { s.failure++; }
    });
    var max = Math.max(1, Math.max.apply(null, slices.map(function (s) { return s.success + s.failure; })));
    var plotHeight = height - top - bottom, step = (width - left - right) / slices.length;
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    svg.appendChild(el("line", { x1: left, y1: top + plotHeight, x2: width - right, y2: top + plotHeight,
                                 "class": "axis" }));
    svg.appendChild(el("text", { x: left - 6, y: top + 10, "text-anchor": "end" }, fmt(max)));
    svg.appendChild(el("text", { x: left - 6, y: top + plotHeight, "text-anchor": "end" }, "0"));
    svg.appendChild(el("text", { x: left, y: height - 6 }, "0 s"));
    svg.appendChild(el("text", { x: width - right, y: height - 6, "text-anchor": "end" }, seconds(span)));
    [["fill-success", "succeeded"], ["fill-failure", "failed"]].forEach(function (legend, i) {
      var x = width - right - 170 + i * 90;
      svg.appendChild(el("rect", { x: x, y: 2, width: 10, height: 10, "class": legend[0] }));
      svg.appendChild(el("text", { x: x + 14, y: 11 }, legend[1]));
    });
    slices.forEach(function (s, i) {
      var g = el("g", { "class": "slice", "data-from-ms": i * slice, "data-success": s.success,
                        "data-failure": s.failure });
      var x = left + i * step + 1, w = Math.max(1, step - 2);
      var hs = plotHeight * s.success / max, hf = plotHeight * s.failure / max;
      g.appendChild(el("rect", { x: x, y: top + plotHeight - hs, width: w, height: hs, "class": "fill-success" }));
      g.appendChild(el("rect", { x: x, y: top + plotHeight - hs - hf, width: w, height: hf,
                                 "class": "fill-failure" }));
      g.appendChild(el("title", {}, seconds(i * slice) + ": " + s.success + " succeeded, " + s.failure + " failed"));
      svg.appendChild(g);
    });
  }

  // The table: filter by outcome and by text.
  function filters() {
    var rows = Array.prototype.slice.call(document.querySelectorAll("#number-table tbody tr"));
    var outcome = document.getElementById("outcome-filter"), text = document.getElementById("text-filter");
    var shown = document.getElementById("shown");
    function apply() {
      var wanted = outcome.value, needle = text.value.trim().toLowerCase(), visible = 0;
      rows.forEach(function (row) {
        var show = (!wanted || row.getAttribute("data-outcome") === wanted)
                   && (!needle || row.textContent.toLowerCase().indexOf(needle) >= 0);
        row.hidden = !show;
        if (show) { visible++; }
      });
      shown.textContent = fmt(visible) + " of " + fmt(rows.length) + " shown";
    }
    outcome.addEventListener("change", apply);
    text.addEventListener("input", apply);
    apply();
  }

  outcomeChart(document.getElementById("outcome-chart"));
  attemptChart(document.getElementById("attempt-chart"));
  filters();
  document.body.setAttribute("data-rendered", "true");
})();
