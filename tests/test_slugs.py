"""Page addresses: unique, stable, and always a plain file name inside the explainers folder."""
import re

import pytest

from generator.slugs import assign_slugs

SAFE = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


def test_same_headline_gets_distinct_slugs_named_after_the_seed():
    slugs = assign_slugs([("b.txt", "Storm hits the coast", None), ("a.txt", "Storm hits the coast", None),
                          ("c.txt", "Storm hits the coast", None)])
    assert slugs == {"a.txt": "storm-hits-the-coast", "b.txt": "storm-hits-the-coast-b", "c.txt": "storm-hits-the-coast-c"}


def test_slugs_do_not_depend_on_the_order_seeds_are_listed_in():
    items = [(f"{n:03}.txt", "Same headline" if n % 2 else f"Headline {n}", None) for n in range(30)]
    assert assign_slugs(items) == assign_slugs(list(reversed(items)))


def test_adding_a_seed_that_sorts_later_renames_nothing():
    before = assign_slugs([("a.txt", "Storm hits the coast", None), ("b.txt", "Flood", None)])
    after = assign_slugs([("a.txt", "Storm hits the coast", None), ("b.txt", "Flood", None),
                          ("z.txt", "Storm hits the coast", None)])
    assert {k: after[k] for k in before} == before
    assert after["z.txt"] == "storm-hits-the-coast-z"


def test_a_slug_from_the_front_matter_is_kept():
    slugs = assign_slugs([("a.txt", "Storm hits the coast", "storm"), ("b.txt", "Storm", None)])
    assert slugs == {"a.txt": "storm", "b.txt": "storm-b"}


def test_even_a_stem_that_slugifies_the_same_gets_a_unique_slug():
    slugs = assign_slugs([("x.txt", "Same", None), ("x.text", "Same", None), ("x.md", "Same", None)])
    assert len(set(slugs.values())) == 3


@pytest.mark.parametrize("title, wanted", [
    ("../../etc/passwd", None),
    ("Storm", "../../outside"),
    ("Storm", "/abs/path"),
    ("..", None),
    ("<script>alert(1)</script>", None),
    ("C:\\Windows\\system32", None),
    ("Ünïcödé ÷ Ελληνικά 中文", None),
    ("!!!", None),
    ("", None),
    ("a" * 500, None),
])
def test_slugs_are_plain_names_that_cannot_leave_the_folder(title, wanted):
    slug = assign_slugs([("../evil name.txt", title, wanted)])["../evil name.txt"]
    assert SAFE.fullmatch(slug), slug
    assert len(slug) <= 130


@pytest.mark.parametrize("title", ["Index", "index", "Page 2", "page-17"])
def test_an_article_never_takes_the_name_of_an_index_page(title):
    slug = assign_slugs([("story.txt", title, None)])["story.txt"]
    assert not re.fullmatch(r"index|page-\d+", slug)
    assert slug.endswith("-story")
