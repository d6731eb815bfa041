"""The Dask executor: the same per-article function, run by the workers of a cluster."""
import json

import pytest

from conftest import run_cli
from test_build import SEEDS, write_seeds

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster


def _pages(out):
    return {p.name: json.loads(p.read_text()) for p in sorted((out / "explainers").glob("*.json"))}


def test_cli_on_a_dask_cluster_builds_the_same_pages_as_locally(tmp_path, cluster):
    seeds = write_seeds(tmp_path / "seeds")
    remote = run_cli("build", "--seeds", str(seeds), "--out", str(tmp_path / "remote"), "--no-cache",
                     "--executor", "dask", "--scheduler", cluster.scheduler_address)
    assert remote.returncode == 0, remote.stderr
    assert "3 extracted" in remote.stderr
    local = run_cli("build", "--seeds", str(seeds), "--out", str(tmp_path / "local"), "--no-cache", "-j", "1")
    assert local.returncode == 0, local.stderr
    assert len(_pages(tmp_path / "remote")) == len(SEEDS)
    assert _pages(tmp_path / "remote") == _pages(tmp_path / "local")


def test_both_workers_take_part(tmp_path, cluster):
    from distributed import Client

    from generator.build import generate
    from generator.config import Settings

    seeds = write_seeds(tmp_path / "seeds", {f"{i:02d}_{name}": text for i in range(4) for name, text in SEEDS.items()})
    result = generate(Settings(seeds=seeds, jobs=2, executor="dask", scheduler=cluster.scheduler_address))
    assert result.parsed == 12 and not result.failures
    with Client(cluster.scheduler_address) as client:
        loaded = client.run(lambda: __import__("generator.nlp").nlp.load.cache_info().currsize)
    assert sorted(loaded.values()) == [1, 1]  # each worker loaded the pipeline, once


def test_unreachable_scheduler_is_reported_without_a_traceback(tmp_path):
    pytest.importorskip("distributed")
    seeds = write_seeds(tmp_path / "seeds", {"bridge.txt": SEEDS["bridge.txt"]})
    proc = run_cli("build", "--seeds", str(seeds), "--out", str(tmp_path / "out"), "--no-cache",
                   "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert proc.returncode == 1
    assert "error:" in proc.stderr and "Traceback" not in proc.stderr


def test_without_a_scheduler_a_local_cluster_does_the_work(tmp_path):
    pytest.importorskip("distributed")
    seeds = write_seeds(tmp_path / "seeds")
    proc = run_cli("build", "--seeds", str(seeds), "--out", str(tmp_path / "out"), "--no-cache", "--executor", "dask", "-j", "2")
    assert proc.returncode == 0, proc.stderr
    assert "3 extracted" in proc.stderr
    assert len(_pages(tmp_path / "out")) == len(SEEDS)
