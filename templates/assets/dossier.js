/* Dossier: quick-find in the header, the search page, and previews of links to entities and places.
   Every page works without it. The index is loaded with <script> tags (search/text/*.js), which
   browsers allow from file://, where fetch() is blocked. */
(function () {
  "use strict";
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
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  // The index (search/text/, see FullTextIndex in the engine): a small manifest, the term shards a
  // query's words need, then the document shards of the results shown, each script loaded once.
  var TEXT = { terms: {}, docs: {}, texts: {}, manifest: null }, SCRIPTS = {};
  window.DOSSIER_TEXT = {
    manifest: function (m) { TEXT.manifest = m; },
    terms: function (name, terms) { TEXT.terms[name] = terms; },
    docs: function (name, rows) { TEXT.docs[name] = rows; },
    text: function (name, text) { TEXT.texts[name] = text; }
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
  var CODES = { entities: "e", places: "p", articles: "a", pages: "g", tags: "t", events: "v" };

  // The query's words as the index writes them (lower case, no diacritics, and in Latin letters
  // too), and its phrases: the words of each part in quotation marks.
  function wordForms(w) {
    w = w.replace(/['’ʼ]/g, "");
    var forms = /^[\x00-\x7f]*$/.test(w) ? [w.toLowerCase()] : [fold(w), latin(w).replace(/ /g, "")];
    return forms.filter(function (f, i, a) { return f && a.indexOf(f) === i; });
  }
  var WORD = /[\p{L}\p{N}\p{M}]+(?:['’ʼ][\p{L}\p{N}\p{M}]+)*/gu;
  function parseQuery(q) {
    var phrases = [];
    (q.match(/["“”«»„][^"“”«»„]*["“”«»„]?/g) || []).forEach(function (p) {
      var words = (p.match(WORD) || []).map(wordForms).filter(usable);
      if (words.length > 1) phrases.push(words);
    });
    return { words: (q.match(WORD) || []).map(wordForms).filter(usable), phrases: phrases, open: !/["“”«»„\s]$/.test(q) };
  }
  function usable(forms) { return forms[0] && (forms[0].length > 1 || /\d/.test(forms[0])); }

  // FNV-1a of a term's UTF-8 bytes: the name of the shard it starts (ShardName in the engine).
  function hashName(term) {
    var bytes = unescape(encodeURIComponent(term)), h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) { h ^= bytes.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
    return ("0000000" + h.toString(16)).slice(-8);
  }
  function shardURL(i, base) {
    var m = TEXT.manifest, first = m.shards[i], part = 0;
    if (m.names && m.names[i]) return base + "terms-" + m.names[i] + ".js";
    while (i - part - 1 >= 0 && m.shards[i - part - 1] === first) part++;
    return base + "terms-" + hashName(first) + (part ? "-" + part : "") + ".js";
  }
  // The last shard that starts at or before `term` (-1 for none).
  function lastAtOrBefore(term) {
    var shards = TEXT.manifest.shards, lo = 0, hi = shards.length - 1, found = -1;
    while (lo <= hi) { var mid = (lo + hi) >> 1; if (shards[mid] <= term) { found = mid; lo = mid + 1; } else hi = mid - 1; }
    return found;
  }
  // The shards that may hold `term` (and, with `prefix`, the terms that start with it, in at most
  // two shards).
  function shardsOf(term, prefix) {
    var shards = TEXT.manifest.shards, first = lastAtOrBefore(term);
    while (first > 0 && shards[first] === term && shards[first - 1] === term) first--;
    if (first < 0) first = 0;
    var last = prefix ? lastAtOrBefore(term + "\uffff") : lastAtOrBefore(term);
    if (prefix) last = Math.min(last, first + 1);
    var out = [];
    for (var i = first; i <= Math.max(first, last); i++) out.push(i);
    return out;
  }
  function kindOf(doc) {
    var kinds = TEXT.manifest.kinds;
    for (var i = 0; i < kinds.length; i++) if (doc >= kinds[i][1] && doc < kinds[i][1] + kinds[i][2]) return kinds[i];
    return null;
  }
  // Each matching term's list, read: {doc: value} (value 0 for a filter).
  function listsOf(match, shards) {
    var lists = [];
    shards.forEach(function (name) {
      var terms = TEXT.terms[name] || {};
      Object.keys(terms).forEach(function (term) {
        var how = match(term);
        if (!how) return;
        var list = terms[term], filter = term.charAt(0) === "~", docs = {}, doc = 0;
        for (var i = 1; i < list.length; i += filter ? 1 : 2) { doc += list[i]; docs[doc] = filter ? 0 : list[i + 1]; }
        lists.push({ term: term, df: list[0], docs: docs, how: how });
      });
    });
    return lists;
  }
  function shardNames(urls) { return urls.map(function (u) { return u.replace(/^.*terms-|\.js$/g, ""); }); }

  // The documents matching every word (the last one also as the start of a word while typing) and
  // every filter, best first: done([[doc, score], …], parsed query). BM25 (k1 1.2, b 0.75) over the
  // fields' weighted frequencies the index lists; a word matched as a prefix counts 0.6.
  function find(q, filters, base, done) {
    loadScripts([base + "manifest.js"], function () {
      var m = TEXT.manifest, parsed = parseQuery(q), words = parsed.words;
      if (!m || m.version !== 2) return done([], parsed);
      var wanted = [], filterTerms = [];
      if (filters.year) filterTerms.push("~y:" + filters.year);
      if (filters.e) filterTerms.push("~e:" + filters.e);
      if (filters.p) filterTerms.push("~p:" + filters.p);
      if (!words.length && !filterTerms.length) return done([], parsed);
      var plan = words.map(function (forms, wi) {
        var open = parsed.open && wi === words.length - 1, urls = [];
        forms.forEach(function (f) { shardsOf(f, open).forEach(function (i) { urls.push(shardURL(i, base)); }); });
        wanted = wanted.concat(urls);
        return { forms: forms, open: open, urls: urls };
      });
      var filterPlan = filterTerms.map(function (f) {
        var urls = shardsOf(f, false).map(function (i) { return shardURL(i, base); });
        wanted = wanted.concat(urls);
        return { term: f, urls: urls };
      });
      loadScripts(wanted, function () {
        var started = performance.now(), total = null;
        function intersect(scores) {
          if (total === null) { total = scores; return; }
          var both = {};
          Object.keys(total).forEach(function (d) { if (scores[d] !== undefined) both[d] = total[d] + scores[d]; });
          total = both;
        }
        plan.forEach(function (w) {
          var scores = {};
          listsOf(function (term) {
            if (w.forms.indexOf(term) >= 0) return 1;
            return w.open && w.forms.some(function (f) { return term.lastIndexOf(f, 0) === 0; }) ? 0.6 : 0;
          }, shardNames(w.urls)).forEach(function (l) {
            var idf = Math.log(1 + (m.count - l.df + 0.5) / (l.df + 0.5));
            Object.keys(l.docs).forEach(function (d) {
              var v = l.docs[d], tf = (v >> 6) / 2, length = Math.pow(2, (v & 63) / 3) - 1;
              var s = l.how * idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / m.average));
              if (!(scores[d] >= s)) scores[d] = s;
            });
          });
          intersect(scores);
        });
        filterPlan.forEach(function (f) {
          var scores = {};
          listsOf(function (term) { return term === f.term ? 1 : 0; }, shardNames(f.urls)).forEach(function (l) {
            Object.keys(l.docs).forEach(function (d) { scores[d] = 0; });
          });
          intersect(scores);
        });
        var ranked = Object.keys(total || {}).map(function (d) { return [+d, total[d]]; });
        if (filters.kind) ranked = ranked.filter(function (r) { var k = kindOf(r[0]); return k && k[0] === filters.kind; });
        // Without words, the newest first (documents are numbered oldest first).
        ranked.sort(function (a, b) { return b[1] - a[1] || b[0] - a[0]; });
        parsed.ms = performance.now() - started;
        done(ranked, parsed);
      });
    });
  }

  // The rows of documents, their shards loaded: done([{doc, kind, row}, …]).
  function rowsOf(docs, base, done) {
    var urls = {}, places = docs.map(function (doc) {
      var k = kindOf(doc);
      if (!k) return null;
      var name = k[0] + "-" + Math.floor((doc - k[1]) / k[3]);
      urls[base + "docs-" + name + ".js"] = true;
      return { doc: doc, kind: k[0], name: name, at: (doc - k[1]) % k[3] };
    });
    loadScripts(Object.keys(urls), function () {
      done(places.filter(Boolean).map(function (p) {
        var row = (TEXT.docs[p.name] || [])[p.at];
        return row ? { doc: p.doc, kind: p.kind, row: row } : null;
      }).filter(Boolean));
    });
  }

  // The texts of the items whose excerpt is cut and lacks the words sought (the first `perKind`
  // of each kind; all of them, for a phrase to check), loaded: item.text.
  function textsOf(items, parsed, base, done, perKind) {
    var forms = allForms(parsed), urls = {}, taken = {};
    var wanting = items.filter(function (i) {
      taken[i.kind] = (taken[i.kind] || 0) + 1;
      if (!parsed.phrases.length && taken[i.kind] > perKind) return false;
      var excerpt = i.row[3] || "";
      if (!/…$/.test(excerpt)) return false;
      return parsed.phrases.length || !forms.some(function (f) { return fold(excerpt).indexOf(f) >= 0 || latin(excerpt).indexOf(f) >= 0; });
    });
    wanting.forEach(function (i) { var k = kindOf(i.doc); i.textName = k[0] + "-" + (i.doc - k[1]); urls[base + "text-" + i.textName + ".js"] = true; });
    loadScripts(Object.keys(urls), function () {
      wanting.forEach(function (i) { if (TEXT.texts[i.textName]) i.text = TEXT.texts[i.textName]; });
      done(items);
    });
  }

  // Whether `text` has the words of `phrase` one after the other.
  function hasPhrase(text, phrase) {
    var words = (String(text || "").match(WORD) || []).map(wordForms);
    for (var i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every(function (forms, j) { return forms.some(function (f) { return words[i + j].indexOf(f) >= 0; }); })) return true;
    }
    return false;
  }
  function allForms(parsed) { return [].concat.apply([], parsed.words); }

  // The part of `text` around the first of the query's words it has (else its start), cut at words.
  function around(text, forms) {
    var lower = fold(text), at = -1;
    forms.forEach(function (f) { var i = lower.indexOf(f); if (i >= 0 && (at < 0 || i < at)) at = i; });
    if (at < 0 || text.length <= 240) return text.length > 240 ? text.slice(0, text.lastIndexOf(" ", 240)) + " …" : text;
    var start = Math.max(0, at - 90), end = Math.min(text.length, at + 150);
    if (start > 0) start = text.indexOf(" ", start) + 1;
    if (end < text.length) end = Math.max(at + 1, text.lastIndexOf(" ", end));
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }
  // `text` with the query's words marked (compared folded, letter for letter: folding keeps length
  // for the scripts it changes).
  function marked(text, forms) {
    var out = document.createDocumentFragment(), lower = text.toLowerCase(), folded = fold(text), at = 0;
    if (folded.length !== text.length) folded = lower;
    forms = forms.filter(function (f) { return f.length > 1; });
    while (at < text.length) {
      var next = -1, length = 0;
      forms.forEach(function (f) {
        var i = folded.indexOf(f, at);
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

  function href(root, url) {
    var parts = url.split("#");
    return root + parts[0].split("/").map(encodeURIComponent).join("/") + (parts[1] ? "#" + parts[1] : "");
  }
  // A result: its name, the other name that matched, what it is, and the passage that matched.
  function result(item, parsed, root, narrow) {
    var r = item.row, kind = item.kind, forms = allForms(parsed);
    var a = el("a", "result");
    a.href = href(root, r[0]);
    var name = el("span", "result-name");
    name.appendChild(marked(r[1], forms));
    a.appendChild(name);
    var alias = (r[4] || "").split("|").filter(function (n) {
      var f = fold(n), l = latin(n);
      return n && forms.some(function (w) { return f.indexOf(w) >= 0 || l.indexOf(w) >= 0; });
    })[0];
    if (alias) a.appendChild(el("span", "result-alias", t("search_also", { names: alias })));
    var meta;
    if (kind === "e") meta = [TYPES[r[2]] || "", r[5]];
    else if (kind === "p") meta = [TYPES[r[2]] || t("place_type_other"), r[5] ? t("search_in_place", { name: r[5] }) : ""];
    else if (kind === "t") meta = [t("articles_count", { count: +r[2] })];
    else meta = [/^-?\d{4}/.test(r[2] || "") ? dateText(r[2]) : ""];
    meta = meta.filter(Boolean).join(" · ");
    if (meta) a.appendChild(el("span", "result-meta", meta));
    var inName = forms.some(function (f) { return fold(r[1]).indexOf(f) >= 0 || latin(r[1]).indexOf(f) >= 0; });
    var passage = item.text || r[3];
    if (passage && forms.length && (!inName || kind === "a" || kind === "g")) {
      var p = el("span", "result-snippet");
      p.appendChild(marked(around(passage, forms), forms));
      a.appendChild(p);
    }
    var li = el("li");
    li.appendChild(a);
    if (narrow && (kind === "e" || kind === "p")) {
      var n = el("a", "result-narrow", t("search_narrow", { name: r[1] }));
      n.href = narrow(kind, r[0].split("/")[1], r[1]);
      li.appendChild(n);
    }
    return li;
  }

  // Results grouped by kind, `perKind` of each (the rest counted): done(groups) with
  // groups [{kind, label, total, items}]. Results that have every phrase in their name or passage
  // come first.
  function grouped(ranked, parsed, base, perKind, texts, done) {
    var byKind = {};
    ranked.forEach(function (r) { var k = kindOf(r[0]); if (k) (byKind[k[0]] = byKind[k[0]] || []).push(r[0]); });
    var shown = [];
    KINDS.forEach(function (k) { var list = byKind[CODES[k[0]]] || []; shown = shown.concat(list.slice(0, parsed.phrases.length ? perKind * 4 : perKind)); });
    rowsOf(shown, base, function (items) { textsOf(items, parsed, base, function () {
      var groups = [];
      KINDS.forEach(function (k) {
        var code = CODES[k[0]], list = items.filter(function (i) { return i.kind === code; }), total = (byKind[code] || []).length;
        if (parsed.phrases.length) {
          list = list.filter(function (i) {
            return parsed.phrases.every(function (ph) { return hasPhrase([i.row[1], i.text || i.row[3] || "", (i.row[4] || "").split("|").join(" ")].join(" "), ph); });
          });
          total = list.length;
        }
        if (list.length) groups.push({ kind: k[0], label: k[1], total: total, items: list.slice(0, perKind) });
      });
      done(groups);
    }, texts); });
  }

  function render(groups, box, parsed, heading, root, narrow, more) {
    box.textContent = "";
    groups.forEach(function (g) {
      var h = el(heading, "results-kind", g.label + " (" + (window.Intl ? g.total.toLocaleString(TX.lang) : g.total) + ")");
      h.id = box.id + "-" + g.kind;
      var ul = el("ul", "results-list");
      ul.setAttribute("aria-labelledby", h.id);
      g.items.forEach(function (item) { ul.appendChild(result(item, parsed, root, narrow)); });
      box.appendChild(h);
      box.appendChild(ul);
      if (more && g.total > g.items.length) box.appendChild(more(g));
    });
  }

  function count(groups) { return groups.reduce(function (n, g) { return n + g.total; }, 0); }

  // Arrow keys move between the results of a box; Escape goes back to the field.
  function keys(input, box, close) {
    function links() { return Array.prototype.slice.call(box.querySelectorAll("a, button")); }
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

  function rootOf(form) { return form ? form.getAttribute("data-root") || "" : "../"; }

  function quickFind(form) {
    var input = form.querySelector("input"), box = form.querySelector(".quick-find-results");
    var status = form.querySelector("[role=status]"), root = rootOf(form), base = root + "search/text/", generation = 0;
    box.id = "quick-find-results";
    function close() { box.hidden = true; }
    function update() {
      var q = input.value.trim(), mine = ++generation;
      if (!q) { close(); status.textContent = ""; return; }
      find(q, {}, base, function (ranked, parsed) {
        if (mine !== generation) return;
        grouped(ranked, parsed, base, 3, 0, function (groups) {
          if (mine !== generation) return;
          var n = count(groups);
          render(groups, box, parsed, "p", root, null, null);
          var more = el("p", "results-more"), a = el("a", "", n ? t("search_all_results", { count: n }) : t("search_no_matches_page"));
          a.href = form.getAttribute("action") + "?q=" + encodeURIComponent(q);
          more.appendChild(a);
          box.appendChild(more);
          box.hidden = false;
          status.textContent = n ? t("search_results_status", { count: n }) : t("search_no_matches");
        });
      });
    }
    input.addEventListener("input", update);
    input.addEventListener("focus", function () { loadScripts([base + "manifest.js"], function () {}); if (input.value.trim()) update(); });
    form.addEventListener("focusout", function (ev) { if (!form.contains(ev.relatedTarget)) close(); });
    keys(input, box, close);
  }

  // The search page: the query and its filters live in the URL (?q=…&kind=…&year=…&e=…&p=…).
  function searchPage(input, box, status) {
    var root = rootOf(document.querySelector(".quick-find")), base = root + "search/text/", generation = 0;
    var form = input.form, kind = form.querySelector("[name=kind]"), year = form.querySelector("[name=year]");
    var chips = document.getElementById("search-active-filters");
    var params = new URLSearchParams(location.search), limits = {};
    var filters = { kind: CODES[params.get("kind")] || "", year: params.get("year") || "", e: params.get("e") || "", p: params.get("p") || "" };
    input.value = params.get("q") || "";
    if (kind) kind.value = params.get("kind") || "";
    function query(extra) {
      var p = new URLSearchParams(), q = input.value.trim();
      if (q) p.set("q", q);
      var names = { kind: Object.keys(CODES).filter(function (k) { return CODES[k] === filters.kind; })[0], year: filters.year, e: filters.e, p: filters.p };
      Object.keys(extra || {}).forEach(function (k) { names[k] = extra[k]; });
      Object.keys(names).forEach(function (k) { if (names[k]) p.set(k, names[k]); });
      var s = p.toString();
      return s ? "?" + s : "";
    }
    function narrow(k, id) { var extra = {}; extra[k] = id; return "index.html" + query(extra); }
    function showChips() {
      chips.textContent = "";
      ["e", "p"].forEach(function (k) {
        if (!filters[k]) return;
        var b = el("button", "filter-chip", t("search_filter_remove", { name: NAMES[k + filters[k]] || filters[k] }));
        b.type = "button";
        b.addEventListener("click", function () { filters[k] = ""; showChips(); update(); input.focus(); });
        chips.appendChild(b);
      });
      chips.hidden = !chips.firstChild;
    }
    var NAMES = {};
    function nameFilters(done) {
      // the names of the entity and place filtered by, from their own documents
      var wanted = ["e", "p"].filter(function (k) { return filters[k] && !NAMES[k + filters[k]]; });
      if (!wanted.length) return done();
      var left = wanted.length;
      wanted.forEach(function (k) {
        profileOf(k, filters[k], base, function (item) { if (item) NAMES[k + filters[k]] = item.row[1]; if (--left === 0) done(); });
      });
    }
    function update() {
      var q = input.value.trim(), mine = ++generation;
      filters.kind = kind ? CODES[kind.value] || "" : filters.kind;
      filters.year = year ? year.value : filters.year;
      try { history.replaceState(null, "", location.pathname + query()); } catch (e) { /* file:// may refuse */ }
      box.removeAttribute("data-search-done");
      nameFilters(showChips);
      find(q, filters, base, function (ranked, parsed) {
        if (mine !== generation) return;
        if (year && year.options.length < 2 && TEXT.manifest) fillYears();
        grouped(ranked, parsed, base, 6, 3, function (groups) {
          if (mine !== generation) return;
          // "Show more" adds ten more of a kind.
          var n = count(groups);
          render(groups, box, parsed, "h2", root, narrow, function (g) {
            var b = el("button", "results-more-button", t("search_show_more"));
            b.type = "button";
            b.addEventListener("click", function () {
              var code = CODES[g.kind], list = ranked.filter(function (r) { var k = kindOf(r[0]); return k && k[0] === code; });
              var next = list.slice(g.items.length, g.items.length + 10).map(function (r) { return r[0]; });
              rowsOf(next, base, function (items) { textsOf(items, parsed, base, function () {
                var ul = document.querySelector("[aria-labelledby='" + box.id + "-" + g.kind + "']");
                items.forEach(function (item) { g.items.push(item); ul.appendChild(result(item, parsed, root, narrow)); });
                if (g.items.length >= g.total) b.remove();
                var links = ul.querySelectorAll("a.result");
                if (links[links.length - items.length]) links[links.length - items.length].focus();
              }, 4); });
            });
            return b;
          });
          var hasQuery = q || filters.e || filters.p || filters.year;
          status.textContent = !hasQuery ? t("search_prompt") : n ? t("search_results_for", { count: n, query: q }) : t("search_no_matches_for", { query: q });
          box.setAttribute("data-search-ms", String(Math.round((parsed.ms || 0) * 10) / 10));
          box.setAttribute("data-search-done", q);
        });
      });
    }
    function fillYears() {
      TEXT.manifest.years.slice().reverse().forEach(function (y) { var o = el("option", "", String(y)); o.value = String(y); year.appendChild(o); });
      year.value = filters.year;
    }
    var timer;
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(update, 60); });
    [kind, year].forEach(function (s) { if (s) s.addEventListener("change", update); });
    form.addEventListener("submit", function (ev) { ev.preventDefault(); update(); });
    keys(input, box, null);
    update();
  }

  // The document of an entity (`e`) or place (`p`): the first its filter lists (blocks of
  // entities and places come first).
  function profileOf(k, id, base, done) {
    loadScripts([base + "manifest.js"], function () {
      if (!TEXT.manifest || TEXT.manifest.version !== 2) return done(null);
      var term = "~" + k + ":" + id, urls = shardsOf(term, false).map(function (i) { return shardURL(i, base); });
      loadScripts(urls, function () {
        var doc = null;
        shardNames(urls).forEach(function (n) { var list = (TEXT.terms[n] || {})[term]; if (list && doc === null) doc = list[1]; });
        var kd = doc === null ? null : kindOf(doc);
        if (!kd || kd[0] !== k) return done(null);
        rowsOf([doc], base, function (items) { done(items[0] || null); });
      });
    });
  }

  // A short card (type, role or parent, other names) beside links to entities and places, on hover
  // and on keyboard focus; Escape hides it.
  function previews(form) {
    var card = el("div", "preview-card"), timer, shown, pending;
    card.id = "preview-card";
    card.setAttribute("role", "tooltip");
    card.hidden = true;
    document.body.appendChild(card);
    function hide() {
      clearTimeout(timer);
      pending = null;
      card.hidden = true;
      if (shown) shown.removeAttribute("aria-describedby");
      shown = null;
    }
    function show(a) {
      var m = /(?:^|\/)(entities|places)\/([^/]+)\/index\.html$/.exec(a.getAttribute("href") || "");
      if (!m || a.closest(".quick-find, .search-results, .preview-card, svg, .site-nav")) return;
      pending = a;
      timer = setTimeout(function () {
        profileOf(m[1] === "entities" ? "e" : "p", decodeURIComponent(m[2]), rootOf(form) + "search/text/", function (item) {
          if (!item || pending !== a) return;
          var row = item.row;
          card.textContent = "";
          card.appendChild(el("strong", "", row[1]));
          card.appendChild(el("span", "preview-type", TYPES[row[2]] || t("place_type_other")));
          if (row[5]) card.appendChild(el("span", "preview-role", m[1] === "places" ? t("search_in_place", { name: row[5] }) : row[5]));
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
