"""Broken, odd and huge seed files: each becomes a good page or one clear line naming the file."""
import json
import resource
import subprocess
import sys

import pytest

from conftest import ROOT, run_cli
from generator import errors, nlp
from generator.errors import ArticleError
from generator.reader import MAX_PARAGRAPH, parse_article, read_article

GOOD = "Storm hits the coast\n\nA storm hit the coast on Monday, the mayor, Anna Berg, said.\n\nThousands lost power.\n"


@pytest.mark.parametrize("data, reason", [
    (b"", errors.EMPTY),
    (b"   \n\t\n  \r\n", errors.WHITESPACE_ONLY),
    (b"\xef\xbb\xbf  \n", errors.WHITESPACE_ONLY),
    (b"Only a headline\n", errors.NO_BODY),
    (b"Only a headline\n\n\n   \n", errors.NO_BODY),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", errors.BINARY),
    (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", errors.BINARY),
    (bytes(range(1, 256)) * 40, errors.BINARY),
    (b"---\ntitle: [unclosed\n---\nHeadline\n\nBody.\n", errors.BAD_FRONT_MATTER.split(":")[0]),
    (b"---\n- a list\n---\nHeadline\n\nBody.\n", errors.FRONT_MATTER_NOT_MAPPING),
    (b"---\ndate: 2024-01-02\nHeadline\n\nBody.\n", errors.UNCLOSED_FRONT_MATTER),
    (b"word " * 200 + b"\n\nBody.\n", "the headline is 999 characters long (at most 500)"),
])
def test_unusable_files_are_refused_with_the_reason(data, reason):
    with pytest.raises(ArticleError) as exc:
        parse_article(data, "bad.txt")
    assert str(exc.value).startswith("bad.txt: ")
    assert reason in str(exc.value)
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize("data", [
    GOOD.encode("utf-8"),
    b"\xef\xbb\xbf" + GOOD.encode("utf-8"),                    # UTF-8 with BOM
    GOOD.encode("utf-16"),                                      # UTF-16 with BOM
    GOOD.replace("\n", "\r\n").encode(),                        # Windows line ends
    GOOD.replace("\n", "\r").encode(),                          # old Mac line ends
])
def test_encodings_and_line_ends_read_the_same(data):
    article = parse_article(data, "a.txt")
    assert article.title == "Storm hits the coast"
    assert [p.text for p in article.paragraphs] == [
        "A storm hit the coast on Monday, the mayor, Anna Berg, said.", "Thousands lost power."]


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings_are_decoded(encoding):
    text = "Café owners protest\n\nThe café's owner, Zoë Müller, said the rules were unfair.\n"
    article = parse_article(text.encode(encoding), "a.txt")
    assert article.title == "Café owners protest"
    assert "Zoë Müller" in article.paragraphs[0].text


def test_windows_1252_curly_quotes_are_decoded():
    data = b"Headline\n\n\x93We will stay,\x94 she said \x96 firmly.\n"
    assert parse_article(data, "a.txt").paragraphs[0].text == "\u201cWe will stay,\u201d she said \u2013 firmly."


def test_invalid_utf8_keeps_the_good_characters():
    data = "Headline\n\nThe minister, Zoë Berg, said “no” \u2014 twice.".encode() + b" Broken \xff byte.\n"
    text = parse_article(data, "a.txt").paragraphs[0].text
    assert "Zoë Berg, said “no” — twice." in text
    assert text.endswith("Broken \ufffd byte.")


def test_control_characters_are_dropped():
    data = b"Head\x07line\n\nA\x1b[31m body\x0c text.\n"
    article = parse_article(data, "a.txt")
    assert article.title == "Headline"
    assert article.paragraphs[0].text == "A[31m body text."


def test_html_saved_as_txt_becomes_its_text():
    page = """<!doctype html><html><head><title>Flood closes the bridge</title>
    <script>var tracking = 1;</script><style>p { color: red }</style></head>
    <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Flood closes the bridge</h1>
    <p>The river rose two metres overnight and the city closed the old bridge on Tuesday morning,
    the mayor, Anna Berg, told reporters outside the town hall.</p>
    <p>Engineers will inspect the bridge once the water falls, which could take several days,
    according to the regional water authority.</p></article>
    <footer>Copyright 2024. All rights reserved.</footer></body></html>"""
    article = parse_article(page.encode(), "flood.txt")
    assert article.title == "Flood closes the bridge"
    texts = [p.text for p in article.paragraphs]
    assert any(t.startswith("The river rose two metres overnight") for t in texts)
    assert not any("<" in t or "tracking" in t or "color: red" in t for t in texts)


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.write(b"Headline\n\n")
        fh.truncate(50 * 1024 * 1024)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(ArticleError) as exc:
        read_article(big)
    assert str(exc.value) == "big.txt: " + errors.TOO_LARGE.format(size="50.0", limit="10")
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 10 * 1024  # KiB: the file was never loaded


def test_a_single_megabyte_line_is_cut_into_paragraphs_that_join_back():
    sentence = "The council met again on Monday and agreed to talk once more next week. "
    body = (sentence * (1_000_000 // len(sentence))).strip()
    article = parse_article(("Long line\n" + body + "\n").encode(), "long.txt")
    assert len(article.paragraphs) > 300
    assert all(len(p.text) <= MAX_PARAGRAPH for p in article.paragraphs)
    assert all(p.text.endswith(".") for p in article.paragraphs)
    assert " ".join(p.text for p in article.paragraphs) == body
    assert [p.index for p in article.paragraphs] == list(range(len(article.paragraphs)))


def test_a_line_with_no_spaces_is_cut_too():
    article = parse_article(b"Headline\n\n" + b"x" * 10_000, "a.txt")
    assert "".join(p.text for p in article.paragraphs) == "x" * 10_000
    assert max(len(p.text) for p in article.paragraphs) <= MAX_PARAGRAPH


def test_long_texts_are_parsed_in_chunks_with_offsets_intact(nlp, monkeypatch):
    monkeypatch.setattr(nlp_module(), "MAX_CHUNK", 200)
    text = " ".join(f"Minister Anna Berg visited Paris on day {i} of the summit." for i in range(40))
    doc = next(nlp_module()._pipe(nlp, [text], 8))
    assert doc.text == text
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)
    assert sum(1 for s in doc.sents) >= 40
    assert any(ent.text == "Paris" for ent in doc.ents)


def nlp_module():
    return nlp


@pytest.mark.parametrize("body", [
    '"' * 10_000,
    " ".join(['"yes"'] * 2_500),
    'He said "this never closes. And the article goes on. ' * 50,
    "She said this never opens.\" Then more text.\" And more\u201d here \u201c and \u00ab there.",
    "\u201c" * 3_000 + " words " + "\u201d" * 3_000,
])
def test_many_or_unbalanced_quotation_marks_do_not_break_the_quotes(explain, body):
    text = f"Quotes everywhere\n\nThe minister, Anna Berg, spoke on Monday.\n\n{body}\n"
    explainer = explain(text)
    source = "\n".join(explainer.paragraphs)
    for quote in explainer.quotes:
        assert quote.text in source


@pytest.mark.parametrize("text", [
    "Министр подал в отставку\n\nМинистр финансов Иван Петров заявил в понедельник: «Я ухожу».\n",
    "部长辞职\n\n财政部长星期一表示他将辞职。“我要走了，”他说。\n",
    "استقالة الوزير\n\nقال وزير المالية يوم الاثنين إنه سيستقيل.\n",
    "Le ministre démissionne\n\n« Je pars », a déclaré lundi le ministre des Finances, Jean Dupont.\n",
])
def test_non_english_articles_still_make_a_page(explain, text):
    explainer = explain(text)
    assert explainer.title == text.split("\n")[0]
    assert explainer.paragraphs == [text.split("\n\n")[1].strip()]
    for quote in explainer.quotes:
        assert quote.text in explainer.paragraphs[quote.paragraph]


BAD_SEEDS = {
    "a_empty.txt": b"",
    "b_blank.txt": b" \n\n\t\n",
    "c_headline.txt": b"Only a headline\n",
    "d_binary.txt": bytes(range(256)) * 4,
    "e_frontmatter.txt": b"---\ntitle: [oops\n---\nHeadline\n\nBody.\n",
}


def test_bad_seeds_fail_one_line_each_and_the_good_ones_still_build(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, data in BAD_SEEDS.items():
        (seeds / name).write_bytes(data)
    (seeds / "z_good.txt").write_text(GOOD, encoding="utf-8")
    (seeds / "y_cp1252.txt").write_bytes("Café owners protest\n\n\u201cWe stay,\u201d said Zoë Berg.\n".encode("cp1252"))
    out = tmp_path / "docs"
    proc = run_cli("build", "--seeds", str(seeds), "--out", str(out), "--no-cache", "-j", "1", "-q")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.startswith("error: ")]
    assert sorted(line.split(":")[1].strip() for line in lines) == sorted(BAD_SEEDS)
    assert len(proc.stderr.strip().splitlines()) == len(BAD_SEEDS)
    pages = sorted(p.name for p in (out / "explainers").glob("*.json"))
    assert pages == ["cafe-owners-protest.json", "storm-hits-the-coast.json"]
    data = json.loads((out / "explainers" / "cafe-owners-protest.json").read_text(encoding="utf-8"))
    assert data["paragraphs"] == ["\u201cWe stay,\u201d said Zoë Berg."]


def test_a_huge_file_fails_with_the_size_and_the_limit_can_be_raised(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text(GOOD, encoding="utf-8")
    with (seeds / "huge.txt").open("wb") as fh:
        fh.write(b"Headline\n\n")
        fh.truncate(50 * 1024 * 1024)
    proc = run_cli("build", "--seeds", str(seeds), "--out", str(tmp_path / "docs"), "--no-cache", "-j", "1", "-q")
    assert proc.returncode == 1
    assert proc.stderr.strip() == "error: huge.txt: " + errors.TOO_LARGE.format(size="50.0", limit="10")
    assert (tmp_path / "docs" / "explainers" / "storm-hits-the-coast.md").is_file()


@pytest.mark.slow
def test_a_megabyte_on_one_line_builds_in_bounded_memory(tmp_path):
    sentence = 'The council met on Monday and agreed to talk again, "soon and in good faith," said Anna Berg. '
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "long.txt").write_text("Long line\n" + sentence * (1_048_576 // len(sentence)) + "\n", encoding="utf-8")
    code = ("import resource, sys; from generator.cli import main; rc = main(sys.argv[1:]); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr); sys.exit(rc)")
    proc = subprocess.run([sys.executable, "-c", code, "build", "--seeds", str(seeds), "--out", str(tmp_path / "docs"),
                           "--no-cache", "-j", "1", "-q"], cwd=ROOT, capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 0, proc.stderr
    peak_kib = int(proc.stderr.strip().splitlines()[-1])
    assert peak_kib < 2 * 1024 * 1024
    assert (tmp_path / "docs" / "explainers" / "long-line.md").is_file()


def test_every_error_message_is_explained_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Troubleshooting", 1)[1].split("\n## ", 1)[0]
    messages = [v for k, v in vars(errors).items() if k.isupper() and isinstance(v, str)]
    assert len(messages) >= 10
    for message in messages:
        words = message.split("{")[0].split("(")[0].strip(" :;")
        assert words in section, message
