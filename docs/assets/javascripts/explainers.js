/* Small enhancements of the explainer pages; every page works without them.
 *
 * - Hovering a paragraph link (the pilcrow) highlights the paragraph of the source article
 *   it points to and shows its opening words; following it highlights it through the
 *   :target style.
 */
(function () {
  "use strict";

  function paragraphOf(link) {
    var href = link.getAttribute("href") || "";
    if (href.charAt(0) !== "#") return null;
    return document.getElementById(href.slice(1));
  }

  function hoverLinks(root) {
    root.querySelectorAll("a.ref").forEach(function (link) {
      var target = paragraphOf(link);
      if (!target) return;
      // The paragraph's opening words as the link's tooltip: a preview without scrolling.
      var words = target.textContent.replace(/^\s*\d+\s*/, "").trim();
      if (words.length > 160) words = words.slice(0, 160).replace(/\s+\S*$/, "") + " \u2026";
      link.setAttribute("title", words);
      link.addEventListener("mouseenter", function () { target.classList.add("is-pointed"); });
      link.addEventListener("mouseleave", function () { target.classList.remove("is-pointed"); });
    });
  }

  function enhance() {
    hoverLinks(document);
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(enhance);  // Material's page-load stream (also after instant navigation)
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhance);
  } else {
    enhance();
  }
})();
