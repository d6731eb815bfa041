"""Benchmark: does the site stay usable, and publishable on GitHub Pages, at archive scale?

    python bench/scale.py                       # the 1,000- and 10,000-article sites
    python bench/scale.py --sizes 300           # a quick look
    python bench/scale.py --sizes 10000 --extract-only   # fill the extraction cache first

The articles are the PolNeAR texts (``bench/polnear/*/articles``, converted beforehand and
never committed) and the development corpus (``../shared/corpus/dev/articles``). Beyond
those, each further article is a variant: paragraphs of two or three originals recombined,
under a headline of its own, so that no two articles are the same.

For each size it measures, and prints beside the target:

* extraction (the generator's command line, cold cache): time and peak memory;
* ``mkdocs build`` from the extraction cache: time per article and peak memory;
* the built site: bytes per article (everything), by kind of file, and the largest page;
* search, in Chromium over a local server, the site under a sub-path as on GitHub Pages:
  the time from typing a surname to the first result shown, the bytes that first query
  transfers (library included), and the bytes of the home page and that query together;
* with ``--serve``, how long ``mkdocs serve`` takes to show a changed seed.

Everything it writes (articles, caches, sites, figures) goes under ``bench/out/scale``,
which is not committed: the PolNeAR texts are not ours to publish.

The generator's code is copied to ``bench/out/scale/code`` the first time, and the
extraction code is kept from that copy on later runs while the site's code (the files
``generator.build.SITE_ONLY`` names) is refreshed from the working tree, so that a long
extraction is not lost to a change in rendering.
"""
from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "scale"
SOURCES = (ROOT / "bench" / "polnear" / "train" / "articles", ROOT / "bench" / "polnear" / "dev" / "articles",
           ROOT.parent / "shared" / "corpus" / "dev" / "articles")
SUBPATH = "news-explainers"
"""The site is served under ``/news-explainers/``, as a GitHub Pages project site is."""
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
TARGETS = {
    "search_s": 1.0, "query_bytes": 300_000, "home_and_query_bytes": 1_000_000,
    "bytes_per_article": 80_000, "largest_page": 100_000, "time_ratio": 1.2, "peak_mb": 2048,
}


# --- the corpus -------------------------------------------------------------------------------

def originals() -> list[tuple[str, str, list[str]]]:
    """(file name, headline, paragraphs) of every source article, in a fixed order."""
    out = []
    for folder in SOURCES:
        if not folder.is_dir():
            print(f"note: {folder} is missing; its articles are left out", file=sys.stderr)
            continue
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            text = re.sub(r"\A\s*---\n.*?\n---\n", "", text, flags=re.DOTALL)
            blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]
            if len(blocks) >= 3:
                out.append((path.name, blocks[0], blocks[1:]))
    return out


def _headline(rng: random.Random, a: str, b: str) -> str:
    """Half of one headline and half of another."""
    wa, wb = a.rstrip(".").split(), b.rstrip(".").split()
    head = " ".join(wa[:max(2, len(wa) // 2)] + wb[len(wb) // 2:])
    return head[:200]


def make_corpus(n: int, dest: Path) -> Path:
    """``n`` articles in ``dest``: the originals first, then recombined variants."""
    marker = dest / ".complete"
    if marker.is_file() and marker.read_text() == str(n):
        return dest
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    source = originals()
    rng = random.Random(n)
    seen_titles: set[str] = set()
    seen_bodies: set[int] = set()
    for i in range(n):
        if i < len(source):
            name, title, paragraphs = source[i]
            stem = Path(name).stem
        else:
            picks = rng.sample(source, rng.choice((2, 2, 3)))
            length = max(3, min(60, len(picks[0][2]) + rng.randint(-3, 3)))
            paragraphs = []
            for k, (_, _, paras) in enumerate(picks):
                share = length // len(picks) + (1 if k < length % len(picks) else 0)
                start = rng.randrange(0, max(1, len(paras) - share + 1))
                paragraphs += paras[start:start + share]
            title = _headline(rng, picks[0][1], picks[1][1])
            stem = f"variant-{i:05d}"
        while title in seen_titles or hash(tuple(paragraphs)) in seen_bodies:
            title = f"{title} ({rng.randint(2, 999)})"
            paragraphs = paragraphs[1:] + paragraphs[:1] if hash(tuple(paragraphs)) in seen_bodies else paragraphs
        seen_titles.add(title)
        seen_bodies.add(hash(tuple(paragraphs)))
        (dest / f"{stem}.txt").write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    marker.write_text(str(n))
    return dest


# --- the code under test ------------------------------------------------------------------------

def snapshot_code(fresh: bool, keep: bool = False) -> Path:
    """The generator as of the first run, with its site-only files as they are now (or, with
    ``keep``, the copy as it is: when the site's code has come to need newer extraction code)."""
    code = OUT / "code"
    if fresh or not (code / "generator").is_dir():
        shutil.rmtree(code, ignore_errors=True)
        shutil.copytree(ROOT / "generator", code / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, str(ROOT))
    if keep:
        return code
    from generator.build import SITE_ONLY

    for name in SITE_ONLY:
        src, dst = ROOT / "generator" / name, code / "generator" / name
        if src.is_dir():
            shutil.rmtree(dst, ignore_errors=True)
            shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.is_file():
            shutil.copy2(src, dst)
    return code


def _tree_rss_mb(root: int) -> float:
    """Resident memory, in MB, of a process and all its descendants now (Linux's /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = dict(line.split(":", 1) for line in (entry / "status").read_text().splitlines() if ":" in line)
        except OSError:
            continue
        pid = int(entry.name)
        children.setdefault(int(fields.get("PPid", "0").split()[0]), []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += children.get(pid, [])
    return total / 1024


def run(cmd: list[str], code: Path, *, cwd: Path | None = None, log: Path | None = None) -> tuple[float, float, float]:
    """Run a command under ``nice``: (wall seconds, peak memory in MB of its largest process,
    peak memory in MB of all its processes together, sampled four times a second)."""
    env = dict(os.environ, PYTHONPATH=str(code), NO_MKDOCS_2_WARNING="1")
    timer = ["/usr/bin/time", "-f", "%M"] if Path("/usr/bin/time").is_file() else []
    start = time.perf_counter()
    together = 0.0
    with open(log or os.devnull, "w") as out:
        # Run from the copy: ``python -m`` puts the working folder first on the path.
        proc = subprocess.Popen(["nice", "-n", "10", *timer, *cmd], cwd=cwd or code, env=env, stdout=out,
                                stderr=subprocess.PIPE, text=True)
        stderr: list[str] = []
        reader = threading.Thread(target=lambda: stderr.append(proc.stderr.read()), daemon=True)
        reader.start()
        while proc.poll() is None:
            if Path("/proc").is_dir():
                together = max(together, _tree_rss_mb(proc.pid))
            time.sleep(0.25)
        reader.join()
    wall = time.perf_counter() - start
    err = "".join(stderr)
    if proc.returncode != 0:
        sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err[-4000:]}")
    lines = err.strip().splitlines()
    peak = int(lines[-1]) / 1024 if timer and lines and lines[-1].isdigit() else float("nan")
    if not timer:  # the children this process has waited for, the largest of them
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return wall, peak, together or float("nan")


def extract(n: int, seeds: Path, code: Path) -> dict:
    wall, peak, together = run([sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--out",
                                str(OUT / f"cli-{n}"), "--cache-dir", str(OUT / "cache"), "-q"], code)
    shutil.rmtree(OUT / f"cli-{n}", ignore_errors=True)
    return {"extract_s": wall, "extract_peak_mb": peak, "extract_all_mb": together}


def mkdocs_config(n: int, seeds: Path) -> Path:
    folder = OUT / str(n)
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\n"
        f"site_url: http://127.0.0.1/{SUBPATH}/\n"
        f"docs_dir: {ROOT / 'docs'}\n"
        f"site_dir: {folder / 'site'}\n"
        "plugins:\n"
        "  - explainers:\n"
        f"      seeds: {seeds}\n"
        f"      cache_dir: {OUT / 'cache'}\n",
        encoding="utf-8")
    return config


def build_site(n: int, seeds: Path, code: Path) -> dict:
    config = mkdocs_config(n, seeds)
    wall, peak, together = run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config)], code,
                               log=OUT / str(n) / "build.log")
    return {"site_s": wall, "site_s_per_article": wall / n, "site_peak_mb": peak, "site_all_mb": together}


# --- the built site -------------------------------------------------------------------------------

def measure_sizes(n: int) -> dict:
    site = OUT / str(n) / "site"
    kinds: dict[str, int] = {}
    total = 0
    largest = (0, "")
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        size = path.stat().st_size
        total += size
        rel = path.relative_to(site).as_posix()
        top = rel.split("/", 1)[0] if "/" in rel else "(top)"
        kind = "search" if top == "pagefind" else "explainer pages" if top == "explainers" and rel.endswith(".html") \
            else "explainer data and maps" if top == "explainers" else "indexes" if top in (
                "actors", "agreements", "places", "timeline") else "theme and the rest"
        kinds[kind] = kinds.get(kind, 0) + size
        if rel.endswith(".html") and size > largest[0]:
            largest = (size, rel)
    return {"site_bytes": total, "bytes_per_article": total / n, "largest_page": largest[0],
            "largest_page_path": largest[1], "pages_over_100kb": sum(
                1 for p in site.rglob("*.html") if p.stat().st_size > 100_000),
            "bytes_per_article_by_kind": {k: round(v / n) for k, v in sorted(kinds.items())}}


GZIP_TYPES = (".html", ".js", ".css", ".json", ".svg", ".xml", ".txt")


class _Counting(http.server.SimpleHTTPRequestHandler):
    """Serves files and notes each one's bytes: Pagefind fetches from a worker, whose requests
    a page's own network events do not all show, so the bytes are counted where they leave."""

    def log_message(self, *args):
        pass

    def copyfile(self, source, outputfile):
        data = source.read()
        outputfile.write(data)
        self.server.sent.append((self.path, len(data)))

    def do_GET(self):
        """With ``gzip`` on, text goes out compressed when the browser asks, as GitHub Pages
        sends it (Pagefind's own files are compressed already and go as they are)."""
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not (self.server.gzip and path.suffix in GZIP_TYPES and path.is_file()
                and "gzip" in self.headers.get("Accept-Encoding", "") and self.path.endswith(("/", path.suffix))):
            return super().do_GET()
        data = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        self.server.sent.append((self.path, len(data)))


def serve(folder: Path, gzip_on: bool = False):
    """A local server of ``folder`` under ``/news-explainers/``; (server, base address)."""
    root = folder.parent / "served"
    root.mkdir(exist_ok=True)
    link = root / SUBPATH
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Counting, directory=str(root)))
    server.sent = []
    server.gzip = gzip_on
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/{SUBPATH}/"


def pick_surname(site: Path) -> str:
    """A surname that some of the site's explainers name, neither the commonest nor the rarest."""
    names: dict[str, int] = {}
    for path in sorted((site / "explainers").glob("*.json"))[:400]:
        data = json.loads(path.read_text(encoding="utf-8"))
        for actor in data.get("actors", []):
            if actor.get("type") == "person" and len(actor["name"].split()) > 1:
                names[actor["name"].split()[-1]] = names.get(actor["name"].split()[-1], 0) + 1
    rare = sorted((count, name) for name, count in names.items() if name.isalpha() and len(name) > 4)
    return rare[len(rare) // 2][1] if rare else "Obama"


def measure_search(site: Path, words: str | None = None, gzip_on: bool = False) -> dict:
    """In Chromium, the site served locally (plain, or compressed as GitHub Pages serves it):
    open the home page, press "/", type ``words``; the time to the first result shown and the
    bytes each step transferred."""
    from playwright.sync_api import sync_playwright

    words = words or pick_surname(site)
    server, base = serve(site, gzip_on)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
            context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
            page = context.new_page()
            outside: list[str] = []
            page.on("request", lambda r: None if r.url.startswith(base) else outside.append(r.url))
            page.goto(base, wait_until="networkidle")
            page.wait_for_timeout(500)
            home = sum(size for _, size in server.sent)
            server.sent.clear()
            page.keyboard.press("/")
            box = page.locator("input.md-search__input")
            box.wait_for(state="visible")
            start = time.perf_counter()
            box.fill(words)
            page.locator(".md-search-result__list a.md-search-result__link").first.wait_for(timeout=30_000)
            elapsed = time.perf_counter() - start
            first = page.locator(".md-search-result__list a.md-search-result__link").first.inner_text()
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(500)
            query = sum(size for _, size in server.sent)
            files = sorted(server.sent, key=lambda r: -r[1])
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return {"search_words": words, "search_s": elapsed, "query_bytes": query, "home_bytes": home,
            "home_and_query_bytes": home + query, "query_files": len(files),
            "query_largest": [(u.split(f"/{SUBPATH}/", 1)[-1], s) for u, s in files[:5]],
            "outside_requests": sorted({u.split("/")[2] for u in outside if "://" in u}),
            "first_result": " ".join(first.split())[:100]}


_WORD = re.compile(r"[a-z0-9]+")


def own_index(site: Path, words: str) -> dict:
    """The alternative measured against Pagefind: a chunked index of our own, made the simplest
    way that could work. Words go to shards by their first two letters (each shard a gzipped
    list of the pages holding each word, best first: headline words count 10, names in bold 5,
    other words 1); page addresses and headlines in gzipped chunks of 1,000 pages; each page's
    text gzipped on its own, for the snippet. A query loads the shards of its words, the
    chunks of its first ten results and their ten texts. Nothing is shipped: only the sizes
    and the time to build are measured."""
    import gzip
    from collections import defaultdict
    from html import unescape

    out = OUT / "own-index" / site.parent.name
    shutil.rmtree(out, ignore_errors=True)
    (out / "text").mkdir(parents=True)
    start = time.perf_counter()
    postings: dict[str, dict[int, int]] = defaultdict(dict)
    pages: list[list[str]] = []
    for path in sorted(site.rglob("index.html")):
        html = path.read_text(encoding="utf-8")
        if "<div data-pagefind-body>" not in html:
            continue
        body = html.split("<div data-pagefind-body>", 1)[1].split("</article>", 1)[0]
        body = re.sub(r'<a class="headerlink".*?</a>', "", body)
        title = unescape(re.sub(r"<[^>]+>", "", (re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S) or [""])[0]))
        text = " ".join(unescape(re.sub(r"<[^>]+>", " ", body)).split())
        page = len(pages)
        pages.append([path.parent.relative_to(site).as_posix() + "/", title])
        for weight, words_in in ((1, text), (10, title), *((5, unescape(n)) for n in re.findall(r"<strong>(.*?)</strong>", body))):
            for word in _WORD.findall(words_in.lower()):
                postings[word][page] = postings[word].get(page, 0) + weight
        (out / "text" / f"{page}.gz").write_bytes(gzip.compress(text.encode(), 9))
    shards: dict[str, dict] = defaultdict(dict)
    for word, where in postings.items():
        shards[word[:2]][word] = sorted(where.items(), key=lambda kv: -kv[1])
    (out / "terms").mkdir()
    for prefix, terms in shards.items():
        (out / "terms" / f"{prefix}.gz").write_bytes(gzip.compress(json.dumps(terms, separators=(",", ":")).encode(), 9))
    for n in range(0, len(pages), 1000):
        (out / f"pages-{n // 1000}.gz").write_bytes(gzip.compress(json.dumps(pages[n:n + 1000]).encode(), 9))
    build = time.perf_counter() - start
    query_words = _WORD.findall(words.lower())
    scores: dict[int, int] = defaultdict(int)
    for word in query_words:
        for page, score in postings.get(word, {}).items():
            scores[page] += score
    top = sorted(scores, key=lambda p: -scores[p])[:10]
    size = lambda p: p.stat().st_size  # noqa: E731
    query = (sum(size(out / "terms" / f"{w[:2]}.gz") for w in set(query_words) if (out / "terms" / f"{w[:2]}.gz").exists())
             + sum(size(out / f"pages-{c}.gz") for c in {p // 1000 for p in top})
             + sum(size(out / "text" / f"{p}.gz") for p in top) + 6_000)  # and a small script
    total = sum(size(p) for p in out.rglob("*") if p.is_file())
    return {"own_index_s": build, "own_index_bytes": total, "own_query_bytes": query,
            "own_first_result": pages[top[0]][1][:100] if top else None}


def pagefind_figures(site: Path) -> dict:
    """Pagefind's index: its bytes, and the time to make it again (what the build spends on it)."""
    from generator.search import build_index

    start = time.perf_counter()
    build_index(site)
    return {"pagefind_s": time.perf_counter() - start,
            "pagefind_bytes": sum(p.stat().st_size for p in (site / "pagefind").rglob("*") if p.is_file())}


def measure_serve(n: int, seeds: Path, code: Path) -> dict:
    """Seconds from saving a changed seed to ``mkdocs serve`` showing the change on its page."""
    import urllib.request

    config = mkdocs_config(n, seeds)
    seed = sorted(seeds.glob("*.txt"))[0]
    slug = next(json.loads(p.read_text(encoding="utf-8"))["slug"] for p in (OUT / str(n) / "site" / "explainers").glob("*.json")
                if json.loads(p.read_text(encoding="utf-8"))["source"]["file"] == seed.name)
    env = dict(os.environ, PYTHONPATH=str(code), NO_MKDOCS_2_WARNING="1")
    port = 8765
    proc = subprocess.Popen(["nice", "-n", "10", sys.executable, "-m", "mkdocs", "serve", "-f", str(config), "-a",
                             f"127.0.0.1:{port}"], cwd=code, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    original = seed.read_text(encoding="utf-8")
    try:
        started = time.perf_counter()
        for line in proc.stderr:
            if "Serving on" in line:
                break
        first_build = time.perf_counter() - started
        threading.Thread(target=lambda: [None for _ in proc.stderr], daemon=True).start()
        mark = f"Zqxchanged{int(time.time())}"
        start = time.perf_counter()
        # Into the first paragraph: a closing line may be boilerplate the reader drops.
        head, sep, rest = original.partition("\n\n")
        seed.write_text(f"{head}{sep}{mark} {rest}", encoding="utf-8")
        url = f"http://127.0.0.1:{port}/{SUBPATH}/explainers/{slug}/"
        while time.perf_counter() - start < 3600:
            try:
                if mark in urllib.request.urlopen(url, timeout=60).read().decode("utf-8", "replace"):
                    break
            except OSError:
                pass
            time.sleep(0.5)
        return {"serve_start_s": first_build, "serve_change_s": time.perf_counter() - start}
    finally:
        seed.write_text(original, encoding="utf-8")
        proc.terminate()
        proc.wait(timeout=120)


# --- the report -----------------------------------------------------------------------------------

def report(results: dict[int, dict]) -> None:
    rows = []
    for n, r in sorted(results.items()):
        def fig(key, fmt, target=None):
            if key not in r:
                return
            value = r[key]
            goal = TARGETS.get(target or key)
            mark = "" if goal is None else (" ok" if value <= goal else " OVER")
            rows.append((f"{n:,}", key, format(value, fmt), "" if goal is None else f"<= {goal:,}", mark))
        fig("extract_s", ".0f")
        fig("extract_peak_mb", ".0f")
        fig("extract_all_mb", ".0f")
        fig("site_s", ".1f")
        fig("site_s_per_article", ".4f")
        fig("site_peak_mb", ".0f", "peak_mb")
        fig("site_all_mb", ".0f", "peak_mb")
        fig("bytes_per_article", ",.0f")
        fig("largest_page", ",d")
        fig("pages_over_100kb", "d")
        fig("search_s", ".2f")
        fig("query_bytes", ",d")
        fig("home_and_query_bytes", ",d")
        fig("gzip_search_s", ".2f", "search_s")
        fig("gzip_query_bytes", ",d", "query_bytes")
        fig("gzip_home_and_query_bytes", ",d", "home_and_query_bytes")
        fig("serve_start_s", ".0f")
        fig("serve_change_s", ".0f")
        fig("pagefind_s", ".1f")
        fig("pagefind_bytes", ",d")
        fig("own_index_bytes", ",d")
        fig("own_query_bytes", ",d", "query_bytes")
        fig("own_index_s", ".1f")
    sizes = sorted(results)
    if len(sizes) > 1 and all("site_s_per_article" in results[s] for s in sizes[:2]):
        small, big = sizes[0], sizes[-1]
        ratio = results[big]["site_s_per_article"] / results[small]["site_s_per_article"]
        rows.append((f"{big:,}/{small:,}", "site time per article", f"{ratio:.2f}x", "<= 1.2x",
                     " ok" if ratio <= TARGETS["time_ratio"] else " OVER"))
    width = max(len(r[1]) for r in rows) if rows else 10
    for size, key, value, goal, mark in rows:
        print(f"{size:>12}  {key:<{width}}  {value:>14}  {goal:>12}{mark}")
    for n, r in sorted(results.items()):
        if "bytes_per_article_by_kind" in r:
            print(f"{n:,} articles, bytes per article by kind: {r['bytes_per_article_by_kind']}")
            print(f"{n:,} articles, largest page: {r['largest_page_path']}")
        if "query_largest" in r:
            print(f"{n:,} articles, search for {r['search_words']!r}: first result {r['first_result']!r}; "
                  f"{r['query_files']} files, largest {r['query_largest']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--extract-only", action="store_true", help="make the articles and fill the cache, then stop")
    parser.add_argument("--skip-extract", action="store_true", help="the cache is full: go straight to the site")
    parser.add_argument("--serve", action="store_true", help="also time mkdocs serve on a changed seed")
    parser.add_argument("--serve-only", action="store_true", help="the sites are built: time mkdocs serve alone")
    parser.add_argument("--fresh-code", action="store_true", help="take a new copy of the whole generator")
    parser.add_argument("--keep-code", action="store_true", help="use the copy in bench/out/scale/code as it is")
    parser.add_argument("--words", help="what to search for (default: a surname from the site)")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    code = snapshot_code(args.fresh_code, args.keep_code)
    figures = OUT / "figures.json"
    results = {int(k): v for k, v in json.loads(figures.read_text()).items()} if figures.is_file() else {}
    for n in args.sizes:
        seeds = make_corpus(n, OUT / f"seeds-{n}")
        r = results.setdefault(n, {})
        if not args.skip_extract:
            print(f"{n:,} articles: extracting", flush=True)
            r.update(extract(n, seeds, code))
        if args.extract_only:
            continue
        if args.serve_only:
            r.update(measure_serve(n, seeds, code))
            figures.write_text(json.dumps(results, indent=2))
            continue
        print(f"{n:,} articles: building the site", flush=True)
        r.update(build_site(n, seeds, code))
        r.update(measure_sizes(n))
        print(f"{n:,} articles: searching", flush=True)
        r.update(measure_search(OUT / str(n) / "site", args.words))
        compressed = measure_search(OUT / str(n) / "site", r["search_words"], gzip_on=True)
        r.update({f"gzip_{k}": v for k, v in compressed.items() if k in ("search_s", "query_bytes", "home_and_query_bytes")})
        r.update(pagefind_figures(OUT / str(n) / "site"))
        r.update(own_index(OUT / str(n) / "site", r["search_words"]))
        if args.serve:
            r.update(measure_serve(n, seeds, code))
        figures.write_text(json.dumps(results, indent=2))
    figures.write_text(json.dumps(results, indent=2))
    report({n: results[n] for n in args.sizes if n in results})
    return 0


if __name__ == "__main__":
    sys.exit(main())
