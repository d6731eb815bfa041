"""The locator map, on invented stories: what a reader sees on a phone and a desktop."""
from __future__ import annotations

import re
from html import unescape

import pytest

from generator import locator
from generator.model import Actor, Explainer, Source
from generator.render import render

PHONE_CONTENT_PX = 358  # a 390 px phone, less Material's margins


def story(*actors: tuple[str, str, int], title: str = "Invented story") -> Explainer:
    """An explainer with these (name, type, mentions) actors; places get the gazetteer's coordinates."""
    from generator import gazetteer

    gaz = gazetteer.load()
    out = []
    for n, (name, kind, mentions) in enumerate(actors):
        actor = Actor(id=f"a{n}", name=name, type=kind, mentions=mentions, paragraphs=[0])
        place = gaz.place(name) if kind == "place" else None
        if place is not None and place.lat is not None:
            actor.lat, actor.lon = place.lat, place.lon
            actor.country = gaz.country_of(place).name
        out.append(actor)
    return Explainer(source=Source(file="x.txt", sha256="0" * 64, title=title), slug="x", title=title,
                     lead="", paragraphs=[""], actors=out)


# A border dispute between two neighbours, whose ministers met far away in a third country.
BORDER_TALKS = story(("Peru", "country", 9), ("Ecuador", "country", 8), ("Lima", "place", 3),
                     ("Quito", "place", 3), ("Guayaquil", "place", 2), ("Vienna", "place", 1))


def test_a_far_away_venue_is_listed_beside_the_map_not_framed_on_it():
    area = locator.locator_map(BORDER_TALKS)
    on_map = {p.name for p in area.places}
    assert {"Lima", "Quito", "Guayaquil"} <= on_map
    assert "Vienna" not in on_map
    assert [(o.name, o.country) for o in area.elsewhere] == [("Vienna", "Austria")]
    # The frame is the region's: a few hundred map units hold both capitals, not half the world.
    lima, quito = (next(p for p in area.places if p.name == n) for n in ("Lima", "Quito"))
    assert abs(lima.y - quito.y) > area.height / 3


def test_the_page_lists_what_is_off_the_map():
    page = render("_where.md.j2", e=BORDER_TALKS, locator=locator.locator_map(BORDER_TALKS), strip=[], facts=[],
                  dataset=None, link=lambda kind, name: "")
    places = text_of(page.split('class="map-places"', 1)[1].split("</p>", 1)[0])
    assert "On the map: Lima (Peru)" in places
    assert "Also mentioned, off the map: Vienna (Austria)" in places


def test_a_named_disputed_region_is_marked_with_its_outline_and_label():
    e = story(("Georgia", "country", 6), ("Russia", "country", 4), ("Abkhazia", "place", 3), ("Tbilisi", "place", 2))
    area = locator.locator_map(e)
    assert [r.name for r in area.regions] == ["Abkhazia"] and area.regions[0].label is not None
    assert any(s.style == "region" and s.name == "Abkhazia" for s in area.shapes)
    svg = render("_map.svg.j2", map=area, e=e, mark="test")
    assert re.search(r'<path class="region" d="M[^"]+"><title>Abkhazia</title>', svg)
    assert re.search(r'<text class="area"[^>]*>Abkhazia</text>', svg)


def test_a_disputed_region_without_an_outline_is_marked_by_a_ring():
    e = story(("Moldova", "country", 5), ("Transnistria", "place", 3), ("Chisinau", "place", 2))
    svg = render("_map.svg.j2", map=locator.locator_map(e), e=e, mark="test")
    assert re.search(r'<circle class="ring"[^>]*><title>Transnistria</title>', svg)


def test_labels_are_readable_on_a_phone():
    area = locator.locator_map(BORDER_TALKS)
    assert area.font_size * PHONE_CONTENT_PX / area.width >= 11
    svg = render("_map.svg.j2", map=area, e=BORDER_TALKS, mark="test")
    sizes = [float(s) for s in re.findall(r"font-size:([\d.]+)px", svg)]
    assert sizes and min(sizes) * PHONE_CONTENT_PX / area.width >= 11


@pytest.mark.parametrize("e", [
    BORDER_TALKS,
    story(("Belgium", "country", 5), ("Netherlands", "country", 5), ("Luxembourg", "country", 4),
          ("Brussels", "place", 3), ("Antwerp", "place", 3), ("Ghent", "place", 2), ("Rotterdam", "place", 2),
          ("Amsterdam", "place", 2), ("Utrecht", "place", 1), ("The Hague", "place", 1), ("Liege", "place", 1)),
], ids=["border-talks", "crowded-low-countries"])
def test_no_two_labels_overlap_and_all_lie_inside_the_map(e):
    area = locator.locator_map(e)
    boxes = [locator.label_box(lb.x, lb.y, lb.anchor, locator.label_width(lb.text)) for lb in area.labels]
    assert len(boxes) >= 3
    for i, a in enumerate(boxes):
        assert 0 <= a[0] and a[2] <= area.width and 0 <= a[1] and a[3] <= area.height
        assert not any(locator.overlap(a, b) for b in boxes[i + 1:])


def test_every_country_the_story_names_on_the_map_has_a_label():
    area = locator.locator_map(BORDER_TALKS)
    assert {"Peru", "Ecuador"} <= {lb.text for lb in area.country_labels}


def test_the_picture_has_a_fixed_size_so_the_page_does_not_jump():
    area = locator.locator_map(BORDER_TALKS)
    svg = render("_map.svg.j2", map=area, e=BORDER_TALKS, mark="test")
    assert f'viewBox="0 0 {area.width} {area.height}" width="{area.width}" height="{area.height}"' in svg
    page = render("_where.md.j2", e=BORDER_TALKS, locator=area, strip=[], facts=[], dataset=None,
                  link=lambda kind, name: "")
    assert f"width={area.width} height={area.height}" in page


def test_hostile_place_names_are_escaped_in_the_svg():
    e = story(("Peru", "country", 5), ("Lima", "place", 2))
    hostile = '<script>alert(1)</script>"&'
    e.actors[1].name = hostile
    svg = render("_map.svg.j2", map=locator.locator_map(e), e=e, mark="test")
    assert "<script" not in svg and "&lt;script&gt;" in svg
    assert re.search(r"&lt;/script&gt;(&#34;|&quot;)&amp;", svg)


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())
