"""Throughput benchmark: ``make bench`` or ``python benchmarks/throughput.py``.

Builds a varied corpus of N documents (benchmarks/corpus.py) and prints, in one
run:

1. documents/s and words/s of the full extraction (``python -m pipeline
   extract``, one process), next to bare ``nlp.pipe`` of the same model with
   its default components over the same texts, and the ratio;
2. the speed-up of ``n_process=2`` over 1;
3. with N documents extracted by ``dvc repro`` in a temporary copy of the
   repository, the wall time of ``dvc repro`` after adding one document, as a
   fraction of the full run (the median of several additions, one document
   each: a single run varies by a second on a shared machine);
4. peak memory (RSS) of the extraction at 200 and at N documents.

Every measured run is a fresh subprocess, started through a small wrapper that
reports its wall time and the peak RSS of its largest process
(``getrusage(RUSAGE_CHILDREN)``), so no figure mixes with another. Wall times
are end to end: interpreter start, imports and model load included, for the
bare ``nlp.pipe`` run as well as for the extraction.
"""

from __future__ import annotations

import functools
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import corpus  # noqa: E402

BIN = Path(sys.executable).parent
print = functools.partial(print, flush=True)  # noqa: A001 - progress shows in logs
TARGETS = {"ratio": 1.0, "speedup": 1.6, "incremental": 0.05, "memory": 1.2}

# Runs argv, prints {"wall": s, "rss_mb": MB, "rc": code} as the last line.
_WRAP = """
import json, resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
wall = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"wall": wall, "rss_mb": rss, "rc": rc}))
"""

# Bare nlp.pipe: the model as shipped (default components, default batch size).
_BARE = """
import sys
from pathlib import Path
import spacy
nlp = spacy.load(sys.argv[1])
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[2]).glob("*.txt"))]
for _ in nlp.pipe(texts):
    pass
"""


def _env() -> dict[str, str]:
    return {
        **os.environ,
        "DVC_NO_ANALYTICS": "1",
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": str(ROOT),
    }


def measure(argv: list[str], cwd: Path = ROOT) -> dict:
    """Wall time and peak RSS of one fresh subprocess tree."""
    proc = subprocess.run(
        [sys.executable, "-c", _WRAP, *argv],
        cwd=cwd,
        env=_env(),
        capture_output=True,
        text=True,
    )
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    if result["rc"] != 0:
        raise SystemExit(f"failed ({result['rc']}): {' '.join(argv)}\n{proc.stderr}")
    return result


def machine() -> dict:
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            mem_kb = int(line.split()[1])
    import spacy

    return {
        "cpus": len(os.sched_getaffinity(0)),
        "cpu_model": cpu,
        "ram_gib": round(mem_kb / 1024**2, 1),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "os": platform.platform(),
    }


def _params(path: Path, **extract) -> Path:
    base = yaml.safe_load((ROOT / "params.yaml").read_text(encoding="utf-8"))
    base["extract"] = {**base.get("extract", {}), **extract, "progress": False}
    path.write_text(yaml.safe_dump(base), encoding="utf-8")
    return path


def _extract(inp: Path, out: Path, params: Path) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    argv = [sys.executable, "-m", "pipeline", "extract"]
    return measure(
        [*argv, "--input", str(inp), "--output", str(out), "--params", str(params)]
    )


def _dvc_repo(work: Path) -> Path:
    files = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    repo = work / "repo"
    shutil.rmtree(repo, ignore_errors=True)
    for name in files:
        if (ROOT / name).is_file():
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, repo / name)
    shutil.rmtree(repo / "extracted", ignore_errors=True)
    subprocess.run(
        ["dvc", "init", "--no-scm", "-f", "-q"], cwd=repo, env=_env(), check=True
    )
    return repo


def _dvc(work: Path, n: int, seed: int, add_one_runs: int) -> dict:
    repo = _dvc_repo(work)
    corpus.build(repo / "raw", n, seed=seed)
    full = measure(["dvc", "repro", "-q"], cwd=repo)
    runs = []
    for i in range(add_one_runs):
        corpus.build(repo / "raw", 1, seed=seed, start=n + i)  # one new document
        runs.append(measure(["dvc", "repro", "-q"], cwd=repo)["wall"])
    nothing = measure(["dvc", "repro", "-q"], cwd=repo)
    return {
        "full_s": full["wall"],
        "add_one_s": statistics.median(runs),
        "add_one_runs_s": runs,
        "nothing_s": nothing["wall"],
    }


def main(
    n: Annotated[int, typer.Option(help="documents in the corpus")] = 2000,
    small: Annotated[
        int, typer.Option(help="corpus size for the memory baseline")
    ] = 200,
    seed: Annotated[int, typer.Option(help="corpus seed")] = 0,
    skip_dvc: Annotated[
        bool, typer.Option(help="skip the dvc repro measurement")
    ] = False,
    add_one_runs: Annotated[
        int,
        typer.Option(min=1, help="documents added one at a time (median reported)"),
    ] = 5,
    work: Annotated[Path | None, typer.Option(help="scratch folder")] = None,
    out: Annotated[Path | None, typer.Option(help="write the figures as JSON")] = None,
) -> None:
    model = yaml.safe_load((ROOT / "params.yaml").read_text())["extract"]["model"]
    work = work or ROOT / ".bench" / f"n{n}"
    work.mkdir(parents=True, exist_ok=True)
    info = machine()
    print(
        f"machine: {info['cpus']} CPU(s), {info['cpu_model']}, "
        f"{info['ram_gib']} GiB RAM, Python {info['python']}, spaCy {info['spacy']}"
    )

    texts = work / "corpus"
    shutil.rmtree(texts, ignore_errors=True)
    paths = corpus.build(texts, n, seed=seed)
    words = corpus.words(paths)
    sub = work / "corpus-small"
    shutil.rmtree(sub, ignore_errors=True)
    sub.mkdir()
    for p in paths[:small]:
        shutil.copy2(p, sub / p.name)
    sources = sorted({s for s, _ in corpus.paragraphs()})
    print(f"corpus: {n} documents, {words} words, from {', '.join(sources)}")

    p1 = _params(work / "params-1.yaml", n_process=1)
    p2 = _params(work / "params-2.yaml", n_process=2)
    bare = measure([sys.executable, "-c", _BARE, model, str(texts)])
    one = _extract(texts, work / "out-1", p1)
    two = _extract(texts, work / "out-2", p2)
    mem_small = _extract(sub, work / "out-small", p1)
    figures: dict = {
        "machine": info,
        "n": n,
        "words": words,
        "model": model,
        "bare_nlp_pipe": {
            "s": bare["wall"],
            "docs_s": n / bare["wall"],
            "words_s": words / bare["wall"],
        },
        "extract_1": {
            "s": one["wall"],
            "docs_s": n / one["wall"],
            "words_s": words / one["wall"],
        },
        "extract_2": {"s": two["wall"], "docs_s": n / two["wall"]},
        "ratio": bare["wall"] / one["wall"],
        "speedup_2": one["wall"] / two["wall"],
        "peak_rss_mb": {str(small): mem_small["rss_mb"], str(n): one["rss_mb"]},
        "memory_growth": one["rss_mb"] / mem_small["rss_mb"],
    }
    f = figures
    e1, bp, e2 = f["extract_1"], f["bare_nlp_pipe"], f["extract_2"]
    print(
        f"1. full extraction ({n} docs, 1 process): {e1['s']:.1f} s, "
        f"{e1['docs_s']:.1f} docs/s, {e1['words_s']:,.0f} words/s"
    )
    print(
        f"   bare nlp.pipe ({model}, default components): {bp['s']:.1f} s, "
        f"{bp['docs_s']:.1f} docs/s, {bp['words_s']:,.0f} words/s"
    )
    print(f"   ratio extraction/bare: {f['ratio']:.2f} (target >= {TARGETS['ratio']})")
    print(
        f"2. n_process=2: {e2['s']:.1f} s, {e2['docs_s']:.1f} docs/s; "
        f"speed-up {f['speedup_2']:.2f}x (target >= {TARGETS['speedup']}x)"
    )
    if not skip_dvc:
        d = _dvc(work, n, seed, add_one_runs)
        f["dvc"] = {**d, "fraction": d["add_one_s"] / d["full_s"]}
        runs = d["add_one_runs_s"]
        print(
            f"3. dvc repro, {n} docs: full {d['full_s']:.1f} s; after adding one: "
            f"{d['add_one_s']:.1f} s = {f['dvc']['fraction']:.1%} of the full run "
            f"(median of {len(runs)}, {min(runs):.1f}-{max(runs):.1f} s; "
            f"target <= {TARGETS['incremental']:.0%}); "
            f"nothing changed: {d['nothing_s']:.1f} s"
        )
    else:
        print("3. dvc repro: skipped (--skip-dvc)")
    print(
        f"4. peak RSS: {mem_small['rss_mb']:.0f} MB at {small} docs, "
        f"{one['rss_mb']:.0f} MB at {n} docs = {f['memory_growth']:.2f}x "
        f"(target <= {TARGETS['memory']}x)"
    )
    f["targets_hold"] = {
        "ratio": f["ratio"] >= TARGETS["ratio"],
        "speedup": f["speedup_2"] >= TARGETS["speedup"],
        "memory": f["memory_growth"] <= TARGETS["memory"],
        **(
            {"incremental": f["dvc"]["fraction"] <= TARGETS["incremental"]}
            if "dvc" in f
            else {}
        ),
    }
    print(
        "targets:",
        ", ".join(
            f"{k} {'holds' if v else 'MISSED'}" for k, v in f["targets_hold"].items()
        ),
    )
    if out:
        out.write_text(json.dumps(f, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    typer.run(main)
