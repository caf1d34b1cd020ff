"""Our hand-written corpora (tests/corpus/), imported and scored end to end.

They were written without looking at the rules, to estimate accuracy on mail the rules were
not tuned on. All but corpus 7 have since been used for tuning (the README has the figures
measured before), so their figures here are regression floors a little under today's, not
estimates. Corpora 7, 14, 15 and 19 are measured at the end of a session and never tuned on:
their floors only guard against a regression; keep them out of tuning.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from jobtracker.pipeline.evaluate import Scores, score
from tests.pipeline.cli_helpers import run_cli

CORPORA = Path(__file__).resolve().parents[1] / "corpus"
# corpus, split -> floors for (application F1, category, employer, grouping F1, final status)
FLOORS = {
    ("heldout", "dev"): (0.97, 0.97, 0.97, 0.97, 0.97),
    ("heldout", "test"): (0.94, 0.93, 0.97, 0.97, 0.82),
    ("heldout2", "dev"): (0.97, 0.97, 0.95, 0.96, 0.97),
    ("heldout2", "test"): (0.97, 0.97, 0.97, 0.97, 0.95),
    ("heldout3", "all"): (0.96, 0.95, 0.93, 0.96, 0.95),
    ("heldout4", "all"): (0.97, 0.97, 0.97, 0.97, 0.97),
    ("heldout5", "all"): (0.97, 0.97, 0.96, 0.97, 0.97),
    ("heldout6", "all"): (0.97, 0.97, 0.94, 0.96, 0.97),
    # never tuned on: measured at the end of each session (README)
    ("heldout7", "all"): (0.95, 0.94, 0.88, 0.93, 0.89),
    ("heldout8", "all"): (0.97, 0.97, 0.96, 0.97, 0.97),
    ("heldout9", "all"): (0.97, 0.96, 0.96, 0.96, 0.92),
    ("heldout10", "all"): (0.97, 0.96, 0.95, 0.94, 0.95),
    ("heldout11", "all"): (0.97, 0.96, 0.97, 0.97, 0.94),
    ("heldout12", "all"): (0.96, 0.96, 0.96, 0.94, 0.97),
    ("heldout13", "all"): (0.97, 0.95, 0.97, 0.97, 0.97),
    ("heldout16", "all"): (0.98, 0.95, 0.96, 0.97, 0.97),
    ("heldout17", "all"): (0.98, 0.94, 0.98, 0.98, 0.93),
    ("heldout18", "all"): (0.98, 0.95, 0.98, 0.98, 0.97),
    ("heldout20", "all"): (0.89, 0.87, 0.74, 0.71, 0.58),
    ("heldout21", "all"): (0.98, 0.94, 0.83, 0.95, 0.94),
    # never tuned on either (written in sessions 7 and 8, measured at their start and end)
    ("heldout14", "all"): (0.88, 0.87, 0.74, 0.82, 0.77),
    ("heldout15", "all"): (0.83, 0.83, 0.38, 0.59, 0.65),
    ("heldout19", "all"): (0.85, 0.87, 0.42, 0.70, 0.58),
}


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpora")
    for name in sorted({corpus for corpus, _ in FLOORS}):
        script = CORPORA / f"{name}.py"
        subprocess.run(
            [sys.executable, str(script), str(out / name)], check=True, stdout=subprocess.DEVNULL
        )
    return out


def _scores(mbox: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Scores:
    db = tmp_path / "c.duckdb"
    run = run_cli(capsys, "--db", str(db), "import", str(mbox), "--user", "me")
    assert run.code == 0, run.err
    exported = {}
    for what in ("messages", "applications"):
        out = tmp_path / f"{what}.csv"
        assert (
            run_cli(capsys, "--db", str(db), "export", "--what", what, "--out", str(out)).code == 0
        )
        with out.open(newline="", encoding="utf-8") as fh:
            exported[what] = list(csv.DictReader(fh))
    lines = Path(str(mbox) + ".truth.jsonl").read_bytes().splitlines()
    truth = [orjson.loads(line) for line in lines if line.strip()]
    return score(truth, exported["messages"], exported["applications"])


@pytest.mark.parametrize(("corpus", "split"), sorted(FLOORS))
def test_a_hand_written_corpus_scores_at_least_its_floor(
    corpora: Path, corpus: str, split: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    s = _scores(corpora / corpus / f"{split}.mbox", tmp_path, capsys)
    assert s.matched == s.messages > 100
    figures = (
        s.application_f1,
        s.category_accuracy,
        s.employer_accuracy,
        s.grouping_f1,
        s.final_status_accuracy,
    )
    names = ("application F1", "category", "employer", "grouping F1", "final status")
    below = [
        f"{n} {f:.3f} < {floor}"
        for n, f, floor in zip(names, figures, FLOORS[corpus, split], strict=True)
        if f < floor
    ]
    assert not below, f"{corpus}/{split}: " + ", ".join(below)
