/* Arising tracker: one sortable, filterable, paged table over data/tracker.json (written by
   `arising build`). No dependencies; text is always set with textContent, never as HTML.
   The address keeps the filters (#status=open&owner=...), so a view can be shared. */
(function () {
  "use strict";
  var box = document.getElementById("arising-tracker");
  if (!box) return;
  var root = box.getAttribute("data-root") || "";
  var PAGE = 50;
  var RAG_ORDER = { red: 0, amber: 1, green: 2, grey: 3 };
  var FILTERS = [
    ["status", "Status"], ["response", "Response"], ["rag", "RAG"], ["kind", "Kind"],
    ["committee", "Committee"], ["owner", "Owner"]
  ];
  var COLUMNS = [
    ["text", "Item"], ["kind", "Kind"], ["status", "Status"], ["response", "Response"], ["rag", "RAG"],
    ["committee", "Committee"], ["owner", "Owner"], ["due", "Due"], ["meeting_date", "Meeting"]
  ];
  var data, rows = [], col = {}, state = { page: 1, sort: "rag", dir: 1, q: "" }, controls = {}, table, tbody,
    status, pager;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) if (attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function value(row, name) {
    var i = col[name];
    var v = row[i];
    if (data.coded.indexOf(name) >= 0) return data.values[name][v];
    return v;
  }

  function readHash() {
    var h = location.hash.replace(/^#/, "");
    var s = { page: 1, sort: "rag", dir: 1, q: "" };
    FILTERS.forEach(function (f) { s[f[0]] = ""; });
    h.split("&").forEach(function (kv) {
      if (!kv) return;
      var p = kv.split("=");
      var k = decodeURIComponent(p[0]), v = decodeURIComponent((p[1] || "").replace(/\+/g, " "));
      if (k === "page") s.page = Math.max(1, parseInt(v, 10) || 1);
      else if (k === "dir") s.dir = v === "desc" ? -1 : 1;
      else if (k in s) s[k] = v;
    });
    return s;
  }

  function writeHash() {
    var parts = [];
    FILTERS.forEach(function (f) { if (state[f[0]]) parts.push(f[0] + "=" + encodeURIComponent(state[f[0]])); });
    if (state.q) parts.push("q=" + encodeURIComponent(state.q));
    if (state.sort !== "rag") parts.push("sort=" + state.sort);
    if (state.dir === -1) parts.push("dir=desc");
    if (state.page > 1) parts.push("page=" + state.page);
    var h = parts.join("&");
    if (history.replaceState) history.replaceState(null, "", h ? "#" + h : location.pathname + location.search);
    else location.hash = h;
  }

  function compare(a, b) {
    var k = state.sort, x, y;
    if (k === "rag") { x = RAG_ORDER[value(a, "rag")]; y = RAG_ORDER[value(b, "rag")]; }
    else if (k === "due") { x = a[col.due_date] || "9999"; y = b[col.due_date] || "9999"; }
    else { x = String(value(a, k) || "").toLowerCase(); y = String(value(b, k) || "").toLowerCase(); }
    if (x < y) return -state.dir;
    if (x > y) return state.dir;
    var d1 = a[col.due_date] || "9999", d2 = b[col.due_date] || "9999";
    return d1 < d2 ? -1 : d1 > d2 ? 1 : (a[0] < b[0] ? -1 : 1);
  }

  function filtered() {
    var q = state.q.toLowerCase().split(/\s+/).filter(Boolean);
    var out = data.rows.filter(function (r) {
      for (var i = 0; i < FILTERS.length; i++) {
        var f = FILTERS[i][0];
        if (state[f] && value(r, f) !== state[f]) return false;
      }
      if (q.length) {
        var hay = (r[col.text] + " " + r[0] + " " + (value(r, "owner") || "")).toLowerCase();
        for (var j = 0; j < q.length; j++) if (hay.indexOf(q[j]) < 0) return false;
      }
      return true;
    });
    out.sort(compare);
    return out;
  }

  function dueLabel(r) {
    var due = r[col.due], day = r[col.due_date];
    if (!due) return "none";
    if (due === "next-meeting") return day ? "next meeting (" + day + ")" : "next meeting";
    if (due === "future-meeting") return "a future meeting";
    return day || due;
  }

  function render() {
    rows = filtered();
    var pages = Math.max(1, Math.ceil(rows.length / PAGE));
    if (state.page > pages) state.page = pages;
    var start = (state.page - 1) * PAGE, slice = rows.slice(start, start + PAGE);
    var frag = document.createDocumentFragment();
    slice.forEach(function (r) {
      var tr = el("tr");
      var td = el("td");
      var link = el("a", { href: root + "items/" + r[0] + "/" }, r[col.text]);
      td.appendChild(link);
      tr.appendChild(td);
      tr.appendChild(el("td", null, value(r, "kind")));
      var st = el("td");
      st.appendChild(el("span", { "class": "arising-status arising-status-" + value(r, "status") }, value(r, "status")));
      tr.appendChild(st);
      tr.appendChild(el("td", null, value(r, "response") || ""));
      var rg = el("td"), word = value(r, "rag");
      rg.appendChild(el("span", { "class": "arising-rag arising-rag-" + word, title: r[col.rag_reason] },
        word.charAt(0).toUpperCase() + word.slice(1)));
      tr.appendChild(rg);
      tr.appendChild(el("td", null, value(r, "committee") || ""));
      tr.appendChild(el("td", null, value(r, "owner") || ""));
      tr.appendChild(el("td", null, dueLabel(r)));
      tr.appendChild(el("td", null, r[col.meeting_date] || ""));
      frag.appendChild(tr);
    });
    tbody.textContent = "";
    tbody.appendChild(frag);
    var ths = table.querySelectorAll("th");
    COLUMNS.forEach(function (c, i) {
      var key = c[0] === "text" ? "text" : c[0];
      ths[i].setAttribute("aria-sort", state.sort === key ? (state.dir === 1 ? "ascending" : "descending") : "none");
    });
    status.textContent = rows.length ? ("Showing " + (start + 1) + "–" + (start + slice.length) + " of " + rows.length +
      " item" + (rows.length === 1 ? "" : "s")) : "No items match these filters.";
    pager.prev.disabled = state.page <= 1;
    pager.next.disabled = state.page >= pages;
    pager.label.textContent = "Page " + state.page + " of " + pages;
    writeHash();
  }

  function options(name) {
    var counts = {};
    data.rows.forEach(function (r) { var v = value(r, name) || ""; counts[v] = (counts[v] || 0) + 1; });
    var vals = Object.keys(counts).filter(Boolean);
    if (name === "rag") vals.sort(function (a, b) { return RAG_ORDER[a] - RAG_ORDER[b]; });
    else vals.sort(function (a, b) { return a.toLowerCase() < b.toLowerCase() ? -1 : 1; });
    return vals.map(function (v) { return [v, counts[v]]; });
  }

  function setup() {
    col = {};
    data.columns.forEach(function (c, i) { col[c] = i; });
    state = readHash();
    box.textContent = "";
    var form = el("form", { "class": "arising-controls", role: "search", "aria-label": "Filter the tracker" });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    var ql = el("label", { "for": "arising-t-q" }, "Words");
    var qi = el("input", { id: "arising-t-q", type: "search", value: state.q, placeholder: "any words" });
    ql.appendChild(qi);
    form.appendChild(ql);
    var timer;
    qi.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { state.q = qi.value.trim(); state.page = 1; render(); }, 150);
    });
    controls.q = qi;
    FILTERS.forEach(function (f) {
      var lab = el("label", { "for": "arising-t-" + f[0] }, f[1]);
      var sel = el("select", { id: "arising-t-" + f[0], name: f[0] });
      sel.appendChild(el("option", { value: "" }, "all"));
      options(f[0]).forEach(function (o) {
        var opt = el("option", { value: o[0] }, o[0] + " (" + o[1] + ")");
        if (state[f[0]] === o[0]) opt.selected = true;
        sel.appendChild(opt);
      });
      sel.addEventListener("change", function () { state[f[0]] = sel.value; state.page = 1; render(); });
      lab.appendChild(sel);
      form.appendChild(lab);
      controls[f[0]] = sel;
    });
    var clear = el("button", { type: "button" }, "Clear filters");
    clear.addEventListener("click", function () {
      FILTERS.forEach(function (f) { state[f[0]] = ""; controls[f[0]].value = ""; });
      state.q = ""; qi.value = ""; state.page = 1; render();
    });
    form.appendChild(clear);
    box.appendChild(form);
    status = el("p", { role: "status", "aria-live": "polite", "class": "arising-count" });
    box.appendChild(status);
    table = el("table");
    table.appendChild(el("caption", null, "Tracked items, RAG as of " + data.as_of));
    var thead = el("thead"), tr = el("tr");
    COLUMNS.forEach(function (c) {
      var th = el("th", { scope: "col" });
      var b = el("button", { type: "button" }, c[1]);
      b.addEventListener("click", function () {
        if (state.sort === c[0]) state.dir = -state.dir; else { state.sort = c[0]; state.dir = 1; }
        state.page = 1; render();
      });
      th.appendChild(b);
      tr.appendChild(th);
    });
    thead.appendChild(tr);
    table.appendChild(thead);
    tbody = el("tbody");
    table.appendChild(tbody);
    box.appendChild(table);
    var nav = el("nav", { "class": "arising-pager", "aria-label": "Pages of the tracker" });
    pager = { prev: el("button", { type: "button" }, "Previous"), next: el("button", { type: "button" }, "Next"),
      label: el("span") };
    pager.prev.addEventListener("click", function () { state.page--; render(); table.scrollIntoView(); });
    pager.next.addEventListener("click", function () { state.page++; render(); table.scrollIntoView(); });
    nav.appendChild(pager.prev); nav.appendChild(pager.label); nav.appendChild(pager.next);
    box.appendChild(nav);
    render();
  }

  window.addEventListener("hashchange", function () {
    if (!data) return;
    var s = readHash();
    state = s;
    FILTERS.forEach(function (f) { controls[f[0]].value = state[f[0]]; });
    controls.q.value = state.q;
    render();
  });

  fetch(box.getAttribute("data-src")).then(function (r) {
    if (!r.ok) throw new Error(r.status + " " + r.statusText);
    return r.json();
  }).then(function (d) { data = d; setup(); }).catch(function (e) {
    box.textContent = "";
    var p = el("p", { role: "alert" }, "The tracker data could not be loaded (" + e.message + "). Serve the site over " +
      "HTTP (for example `python -m http.server`) or download the CSV.");
    box.appendChild(p);
  });
})();
