"""The second line of defence: an allow-list over the HTML of generated pages.

The templates already escape every piece of article text (see :mod:`generator.render`), so
nothing here should ever change a page. This pass runs on the HTML that Markdown makes of a
generated page, before the theme wraps it, and keeps only the tags and attributes that the
templates, Python-Markdown's extensions and Material's content styles use. Scripts, frames,
forms, event handlers (``on*``), ``style`` and any URL scheme other than http(s), mailto and
in-page or relative links are dropped, so a slip in a template cannot turn into script on
the site.
"""
from __future__ import annotations

TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
    "details", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
    "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong",
    "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
})
"""What Markdown, its tables, admonitions, definition lists, details, toc and attr_list
extensions produce, and the templates' own blocks (grid cards, the map and its places)."""

_COMMON = {"id", "class", "title", "lang", "dir", "aria-label", "aria-hidden", "aria-current", "role"}
ATTRIBUTES = {
    "*": _COMMON,
    "a": {"href", "hreflang"},
    "img": {"src", "alt", "width", "height", "loading"},
    "ol": {"start"},
    "td": {"align", "colspan", "rowspan"},
    "th": {"align", "colspan", "rowspan", "scope"},
    "time": {"datetime"},
    "details": {"open"},
    "abbr": {"title"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto"})

# Elements whose content is code or markup, not text: removed together with their content.
_DROP_WITH_CONTENT = frozenset({"script", "style", "iframe", "object", "embed", "template", "noscript",
                                "textarea", "select", "svg", "math", "frame", "frameset", "noembed"})


def clean_html(html: str) -> str:
    """``html`` with everything outside the allow-list removed (text is kept as text)."""
    import nh3

    return nh3.clean(
        html,
        tags=set(TAGS),
        clean_content_tags=set(_DROP_WITH_CONTENT),
        attributes={k: set(v) for k, v in ATTRIBUTES.items()},
        generic_attribute_prefixes={"data-"},
        url_schemes=set(URL_SCHEMES),
        link_rel=None,
        strip_comments=True,
    )
