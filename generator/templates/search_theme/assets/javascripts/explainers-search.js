/* Site search in Material's search box, over the Pagefind index the explainers plugin builds.
 *
 * Nothing is loaded until the reader types: then Pagefind's script, its word lists for the
 * words typed and the excerpts of the first results, a few small files, whatever the size
 * of the archive. Addresses are taken relative to the site's root, so the site works under
 * a sub-path (a GitHub Pages project site) and needs no network beyond itself.
 *
 * Keys, as in Material: "/", "s" or "f" opens the search; arrow keys move through the
 * results; Enter follows one; Escape closes.
 */
(function () {
  "use strict";

  var SHOWN = 10;
  var box = document.querySelector("[data-explainers-search]");
  var toggle = document.getElementById("__search");
  var configTag = document.getElementById("__config");
  if (!box || !toggle || !configTag) return;
  var config = JSON.parse(configTag.textContent);
  var root = new URL(config.base.replace(/\/?$/, "/"), location.href);
  var input = box.querySelector(".md-search__input");
  var result = box.querySelector(".md-search-result");
  var meta = box.querySelector(".md-search-result__meta");
  var list = box.querySelector(".md-search-result__list");
  var loading = null;
  var asked = "";

  function pagefind() {
    if (!loading) {
      loading = import(new URL("pagefind/pagefind.js", root).href).then(function (pf) {
        // On the page itself, not in a worker: one script fewer to fetch, and a query is quick.
        return Promise.resolve(pf.options({ baseUrl: root.pathname, excerptLength: 24, noWorker: true })).then(function () {
          return pf;
        });
      });
      loading.catch(function () { loading = null; });
    }
    return loading;
  }

  function say(count) {
    var text = count === null ? result.dataset.placeholder
      : count === 0 ? result.dataset.none
      : count === 1 ? result.dataset.one
      : result.dataset.other.replace("#", count.toLocaleString());
    meta.textContent = text;
  }

  // Pagefind's excerpts are escaped text with <mark> around the words found: rebuilt here
  // as text nodes and <mark> elements, so nothing in them can become markup.
  var decoder = document.createElement("textarea");  // decodes entities; never parses tags

  function excerpt(html) {
    var p = document.createElement("p");
    html.split(/<\/?mark>/).forEach(function (piece, i) {
      decoder.innerHTML = piece;
      var text = decoder.value;
      if (!text) return;
      if (i % 2) {
        var mark = document.createElement("mark");
        mark.textContent = text;
        p.appendChild(mark);
      } else {
        p.appendChild(document.createTextNode(text));
      }
    });
    return p;
  }

  function item(data) {
    var li = document.createElement("li");
    li.className = "md-search-result__item";
    var a = document.createElement("a");
    a.className = "md-search-result__link";
    a.tabIndex = -1;
    a.href = data.url;
    var article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    var icon = document.createElement("div");
    icon.className = "md-search-result__icon md-icon";
    var h1 = document.createElement("h1");
    h1.textContent = (data.meta && data.meta.title) || data.url;
    article.appendChild(icon);
    article.appendChild(h1);
    article.appendChild(excerpt(data.excerpt || ""));
    a.appendChild(article);
    li.appendChild(a);
    return li;
  }

  function search() {
    var words = input.value.trim();
    asked = words;
    if (!words) {
      list.textContent = "";
      say(null);
      return;
    }
    pagefind().then(function (pf) {
      return pf.debouncedSearch(words, {}, 120);
    }).then(function (found) {
      if (!found || words !== asked) return null;  // a later query has taken over
      return Promise.all(found.results.slice(0, SHOWN).map(function (r) { return r.data(); })).then(function (data) {
        if (words !== asked) return;
        list.textContent = "";
        data.forEach(function (d) { list.appendChild(item(d)); });
        say(found.results.length);
      });
    }).catch(function () {
      meta.textContent = "Search is not available.";
    });
  }

  function open() {
    if (!toggle.checked) {
      toggle.checked = true;
      toggle.dispatchEvent(new Event("change"));
    }
    input.focus();
    input.select();
    pagefind();
  }

  function close() {
    toggle.checked = false;
    toggle.dispatchEvent(new Event("change"));
    input.blur();
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll("a.md-search-result__link"));
  }

  input.addEventListener("input", search);
  input.addEventListener("focus", function () {
    if (!toggle.checked) open();
  });
  box.querySelector("form").addEventListener("submit", function (event) {
    event.preventDefault();  // Enter follows the first result instead (below)
  });
  box.querySelector("form").addEventListener("reset", function () {
    setTimeout(search, 0);
  });
  toggle.addEventListener("change", function () {
    if (toggle.checked) setTimeout(function () { input.focus(); }, 0);
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName));
    if (!toggle.checked) {
      if (!typing && (event.key === "/" || event.key === "s" || event.key === "f")) {
        event.preventDefault();
        open();
      }
      return;
    }
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!all.length) return;
      var next = event.key === "ArrowDown" ? at + 1 : (at < 0 ? all.length : at) - 1;
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)].focus();
    } else if (event.key === "Enter" && target === input) {
      event.preventDefault();
      if (all.length) all[0].click();
    } else if (!typing && at >= 0 && event.key.length === 1) {
      input.focus();  // typing on a focused result goes on typing the query
    }
  });
})();
