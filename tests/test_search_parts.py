"""A large site is indexed for search in parts, merged into one index: the reader's browser
finds the same pages, with the same positions, as in an index made in one run."""
import gzip
import json
import shutil
from pathlib import Path

import pytest

from generator import search
from generator.search_merge import MARKER, MergeError, merge
from test_browser import SEED_SLUG, _serve, browser, page  # noqa: F401 - fixtures


def _read(path: Path):
    import cbor2

    return cbor2.loads(gzip.decompress(path.read_bytes())[len(MARKER):])


def postings(index: Path) -> dict[str, set]:
    """Every word of a Pagefind index: the pages (by address) and positions it is found at."""
    entry = json.loads((index / "pagefind-entry.json").read_text())
    meta = _read(index / f"pagefind.{entry['languages']['en']['hash']}.pf_meta")
    assert entry["languages"]["en"]["page_count"] == len(meta[1])
    urls = []
    for fragment, _ in meta[1]:
        raw = gzip.decompress((index / "fragment" / f"{fragment}.pf_fragment").read_bytes())
        urls.append(json.loads(raw[len(MARKER):])["url"])
    words = {}
    for first, last, chunk in meta[2]:
        for word, pages, _ in _read(index / "index" / f"{chunk}.pf_index")[0]:
            assert first <= word[:len(first)] and word[:len(last)] <= last  # found where the reader looks
            number, found = 0, set()
            for delta, locs, meta_locs in pages:
                number += delta
                found.add((urls[number], tuple(locs), tuple(meta_locs)))
            words[word] = found
    return words


@pytest.fixture(scope="module")
def sites(showcase_site, tmp_path_factory):
    """The showcase site indexed twice: in one run, and in parts of one page each, merged."""
    root = tmp_path_factory.mktemp("parts")
    whole, parted = root / "whole", root / "parted"
    for target in (whole, parted):
        shutil.copytree(showcase_site / "site", target)
        shutil.rmtree(target / search.OUTPUT)
    search.build_index(whole)
    summary = search.build_index(parted, part_pages=1)
    return whole, parted, summary


def test_an_index_made_in_parts_holds_what_one_run_holds(sites):
    whole, parted, summary = sites
    pages = len(search.indexed_pages(parted))
    assert pages >= 3 and f"in {pages} parts" in summary
    one, merged = postings(whole / search.OUTPUT), postings(parted / search.OUTPUT)
    assert len(one) > 500
    assert merged == one
    assert not any(parted.glob(".pagefind-*")) and not any(parted.parent.glob(".pagefind-*"))


def test_an_index_of_another_version_is_refused(sites, tmp_path):
    _, parted, _ = sites
    other = tmp_path / "other"
    shutil.copytree(parted / search.OUTPUT, other)
    entry = json.loads((other / "pagefind-entry.json").read_text())
    entry["version"] = "2.0.0"
    (other / "pagefind-entry.json").write_text(json.dumps(entry))
    with pytest.raises(MergeError, match="2.0.0"):
        merge([other], tmp_path / "out")


@pytest.mark.browser
def test_search_over_an_index_made_in_parts(page, sites, tmp_path):  # noqa: F811 - fixture
    _, parted, _ = sites
    served = tmp_path / "served"
    served.mkdir()
    (served / "news-explainers").symlink_to(parted)
    for url in _serve(served, "news-explainers/"):
        page.goto(f"{url}explainers/{SEED_SLUG}/")
        page.keyboard.press("/")
        page.locator("input.md-search__input").press_sequentially("Brekke", delay=30)
        results = page.locator(".md-search-result__list a.md-search-result__link")
        results.first.wait_for()
        assert "/news-explainers/explainers/" in results.first.get_attribute("href")
        page.locator(".md-search-result__list mark", has_text="Brekke").first.wait_for()  # the snippet
