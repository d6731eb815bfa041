"""Roles written in an aside before a name without an article (a body's or a kind's word before the
title, an owner's "'" after an "s"), on sentences written for these tests."""
from __future__ import annotations

import pytest

ASIDES = [
    pytest.param("The talks collapsed on Monday. Speaking to reporters, Halvard spokesperson, Omar Haddad, said the "
                 "offer was baseless.", "Omar Haddad", "Halvard spokesperson", id="body-word-before-the-title"),
    pytest.param("The shelves were empty by noon. Another clinic representative, Ana Lind, said the stocks were low.",
                 "Ana Lind", "Clinic Representative", id="another-and-a-kind-before-the-title"),
    pytest.param("Jurors heard from Tom Reyes for two days. On Monday, Reyes' lawyer, Ana Lind, asked for bail.",
                 "Ana Lind", "Lawyer of Tom Reyes", id="owner-written-with-an-apostrophe-alone"),
    pytest.param("Ana Lind was mayor of Delmar for ten years. Her successor as mayor, Tom Reyes, paid tribute to her.",
                 "Tom Reyes", "Successor as Mayor", id="as-stays-in-lower-case"),
]


@pytest.mark.parametrize("body, name, role", ASIDES)
def test_an_aside_before_a_name_without_an_article_gives_its_role(role_of, body, name, role):
    assert role_of(body, name) == role

