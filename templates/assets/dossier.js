/* Dossier: quick-find in the header, the search page, and previews of links to entities and places.
   Every page works without it. The index is loaded with <script> tags (search/*.js), which browsers
   allow from file://, where fetch() is blocked. */
(function () {
  "use strict";
  var D = (window.DOSSIER_SEARCH = window.DOSSIER_SEARCH || {});
  // The texts, in the site's language (assets/dossier-texts.js, from Dossier's translation tables);
  // a plural's form is picked by the browser's CLDR rules.
  var TX = window.DOSSIER_TEXTS || { lang: "en", texts: {} };
  var RULES = window.Intl && Intl.PluralRules ? new Intl.PluralRules(TX.lang) : null;
  function t(key, args) {
    var text = TX.texts[key], count = args && args.count;
    if (text && typeof text === "object") text = text[RULES && count !== undefined ? RULES.select(count) : "other"] || text.other;
    return String(text === undefined ? key : text).replace(/\{(\w+)\}/g, function (all, name) {
      return args && args[name] !== undefined ? (name === "count" && window.Intl ? Number(args[name]).toLocaleString(TX.lang) : args[name]) : all;
    });
  }
  var KINDS = ["entities", "places", "articles", "pages", "tags", "events"].map(function (k) { return [k, t(k)]; });
  var TYPES = {};
  ["person", "organization", "country", "group", "other"].forEach(function (k) { TYPES[k] = t("entity_type_" + k); });
  ["region", "city", "village", "site"].forEach(function (k) { TYPES[k] = t("place_type_" + k); });

  // Cyrillic and Armenian to Latin, close to the BGN rules the build uses for its keys.
  var LATIN = {};
  "а a б b в v г g д d е e ё e ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch ш sh щ shch ъ _ ы y ь _ э e ю yu я ya і i ї yi є ye ґ g ў w ա a բ b գ g դ d ե e զ z է e ը y թ t ժ zh ի i լ l խ kh ծ ts կ k հ h ձ dz ղ gh ճ ch մ m յ y ն n շ sh ո o չ ch պ p ջ j ռ rr ս s վ v տ t ր r ց ts ւ v փ p ք k օ o ֆ f և ev"
    .split(" ").forEach(function (v, i, a) { if (i % 2 === 0) LATIN[v] = a[i + 1] === "_" ? "" : a[i + 1]; });

  // A date as the build writes it (2016, 2016-04, 2016-04-22), in the page's language (CLDR, from
  // the browser): bare "en" is international English, as the build writes it.
  var DATES = {};
  function dateText(iso) {
    var p = String(iso || "").split("-").map(Number);
    if (!window.Intl || !p[0] || p.some(isNaN)) return iso;
    var opts = p.length > 2 ? { year: "numeric", month: "long", day: "numeric" } : p.length > 1 ? { year: "numeric", month: "long" } : null;
    if (!opts) return String(p[0]);
    opts.timeZone = "UTC";
    var key = p.length, lang = TX.lang === "en" ? "en-001" : TX.lang;
    try { DATES[key] = DATES[key] || new Intl.DateTimeFormat(lang, opts); } catch (e) { return iso; }
    return DATES[key].format(new Date(Date.UTC(p[0], (p[1] || 1) - 1, p[2] || 1)));
  }

  function strip(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ə/g, "e").replace(/['’ʼ]/g, "")
      .replace(/\s+/g, " ").trim();
  }
  function fold(s) { return strip(String(s || "").toLowerCase()); }
  function latin(s) {
    s = String(s || "").toLowerCase().replace(/ու/g, "u");
    var out = "";
    for (var i = 0; i < s.length; i++) {
      var c = s[i], prev = i ? s[i - 1] : " ";
      if ((c === "е" || c === "ё" || c === "ե") && /[\sаеёиоуыэюяъь-]/.test(prev)) out += "ye";
      else if (c === "ո" && /\s/.test(prev)) out += "vo";
      else out += LATIN[c] !== undefined ? LATIN[c] : c;
    }
    return strip(out);
  }
  // The build leaves out ids that are the slug of an ASCII name (SearchIndex.simpleSlug).
  function slug(s) { return s.toLowerCase().replace(/'/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, ""); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  // Index rows as {url, name, meta, hay}; `root` leads from the page to the site root.
  function entries(kind, root) {
    var rows = D[kind] || [], out = [];
    rows.forEach(function (r) {
      var e;
      if (kind === "articles") e = { url: "articles/" + (r[0] || slug(r[1])), name: r[1], meta: dateText(r[2]), names: [r[1]], keys: r[3] };
      else if (kind === "entities") e = { url: "entities/" + (r[0] || slug(r[1])), name: r[1], meta: [TYPES[r[2]] || "", r[3]].filter(Boolean).join(" · "), names: [r[1]].concat(r[4] ? r[4].split("|") : []), keys: r[5] };
      else if (kind === "places") e = { url: "places/" + (r[0] || slug(r[1])), name: r[1], meta: [TYPES[r[2]] || t("place_type_other"), r[3] ? t("search_in_place", { name: r[3] }) : ""].filter(Boolean).join(" · "), names: [r[1]].concat(r[4] ? r[4].split("|") : []), keys: r[5] };
      else if (kind === "pages") e = { url: r[0], name: r[1], meta: r[2] || "", names: [r[1]], keys: r[3] };
      else if (kind === "tags") e = { url: "tags/" + r[0], name: r[1], meta: t("articles_count", { count: r[2] }), names: [r[1]], keys: r[3] };
      else {
        var y = r[1].slice(0, 4), m = r[1].slice(5, 7), monthly = (D.timelineMonths || []).indexOf(+y) >= 0;
        e = { url: "timeline" + (D.timelineSplit ? "/" + y : "") + (monthly ? "/" + (m || "00") + (r[3] > 1 ? "/page/" + r[3] : "") : ""), hash: "#y" + y + "-" + (m || "year"), name: r[0], meta: dateText(r[1]), names: [r[0]], keys: r[2] };
      }
      e.href = root + e.url.split("/").map(encodeURIComponent).join("/") + "/index.html" + (e.hash || "");
      e.folded = e.names.map(fold);
      e.hay = "|" + e.folded.join("|") + "|" + (e.keys || "") + "|";
      out.push(e);
    });
    return out;
  }

  // Matches of `query` in every kind, best first: a name that starts with the query, then a word
  // that does, then anything containing every word of it.
  function search(query, root, limit) {
    var forms = [fold(query), latin(query)].filter(function (f, i, a) { return f && a.indexOf(f) === i; });
    var groups = [];
    if (!forms.length) return groups;
    KINDS.forEach(function (k) {
      var list = (D["_" + k[0]] = D["_" + k[0]] || entries(k[0], root)), found = [];
      list.forEach(function (e, order) {
        var best = 9;
        forms.forEach(function (f) {
          var words = f.split(" ");
          if (!words.every(function (w) { return e.hay.indexOf(w) >= 0; })) return;
          var score = e.hay.indexOf("|" + f) >= 0 ? 0 : (e.hay.indexOf(" " + words[0]) >= 0 ? 1 : 2);
          if (score < best) best = score;
        });
        if (best < 9) found.push([best, order, e]);
      });
      found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
      if (found.length) groups.push({ kind: k[0], label: k[1], total: found.length, items: found.slice(0, limit).map(function (f) { return f[2]; }) });
    });
    return groups;
  }

  function render(groups, box, query, heading) {
    box.textContent = "";
    groups.forEach(function (g) {
      var h = el(heading, "results-kind", g.label + " (" + g.total + ")");
      h.id = box.id + "-" + g.kind;
      var ul = el("ul", "results-list");
      ul.setAttribute("aria-labelledby", h.id);
      g.items.forEach(function (e) {
        var a = el("a", "result");
        a.href = e.href;
        a.appendChild(el("span", "result-name", e.name));
        var q = fold(query), alias = e.names.filter(function (n, i) { return i && fold(n).indexOf(q) >= 0; })[0];
        if (alias) a.appendChild(el("span", "result-alias", t("search_also", { names: alias })));
        if (e.meta) a.appendChild(el("span", "result-meta", e.meta));
        var li = el("li");
        li.appendChild(a);
        ul.appendChild(li);
      });
      box.appendChild(h);
      box.appendChild(ul);
    });
  }

  function count(groups) { return groups.reduce(function (n, g) { return n + g.total; }, 0); }

  var loading = null;
  function load(form, done) {
    if (KINDS.every(function (k) { return D[k[0]]; })) return done();
    if (!loading) {
      loading = [];
      var urls = (form.getAttribute("data-index") || "").split(" ").filter(Boolean), left = urls.length;
      urls.forEach(function (u) {
        var s = document.createElement("script");
        s.src = u;
        s.onload = s.onerror = function () { if (--left === 0) loading.forEach(function (f) { f(); }); };
        document.head.appendChild(s);
      });
    }
    loading.push(done);
  }

  // Arrow keys move between the results of a box; Escape goes back to the field.
  function keys(input, box, close) {
    function links() { return Array.prototype.slice.call(box.querySelectorAll("a")); }
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "ArrowDown" && links().length) { ev.preventDefault(); links()[0].focus(); }
      else if (ev.key === "Escape" && close) close();
    });
    box.addEventListener("keydown", function (ev) {
      var all = links(), i = all.indexOf(document.activeElement);
      if (ev.key === "ArrowDown" && i < all.length - 1) { ev.preventDefault(); all[i + 1].focus(); }
      else if (ev.key === "ArrowUp") { ev.preventDefault(); (i > 0 ? all[i - 1] : input).focus(); }
      else if (ev.key === "Escape") { ev.preventDefault(); input.focus(); if (close) close(); }
    });
  }

  function quickFind(form) {
    var input = form.querySelector("input"), box = form.querySelector(".quick-find-results");
    var status = form.querySelector("[role=status]"), root = form.getAttribute("data-root") || "";
    box.id = "quick-find-results";
    function close() { box.hidden = true; }
    function update() {
      var q = input.value.trim();
      if (!q) { close(); status.textContent = ""; return; }
      load(form, function () {
        if (input.value.trim() !== q) return;
        var groups = search(q, root, 5), n = count(groups);
        render(groups, box, q, "p");
        var more = el("p", "results-more"), a = el("a", "", n ? t("search_all_results", { count: n }) : t("search_no_matches_page"));
        a.href = form.getAttribute("action") + "?q=" + encodeURIComponent(q);
        more.appendChild(a);
        box.appendChild(more);
        box.hidden = false;
        status.textContent = n ? t("search_results_status", { count: n }) : t("search_no_matches");
      });
    }
    input.addEventListener("input", update);
    input.addEventListener("focus", function () { load(form, function () {}); if (input.value.trim()) update(); });
    form.addEventListener("focusout", function (ev) { if (!form.contains(ev.relatedTarget)) close(); });
    keys(input, box, close);
  }

  // Full text (search/text/, see FullTextIndex): a small manifest, then the term shards a query's
  // words need, then the document shards of the results shown, each script loaded once.
  var TEXT = { terms: {}, docs: {}, manifest: null }, SCRIPTS = {};
  window.DOSSIER_TEXT = {
    manifest: function (m) { TEXT.manifest = m; },
    terms: function (n, terms) { TEXT.terms[n] = terms; },
    docs: function (n, rows) { TEXT.docs[n] = rows; }
  };
  function loadScripts(urls, done) {
    var left = urls.length;
    if (!left) return done();
    urls.forEach(function (u) {
      var s = SCRIPTS[u];
      if (s === true) { if (--left === 0) done(); return; }
      if (!s) {
        s = SCRIPTS[u] = [];
        var tag = document.createElement("script");
        tag.src = u;
        tag.onload = tag.onerror = function () { var waiting = SCRIPTS[u]; SCRIPTS[u] = true; waiting.forEach(function (f) { f(); }); };
        document.head.appendChild(tag);
      }
      s.push(function () { if (--left === 0) done(); });
    });
  }
  // The query's words as the index writes them: lower case, no diacritics, and in Latin letters too.
  function queryWords(q) {
    return (q.match(/[\p{L}\p{N}\p{M}]+(?:['’ʼ][\p{L}\p{N}\p{M}]+)*/gu) || []).map(function (w) {
      w = w.replace(/['’ʼ]/g, "");
      var forms = /^[\x00-\x7f]*$/.test(w) ? [w.toLowerCase()] : [fold(w), latin(w).replace(/ /g, "")];
      return forms.filter(function (f, i, a) { return f && a.indexOf(f) === i; });
    }).filter(function (forms) { return forms[0] && (forms[0].length > 1 || /\d/.test(forms[0])); });
  }
  // The shards that may hold `term`: the last that starts before it, through those that start with it.
  function shardOf(term) {
    var shards = TEXT.manifest.shards, i = 0;
    while (i + 1 < shards.length && shards[i + 1] < term) i++;
    return i;
  }
  function lastShardOf(term) {
    var shards = TEXT.manifest.shards, i = shardOf(term);
    while (i + 1 < shards.length && shards[i + 1] <= term) i++;
    return i;
  }
  // The documents matching every word (the last one also as the start of a word while typing),
  // best first: [[doc, score], …].
  function textSearch(q, base, prefix, done) {
    loadScripts([base + "manifest.js"], function () {
      var words = queryWords(q);
      if (!TEXT.manifest || !words.length) return done([], words);
      var needed = {};
      words.forEach(function (forms, wi) {
        forms.forEach(function (f) {
          var last = prefix && wi === words.length - 1 ? lastShardOf(f + "\uffff") : lastShardOf(f);
          for (var i = shardOf(f); i <= last; i++) needed[i] = true;
        });
      });
      loadScripts(Object.keys(needed).map(function (n) { return base + "terms-" + n + ".js"; }), function () {
        var total = null;
        words.forEach(function (forms, wi) {
          var scores = {}, open = prefix && wi === words.length - 1;
          Object.keys(needed).forEach(function (n) {
            var terms = TEXT.terms[n] || {};
            Object.keys(terms).forEach(function (term) {
              if (!forms.some(function (f) { return term === f || (open && term.lastIndexOf(f, 0) === 0); })) return;
              var list = terms[term], exact = forms.indexOf(term) >= 0 ? 1 : 0.6;
              for (var i = 0; i < list.length; i += 2) scores[list[i]] = Math.max(scores[list[i]] || 0, list[i + 1] * exact);
            });
          });
          if (total === null) { total = scores; return; }
          var both = {};
          Object.keys(total).forEach(function (d) { if (scores[d] !== undefined) both[d] = total[d] + scores[d]; });
          total = both;
        });
        var ranked = Object.keys(total || {}).map(function (d) { return [+d, total[d]]; });
        ranked.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
        done(ranked, words);
      });
    });
  }
  // The rows of `ranked` documents (the first `limit`), their shards loaded: [kind, url, title, meta, excerpt].
  function textDocs(ranked, base, limit, done) {
    var per = TEXT.manifest.perShard, shown = ranked.slice(0, limit), shards = {};
    shown.forEach(function (r) { shards[Math.floor(r[0] / per)] = true; });
    loadScripts(Object.keys(shards).map(function (n) { return base + "docs-" + n + ".js"; }), function () {
      done(shown.map(function (r) { return (TEXT.docs[Math.floor(r[0] / per)] || [])[r[0] % per]; }).filter(Boolean));
    });
  }
  // The part of `text` around the first of the query's words it has (else its start), cut at words.
  function around(text, words) {
    var lower = text.toLowerCase(), at = -1;
    [].concat.apply([], words).forEach(function (f) { var i = lower.indexOf(f); if (i >= 0 && (at < 0 || i < at)) at = i; });
    if (at < 0 || text.length <= 240) return text.length > 240 ? text.slice(0, text.lastIndexOf(" ", 240)) + " …" : text;
    var start = Math.max(0, at - 90), end = Math.min(text.length, at + 150);
    if (start > 0) start = text.indexOf(" ", start) + 1;
    if (end < text.length) end = Math.max(at + 1, text.lastIndexOf(" ", end));
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }
  // `text` with the query's words marked.
  function marked(text, words) {
    var out = document.createDocumentFragment(), lower = text.toLowerCase(), at = 0;
    var forms = [].concat.apply([], words).filter(function (f) { return f.length > 1; });
    while (at < text.length) {
      var next = -1, length = 0;
      forms.forEach(function (f) {
        var i = lower.indexOf(f, at);
        if (i >= 0 && (next < 0 || i < next)) { next = i; length = f.length; }
      });
      if (next < 0) break;
      if (next > at) out.appendChild(document.createTextNode(text.slice(at, next)));
      out.appendChild(el("mark", "", text.slice(next, next + length)));
      at = next + length;
    }
    if (at < text.length) out.appendChild(document.createTextNode(text.slice(at)));
    return out;
  }
  var TEXT_KINDS = { a: "articles", e: "entities", p: "places", g: "pages" };
  function renderText(rows, words, box, root, shown, total) {
    var old = document.getElementById("search-results-text");
    if (old) old.remove();
    rows = rows.filter(function (r) { return !shown[r[1]]; });
    if (!rows.length) return;
    var section = el("section", "results-text");
    section.id = "search-results-text";
    var h = el("h2", "results-kind", t("search_in_text") + " (" + Math.max(total - Object.keys(shown).length, rows.length) + ")");
    h.id = "search-results-text-heading";
    section.setAttribute("aria-labelledby", h.id);
    var ul = el("ul", "results-list");
    rows.forEach(function (r) {
      var a = el("a", "result"), parts = r[1].split("#");
      a.href = root + parts[0].split("/").map(encodeURIComponent).join("/") + (parts[1] ? "#" + parts[1] : "");
      a.appendChild(el("span", "result-name", r[2]));
      var meta = [t(TEXT_KINDS[r[0]] || "articles"), /^\d{4}/.test(r[3]) ? dateText(r[3]) : (TYPES[r[3]] || "")].filter(Boolean).join(" · ");
      a.appendChild(el("span", "result-meta", meta));
      if (r[4]) { var p = el("span", "result-snippet"); p.appendChild(marked(around(r[4], words), words)); a.appendChild(p); }
      var li = el("li");
      li.appendChild(a);
      ul.appendChild(li);
    });
    section.appendChild(h);
    section.appendChild(ul);
    box.appendChild(section);
  }

  function searchPage(input, box, status) {
    var root = document.querySelector(".quick-find") ? document.querySelector(".quick-find").getAttribute("data-root") : "../";
    var base = root + "search/text/", generation = 0;
    function update() {
      var q = input.value.trim(), groups = q ? search(q, root, 50) : [], n = count(groups), mine = ++generation;
      render(groups, box, q, "h2");
      status.textContent = !q ? t("search_prompt") : n ? t("search_results_for", { count: n, query: q }) : t("search_no_matches_for", { query: q });
      try { history.replaceState(null, "", q ? "?q=" + encodeURIComponent(q) : location.pathname); } catch (e) { /* file:// may refuse */ }
      if (!q) return;
      var shown = {};
      Array.prototype.forEach.call(box.querySelectorAll("a"), function (a) { shown[a.getAttribute("href").replace(root, "").replace(/\/index\.html(#.*)?$/, "")] = true; });
      textSearch(q, base, true, function (ranked, words) {
        if (mine !== generation) return;
        textDocs(ranked, base, 12, function (rows) {
          if (mine !== generation) return;
          var keyed = {};
          Object.keys(shown).forEach(function (k) { keyed[k + "/index.html"] = true; });
          renderText(rows, words, box, root, keyed, ranked.length);
          var all = n + box.querySelectorAll("#search-results-text li").length;
          if (all !== n) status.textContent = t("search_results_for", { count: all, query: q });
        });
      });
    }
    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    input.addEventListener("input", update);
    input.form.addEventListener("submit", function (ev) { ev.preventDefault(); update(); });
    keys(input, box, null);
    update();
  }

  // A short card (type, role or parent, other names) beside links to entities and places, on hover
  // and on keyboard focus; Escape hides it.
  function previews(form) {
    var card = el("div", "preview-card"), timer, shown;
    card.id = "preview-card";
    card.setAttribute("role", "tooltip");
    card.hidden = true;
    document.body.appendChild(card);
    function hide() {
      clearTimeout(timer);
      card.hidden = true;
      if (shown) shown.removeAttribute("aria-describedby");
      shown = null;
    }
    function show(a) {
      var m = /(?:^|\/)(entities|places)\/([^/]+)\/index\.html$/.exec(a.getAttribute("href") || "");
      if (!m || a.closest(".quick-find, .search-results, .preview-card, svg, .site-nav")) return;
      timer = setTimeout(function () {
        load(form, function () {
          var id = decodeURIComponent(m[2]);
          var row = (D[m[1]] || []).filter(function (r) { return (r[0] || slug(r[1])) === id; })[0];
          if (!row) return;
          card.textContent = "";
          card.appendChild(el("strong", "", row[1]));
          card.appendChild(el("span", "preview-type", TYPES[row[2]] || t("place_type_other")));
          if (row[3]) card.appendChild(el("span", "preview-role", m[1] === "places" ? t("search_in_place", { name: row[3] }) : row[3]));
          if (row[4]) card.appendChild(el("span", "preview-names", t("search_also", { names: row[4].split("|").join(", ") })));
          var r = a.getBoundingClientRect();
          card.style.left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - 300)) + "px";
          card.hidden = false;
          var below = r.bottom + card.offsetHeight + 8 < window.innerHeight;
          card.style.top = (below ? r.bottom + 6 : r.top - card.offsetHeight - 6) + window.scrollY + "px";
          shown = a;
          a.setAttribute("aria-describedby", card.id);
        });
      }, 350);
    }
    ["mouseover", "focusin"].forEach(function (type) {
      document.addEventListener(type, function (ev) {
        var a = ev.target.closest && ev.target.closest("a[href]");
        if (a && a !== shown) { hide(); show(a); }
      });
    });
    ["mouseout", "focusout"].forEach(function (type) {
      document.addEventListener(type, function (ev) {
        var a = ev.target.closest && ev.target.closest("a[href]");
        if (a && !a.contains(ev.relatedTarget)) hide();
      });
    });
    document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") hide(); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector(".quick-find");
    if (form) { quickFind(form); previews(form); }
    var input = document.getElementById("search-input"), box = document.getElementById("search-results");
    if (input && box) searchPage(input, box, document.getElementById("search-status"));
  });
})();
