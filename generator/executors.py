"""Where the per-article work runs: this process, worker processes, or a Dask cluster.

Generation is a pure function of each article (:func:`generator.build.explain_batch`), so the
same function can run anywhere the package and the spaCy pipeline are installed. An executor
takes batches of work and yields ``(batch number, results)`` as each batch finishes, in any
order; the caller puts the results back in place. Workers load the pipeline once each and
keep it for every batch they are given.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

EXECUTORS = ("local", "dask")

DASK_MISSING = ("the dask executor needs Dask: install the project with its 'dask' extra "
                "(pip install 'news-explainers[dask]')")


WORKER_DIED = ("a worker process stopped unexpectedly (killed, or out of memory); "
               "the articles it had were not built: try again with fewer --jobs")


class ExecutorError(Exception):
    """An executor that cannot start or whose workers died; the message says what to do."""


Batch = Sequence[Any]
Work = Callable[[Batch, str], list]


def run(work: Work, batches: Sequence[Batch], *, pipeline: str, jobs: int = 1, executor: str = "local",
        scheduler: str | None = None, warm: Callable[[str], None] | None = None) -> Iterator[tuple[int, list]]:
    """``work(batch, pipeline)`` for every batch; yields ``(index, result)`` as each finishes.

    ``warm(pipeline)``, if given, runs once in each local worker before its first batch (to
    load the pipeline while the others start too).
    """
    if executor == "dask":
        return _dask(work, batches, pipeline=pipeline, jobs=jobs, scheduler=scheduler)
    if executor != "local":
        raise ExecutorError(f"unknown executor {executor!r}; choose one of {', '.join(EXECUTORS)}")
    if jobs <= 1 or len(batches) <= 1:
        return _serial(work, batches, pipeline=pipeline, warm=warm)
    return _processes(work, batches, pipeline=pipeline, jobs=jobs, warm=warm)


def _serial(work: Work, batches: Sequence[Batch], *, pipeline: str, warm) -> Iterator[tuple[int, list]]:
    if warm is not None:
        warm(pipeline)
    for i, batch in enumerate(batches):
        yield i, work(batch, pipeline)


def _processes(work: Work, batches: Sequence[Batch], *, pipeline: str, jobs: int, warm) -> Iterator[tuple[int, list]]:
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    jobs = min(jobs, len(batches))
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=warm, initargs=(pipeline,) if warm else ())
    try:
        pending = {pool.submit(work, batch, pipeline): i for i, batch in enumerate(batches)}
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                try:
                    result = future.result()
                except BrokenProcessPool:
                    raise ExecutorError(WORKER_DIED) from None
                yield pending.pop(future), result
    finally:
        pool.shutdown(cancel_futures=True)


def _dask(work: Work, batches: Sequence[Batch], *, pipeline: str, jobs: int, scheduler: str | None) -> Iterator[tuple[int, list]]:
    """Run on a Dask cluster: the scheduler at ``scheduler``, or a local one of ``jobs`` workers."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise ExecutorError(DASK_MISSING) from None

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        futures = client.map(work, list(batches), pipeline=pipeline, pure=False)
        index = {future.key: i for i, future in enumerate(futures)}
        for future in as_completed(futures):
            yield index[future.key], future.result()
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
