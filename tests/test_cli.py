import json
import subprocess
import sys
import time

from conftest import ROOT, SEED, run_cli


def test_help_is_instant():
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "generator", "--help"], capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - start
    assert proc.returncode == 0
    assert "build" in proc.stdout
    assert elapsed < 5  # generous for slow CI; the benchmark measures the real figure
    check = subprocess.run([sys.executable, "-X", "importtime", "-m", "generator", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert "spacy" not in check.stderr


def test_importing_the_extractors_reads_no_gazetteer():
    code = ("import generator.extract.pipeline; from generator import gazetteer; "
            "print(gazetteer.load.cache_info().currsize)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0 and proc.stdout.strip() == "0"


def test_usage_error_exits_2(tmp_path):
    assert run_cli("build", "--seeds", str(tmp_path / "missing"), "--out", str(tmp_path)).returncode == 2
    assert run_cli("frobnicate").returncode == 2
    assert run_cli().returncode == 2


def test_build_writes_pages_json_and_indexes(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / SEED.name).write_bytes(SEED.read_bytes())
    out = tmp_path / "docs"
    proc = run_cli("build", "--seeds", str(seeds), "--out", str(out), "--no-cache", "-j", "1")
    assert proc.returncode == 0, proc.stderr
    slug = "armenia-calls-for-russian-help-as-fight-with-azerbaijan-intensifies"
    assert (out / "explainers" / f"{slug}.md").is_file()
    data = json.loads((out / "explainers" / f"{slug}.json").read_text())
    assert data["source"]["file"] == SEED.name
    assert (out / "index.md").is_file() and (out / "explainers" / "index.md").is_file()
    assert slug in (out / "index.md").read_text()


def test_failed_article_is_named_and_others_still_build(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text("Rain falls in the city\n\nHeavy rain fell in the city on Monday, officials said.\n")
    (seeds / "empty.txt").write_text("")
    out = tmp_path / "docs"
    proc = run_cli("build", "--seeds", str(seeds), "--out", str(out), "--no-cache", "-j", "1")
    assert proc.returncode == 1
    assert "empty.txt: the file is empty" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert (out / "explainers" / "rain-falls-in-the-city.md").is_file()


def test_hand_written_pages_are_never_overwritten(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text("Rain falls in the city\n\nHeavy rain fell in the city on Monday.\n")
    out = tmp_path / "docs"
    out.mkdir()
    (out / "index.md").write_text("# My own home page\n")
    proc = run_cli("build", "--seeds", str(seeds), "--out", str(out), "--no-cache", "-j", "1")
    assert proc.returncode == 0
    assert (out / "index.md").read_text() == "# My own home page\n"
    assert "written by hand" in proc.stderr
