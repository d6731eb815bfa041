"""The diagram of the sides: who stands with whom, laid out for ``_sides.svg.j2``.

Actors joined by the relations that put them on one side (``backs``, ``allied``, ``supplies``)
form a group; each group is a column, headed by the actor the others back or supply (the one
most relations point to), with its backers below, each joined to it by a line labelled with
how the article says they stand. Two columns at most; a ``fights`` relation between the two
heads is drawn between them. Only relations the article states in its own voice are drawn, not
a speaker's claims. When the relations are too few for a picture to say more than the list
(fewer than :data:`MIN_RELATIONS` in the columns), there is no diagram.

Everything here is geometry for the template: fixed width and height, text labels sized to
read on a 390 px phone.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from generator.model import Explainer, Relation

WIDTH = 360
COLUMN = 170
BOX_HEIGHT = 30
TOP = 12
ROW = 58
"""From one box's top to the next's."""
MIN_RELATIONS = 2
MAX_ROWS = 5
"""Backers shown under a head; more are in the list."""
MAX_LABEL = 19
"""Characters of a name that fit a box at 14 px."""
SAME_SIDE = ("backs", "allied", "supplies")
VERBS = {"backs": "backs", "allied": "pact", "supplies": "supplies"}


@dataclass(frozen=True)
class Box:
    name: str
    label: str
    """The name, cut to fit the box."""
    x: float
    y: float
    width: float
    head: bool = False
    how: str = ""
    """For a backer: how it stands with the head ("backs · supplies"), written above its box."""


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass
class Diagram:
    width: int
    height: int
    box_height: int = BOX_HEIGHT
    boxes: list[Box] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    fights: Line | None = None
    """The line between two heads that fight, labelled "fights" at its middle."""
    names: list[str] = field(default_factory=list)
    """Every actor drawn, for the diagram's text alternative."""


def _label(name: str) -> str:
    return name if len(name) <= MAX_LABEL else name[:MAX_LABEL - 1].rstrip() + "\u2026"


def _groups(relations: list[Relation]) -> list[set[str]]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for r in relations:
        parent[find(r.subject)] = find(r.object)
    groups: dict[str, set[str]] = {}
    for x in list(parent):
        groups.setdefault(find(x), set()).add(x)
    return list(groups.values())


def sides(explainer: Explainer) -> Diagram | None:
    """The diagram of the sides of one story, or ``None`` when a list says as much."""
    shown = {a.id: a for a in explainer.actors if not a.hidden}
    stated = [r for r in explainer.relations if r.claimed_by is None and r.subject in shown and r.object in shown]
    same = [r for r in stated if r.kind in SAME_SIDE]
    order = {a.id: n for n, a in enumerate(explainer.actors)}
    groups = sorted(_groups(same), key=lambda g: (-len(g), min(order[x] for x in g)))
    fights = [r for r in stated if r.kind == "fights"]
    columns: list[set[str]] = groups[:2]
    for r in fights:  # two sides that fight are the two columns, even where one stands alone
        a = next((g for g in groups if r.subject in g), {r.subject})
        b = next((g for g in groups if r.object in g), {r.object})
        if a is not b:
            columns = [a, b]
            break
    drawn = [r for r in same if any(r.subject in c and r.object in c for c in columns)]
    if len(drawn) + (1 if len(columns) == 2 and any(_across(r, columns) for r in fights) else 0) < MIN_RELATIONS:
        return None

    def pointed(x: str) -> tuple:
        return (-sum(1 for r in drawn if r.object == x), -shown[x].mentions, order[x])

    rows = max(min(len(c) - 1, MAX_ROWS) for c in columns)
    diagram = Diagram(width=WIDTH, height=TOP * 2 + BOX_HEIGHT + rows * ROW)
    heads = []
    width = COLUMN - 20
    for n, column in enumerate(columns):
        x = 10 + n * (WIDTH - COLUMN) if len(columns) == 2 else (WIDTH - COLUMN) / 2 + 10
        members = sorted(column, key=pointed)
        head = members[0]
        heads.append(x)
        diagram.boxes.append(Box(shown[head].name, _label(shown[head].name), x, TOP, width, head=True))
        diagram.names.append(shown[head].name)
        spine = x + 8
        for row, other in enumerate(members[1:MAX_ROWS + 1], 1):
            y = TOP + row * ROW
            kinds = [VERBS[r.kind] for r in drawn if {r.subject, r.object} == {head, other}]
            kinds += [VERBS[r.kind] + " " + shown[r.object].name for r in drawn
                      if r.subject == other and r.object != head and r.object in column]
            diagram.boxes.append(Box(shown[other].name, _label(shown[other].name), x + 16, y, width - 16,
                                     how=_label(" \u00b7 ".join(dict.fromkeys(kinds)) or "with")))
            diagram.names.append(shown[other].name)
            diagram.lines.append(Line(spine, y + BOX_HEIGHT / 2, x + 16, y + BOX_HEIGHT / 2))
            if row == min(len(members) - 1, MAX_ROWS):
                diagram.lines.append(Line(spine, TOP + BOX_HEIGHT, spine, y + BOX_HEIGHT / 2))
    if len(heads) == 2 and any(_across(r, columns) for r in fights):
        y = TOP + BOX_HEIGHT / 2
        diagram.fights = Line(heads[0] + width, y, heads[1], y)
    return diagram


def _across(r: Relation, columns: list[set[str]]) -> bool:
    return any(r.subject in a and r.object in b for a in columns for b in columns if a is not b)
