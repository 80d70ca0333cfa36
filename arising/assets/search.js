/* Arising search page. With `arising serve` it asks the fielded search API (/api/search); on a static
   host it uses the Pagefind index built by `arising build` (pagefind/), which loads only the
   fragments a query needs. Results are built with textContent; only <mark> is kept from snippets. */
(function () {
  "use strict";
  var box = document.getElementById("arising-search");
  var form = document.getElementById("arising-search-form");
  if (!box || !form) return;
  var root = box.getAttribute("data-root") || "";
  var input = document.getElementById("arising-search-q");
  var type = document.getElementById("arising-search-type");
  var mode = null, pagefind = null, seq = 0;
  var LIMIT = 20;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) if (attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function abs(path) { return new URL(path, document.baseURI).href; }

  /* A snippet with <mark> around hits, as safe DOM: every other tag or entity is text. */
  function snippet(html) {
    var marked = String(html || "").replace(/<mark>/g, "\u0001").replace(/<\/mark>/g, "\u0002");
    var text = new DOMParser().parseFromString("<p>" + marked.replace(/</g, "&lt;") + "</p>", "text/html").body.textContent;
    var p = el("p", { "class": "arising-snippet" });
    var parts = text.split(/(\u0001[^\u0002]*\u0002)/);
    parts.forEach(function (part) {
      if (part.charAt(0) === "\u0001") p.appendChild(el("mark", null, part.slice(1, -1)));
      else if (part) p.appendChild(document.createTextNode(part.replace(/[\u0001\u0002]/g, "")));
    });
    return p;
  }

  function badge(cls, word) {
    return el("span", { "class": cls }, word);
  }

  function show(results, total, how, ms) {
    box.textContent = "";
    var summary = el("p", { role: "status", "class": "arising-count" },
      total + " result" + (total === 1 ? "" : "s") + (total > results.length ? ", showing the first " + results.length : "") +
      " (" + how + ", " + ms + " ms)");
    box.appendChild(summary);
    var ol = el("ol", { "class": "arising-results" });
    results.forEach(function (r) {
      var li = el("li");
      var t = el("a", { href: r.url, "class": "arising-result-title" }, r.title);
      li.appendChild(t);
      var meta = el("div", { "class": "arising-result-meta" });
      if (r.kind) meta.appendChild(document.createTextNode(r.kind + " "));
      if (r.status) { meta.appendChild(badge("arising-status arising-status-" + r.status, r.status)); meta.appendChild(document.createTextNode(" ")); }
      if (r.rag) meta.appendChild(badge("arising-rag arising-rag-" + r.rag, r.rag.charAt(0).toUpperCase() + r.rag.slice(1)));
      if (r.where) meta.appendChild(document.createTextNode(" " + r.where));
      li.appendChild(meta);
      li.appendChild(snippet(r.snippet));
      ol.appendChild(li);
    });
    box.appendChild(ol);
  }

  function message(text) {
    box.textContent = "";
    box.appendChild(el("p", { role: "status" }, text));
  }

  function loadPagefind() {
    if (pagefind) return Promise.resolve(pagefind);
    return import(abs(root + "pagefind/pagefind.js")).then(function (pf) {
      pagefind = pf;
      return Promise.resolve(pf.options ? pf.options({ baseUrl: new URL(root, document.baseURI).pathname }) : null)
        .then(function () { return pf; });
    });
  }

  /* The search service's answer, or a rejection when there is none (a static host): then the
     offline index is used from here on. */
  function viaApi(q, t0, n) {
    var url = root + "api/search?limit=" + LIMIT + "&q=" + encodeURIComponent(q);
    var ctl = window.AbortController ? new AbortController() : null;
    var timer = setTimeout(function () { if (ctl) ctl.abort(); }, 3000);
    return fetch(abs(url), ctl ? { signal: ctl.signal } : {}).then(function (r) {
      clearTimeout(timer);
      if (!r.ok || (r.headers.get("content-type") || "").indexOf("json") < 0) throw new Error("no search service");
      return r.json();
    }).then(function (d) {
      if (!d || !Array.isArray(d.results)) throw new Error("no search service");
      mode = "api";
      if (n !== seq) return;
      var results = d.results.map(function (r) {
        var u = String(r.url || ("/items/" + r.id + "/"));
        var title = (r.type && r.type !== "item") ? (r.title || r.text) : r.text;
        return { url: u.charAt(0) === "/" ? root + u.slice(1) : u, title: title, kind: r.kind, status: r.status,
          rag: r.rag, snippet: r.snippet,
          where: [r.committee, r.meeting_date, r.owner].filter(Boolean).join(" · ") };
      });
      show(results, d.total || results.length, "search service", Math.round(performance.now() - t0));
    });
  }

  /* Pagefind: the first few results are shown as soon as their fragments arrive, the rest follow. */
  function viaPagefind(q, t, t0, n) {
    var FIRST = 5;
    function result(d) {
      var m = d.meta || {};
      return { url: d.url, title: m.title || d.url, kind: m.kind, status: m.status, rag: m.rag, snippet: d.excerpt,
        where: (d.filters && d.filters.committee) ? d.filters.committee.join(", ") : "" };
    }
    return loadPagefind().then(function (pf) {
      var opts = t ? { filters: { type: t } } : {};
      return pf.search(q, opts);
    }).then(function (res) {
      if (n !== seq) return;
      var top = res.results.slice(0, LIMIT);
      var first = Promise.all(top.slice(0, FIRST).map(function (r) { return r.data(); }));
      var rest = Promise.all(top.slice(FIRST).map(function (r) { return r.data(); }));
      return first.then(function (docs) {
        if (n !== seq) return;
        var shown = docs.map(result);
        show(shown, res.results.length, "offline index", Math.round(performance.now() - t0));
        return rest.then(function (more) {
          if (n !== seq || !more.length) return;
          show(shown.concat(more.map(result)), res.results.length, "offline index", Math.round(performance.now() - t0));
        });
      });
    }).catch(function (e) {
      message("Search is not available here (" + e.message + "). Browse the tracker or the committees instead.");
    });
  }

  function run() {
    var q = input.value.trim(), t = type ? type.value : "";
    var params = new URLSearchParams();
    if (q) params.set("q", q);
    if (t) params.set("type", t);
    if (history.replaceState) history.replaceState(null, "", location.pathname + (q ? "?" + params.toString() : ""));
    if (!q) { message("Type a word or two: a place, a service, an officer's title."); return; }
    var n = ++seq, t0 = performance.now();
    message("Searching…");
    if (mode !== "static" && !t) {
      viaApi(q, t0, n).catch(function () { mode = "static"; return viaPagefind(q, t, t0, n); });
    } else {
      viaPagefind(q, t, t0, n);
    }
  }

  var timer, last = null;
  function runOnce() {
    clearTimeout(timer);
    var key = input.value.trim() + "\u0000" + (type ? type.value : "");
    if (key === last) return;
    last = key;
    run();
  }
  form.addEventListener("submit", function (e) { e.preventDefault(); runOnce(); });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(runOnce, 250);
    if (pagefind && pagefind.preload && input.value.trim()) pagefind.preload(input.value.trim());
  });
  if (type) type.addEventListener("change", runOnce);
  // The offline index's script loads while the reader types: on a static host it answers the query.
  loadPagefind().catch(function () {});
  var params = new URLSearchParams(location.search);
  if (params.get("q")) {
    input.value = params.get("q");
    if (type && params.get("type")) type.value = params.get("type");
    runOnce();
  } else {
    message("Type a word or two: a place, a service, an officer's title.");
  }
})();
