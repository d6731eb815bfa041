from pathlib import Path

import pytest

from generator.errors import ArticleError
from generator.reader import parse_article, read_article

ARTICLE = "Storm hits the coast\n\nA storm hit the coast on Monday.\n\nThousands lost power.\n"


def test_headline_and_paragraphs():
    article = parse_article(ARTICLE.encode(), "storm.txt")
    assert article.title == "Storm hits the coast"
    assert [p.text for p in article.paragraphs] == ["A storm hit the coast on Monday.", "Thousands lost power."]
    assert [p.index for p in article.paragraphs] == [0, 1]
    assert article.source.file == "storm.txt"
    assert len(article.source.sha256) == 64


def test_comment_form_boilerplate_is_removed():
    text = ARTICLE + "\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n"
    article = parse_article(text.encode(), "storm.txt")
    assert [p.text for p in article.paragraphs][-1] == "Thousands lost power."


def test_lines_inside_a_paragraph_are_joined():
    article = parse_article(b"Title\n\nOne line\ncontinues here.\n\nNext.", "a.txt")
    assert article.paragraphs[0].text == "One line continues here."


def test_shipped_seed_reads(tmp_path):
    seed = Path(__file__).resolve().parent.parent / "seeds" / "000_aff0aa0c764f18b0.txt"
    article = read_article(seed)
    assert article.title == "Armenia calls for Russian help as fight with Azerbaijan intensifies"
    assert article.paragraphs[0].text.startswith("Armenia has requested urgent talks with Russia")
    assert not any("Leave a Reply" in p.text for p in article.paragraphs)
    assert not any("email address" in p.text for p in article.paragraphs)


def test_front_matter_gives_metadata():
    text = "---\ndate: 2020-11-01\nurl: https://example.org/a\nauthor: A. Writer\ntags: [war, treaties]\n---\n" + ARTICLE
    article = parse_article(text.encode(), "storm.txt")
    assert article.source.date == "2020-11-01"
    assert article.source.url == "https://example.org/a"
    assert article.source.author == "A. Writer"
    assert article.source.tags == ("war", "treaties")
    assert article.title == "Storm hits the coast"


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"   \n\n \t\n", "whitespace"),
    (b"Only a headline\n", "no paragraphs"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
])
def test_unusable_files_are_refused_with_a_reason(data, reason):
    with pytest.raises(ArticleError) as exc:
        parse_article(data, "bad.txt")
    assert exc.value.path == "bad.txt"
    assert reason in str(exc.value)
