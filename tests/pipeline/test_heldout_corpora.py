"""Our hand-written corpora (tests/corpus/), imported and scored end to end.

They were written without looking at the rules, to estimate accuracy on mail the rules were
not tuned on. Most have since been used for tuning (the README has the figures measured
before), so their figures here are regression floors a little under today's, not estimates.
Corpora 7, 14, 15, 19, 26, 31, 32, 35, 36, 40, 41 and 66-69 are measured at the end of a session
and never tuned on: their floors only guard against a regression; keep them out of tuning.
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
    ("heldout", "dev"): (0.98, 0.98, 0.98, 0.98, 0.97),
    ("heldout", "test"): (0.96, 0.96, 0.98, 0.98, 0.90),
    ("heldout2", "dev"): (0.98, 0.98, 0.98, 0.98, 0.97),
    ("heldout2", "test"): (0.98, 0.98, 0.98, 0.98, 0.95),
    ("heldout3", "all"): (0.97, 0.97, 0.94, 0.97, 0.95),
    ("heldout4", "all"): (0.98, 0.98, 0.98, 0.98, 0.97),
    ("heldout5", "all"): (0.98, 0.98, 0.98, 0.98, 0.97),
    ("heldout6", "all"): (0.98, 0.98, 0.98, 0.98, 0.97),
    # never tuned on: measured at the end of each session (README)
    ("heldout7", "all"): (0.96, 0.95, 0.97, 0.95, 0.92),
    ("heldout8", "all"): (0.98, 0.98, 0.97, 0.97, 0.97),
    ("heldout9", "all"): (0.98, 0.97, 0.98, 0.98, 0.92),
    ("heldout10", "all"): (0.97, 0.97, 0.97, 0.95, 0.95),
    ("heldout11", "all"): (0.98, 0.97, 0.98, 0.98, 0.94),
    ("heldout12", "all"): (0.96, 0.97, 0.98, 0.94, 0.97),
    ("heldout13", "all"): (0.98, 0.95, 0.98, 0.98, 0.97),
    ("heldout16", "all"): (0.98, 0.95, 0.97, 0.97, 0.97),
    ("heldout17", "all"): (0.98, 0.97, 0.98, 0.98, 0.93),
    ("heldout18", "all"): (0.98, 0.97, 0.98, 0.98, 0.97),
    ("heldout20", "all"): (0.92, 0.92, 0.83, 0.86, 0.71),
    ("heldout21", "all"): (0.98, 0.96, 0.90, 0.98, 0.94),
    ("heldout22", "all"): (0.98, 0.96, 0.93, 0.98, 0.95),
    ("heldout23", "all"): (0.97, 0.96, 0.84, 0.96, 0.91),
    ("heldout24", "all"): (0.98, 0.98, 0.82, 0.84, 0.91),
    ("heldout25", "all"): (0.98, 0.98, 0.93, 0.98, 0.97),
    ("heldout27", "all"): (0.98, 0.98, 0.94, 0.98, 0.98),
    ("heldout28", "all"): (0.97, 0.97, 0.93, 0.96, 0.98),
    ("heldout29", "all"): (0.98, 0.97, 0.92, 0.95, 0.95),
    ("heldout30", "all"): (0.98, 0.98, 0.96, 0.98, 0.98),
    ("heldout33", "all"): (0.98, 0.97, 0.85, 0.98, 0.98),
    ("heldout34", "all"): (0.96, 0.95, 0.93, 0.98, 0.98),
    ("heldout37", "all"): (0.98, 0.98, 0.98, 0.98, 0.98),
    ("heldout38", "all"): (0.98, 0.97, 0.91, 0.98, 0.98),
    ("heldout39", "all"): (0.98, 0.97, 0.98, 0.98, 0.98),
    ("heldout42", "all"): (0.97, 0.97, 0.98, 0.98, 0.98),
    ("heldout43", "all"): (0.98, 0.98, 0.98, 0.98, 0.98),
    ("heldout44", "all"): (0.98, 0.95, 0.98, 0.91, 0.98),
    ("heldout45", "all"): (0.98, 0.98, 0.98, 0.98, 0.95),
    ("heldout46", "all"): (0.97, 0.96, 0.96, 0.98, 0.98),
    ("heldout47", "all"): (0.98, 0.98, 0.98, 0.98, 0.98),
    ("heldout48", "all"): (0.98, 0.98, 0.98, 0.98, 0.98),
    ("heldout49", "all"): (0.98, 0.98, 0.90, 0.95, 0.95),
    ("heldout50", "all"): (0.98, 0.98, 0.98, 0.98, 0.98),
    ("heldout51", "all"): (0.92, 0.93, 0.78, 0.85, 0.87),
    # s25: employer floors of 52 and 60 lowered: their writers keep an acronym ("BAFS", "EUPSB")
    # that the letter now spells out, as corpus 74's writer wants (74: employer +0.159)
    ("heldout52", "all"): (0.96, 0.95, 0.65, 0.95, 0.93),
    # written and tuned on in session 13 (each measured once first; README)
    ("heldout53", "all"): (0.95, 0.94, 0.85, 0.92, 0.95),
    ("heldout54", "all"): (0.94, 0.92, 0.88, 0.93, 0.91),
    ("heldout55", "all"): (0.96, 0.96, 0.98, 0.98, 0.98),
    ("heldout56", "all"): (0.92, 0.92, 0.83, 0.95, 0.95),
    ("heldout57", "all"): (0.91, 0.93, 0.92, 0.93, 0.90),
    ("heldout58", "all"): (0.93, 0.89, 0.70, 0.89, 0.83),
    ("heldout59", "all"): (0.96, 0.96, 0.92, 0.96, 0.91),
    ("heldout60", "all"): (0.90, 0.92, 0.60, 0.82, 0.86),
    ("heldout61", "all"): (0.95, 0.94, 0.85, 0.89, 0.83),
    ("heldout62", "all"): (0.97, 0.94, 0.91, 0.98, 0.95),
    ("heldout63", "all"): (0.98, 0.98, 0.83, 0.89, 0.95),
    ("heldout64", "all"): (0.91, 0.90, 0.76, 0.85, 0.82),
    ("heldout65", "all"): (0.94, 0.93, 0.86, 0.95, 0.91),
    # written in session 17, measured once untouched, then tuned on
    ("heldout70", "all"): (0.94, 0.94, 0.81, 0.91, 0.90),
    ("heldout71", "all"): (0.93, 0.93, 0.66, 0.93, 0.90),
    ("heldout72", "all"): (0.94, 0.91, 0.80, 0.95, 0.87),
    ("heldout73", "all"): (0.92, 0.92, 0.80, 0.88, 0.90),
    ("heldout74", "all"): (0.95, 0.92, 0.47, 0.85, 0.90),
    ("heldout75", "all"): (0.95, 0.93, 0.83, 0.95, 0.95),
    ("heldout76", "all"): (0.94, 0.92, 0.91, 0.91, 0.91),
    ("heldout77", "all"): (0.92, 0.92, 0.86, 0.83, 0.78),
    ("heldout78", "all"): (0.92, 0.91, 0.74, 0.90, 0.82),
    ("heldout79", "all"): (0.94, 0.93, 0.92, 0.94, 0.87),
    ("heldout80", "all"): (0.95, 0.92, 0.75, 0.82, 0.95),
    ("heldout81", "all"): (0.92, 0.90, 0.93, 0.95, 0.90),
    ("heldout82", "all"): (0.93, 0.91, 0.83, 0.92, 0.77),
    ("heldout83", "all"): (0.93, 0.94, 0.82, 0.82, 0.90),
    ("heldout84", "all"): (0.93, 0.92, 0.74, 0.73, 0.78),
    ("heldout85", "all"): (0.96, 0.96, 0.98, 0.98, 0.95),
    ("heldout86", "all"): (0.95, 0.94, 0.84, 0.91, 0.86),
    ("heldout87", "all"): (0.92, 0.93, 0.87, 0.81, 0.86),
    ("heldout88", "all"): (0.91, 0.89, 0.80, 0.87, 0.79),
    ("heldout89", "all"): (0.95, 0.91, 0.81, 0.84, 0.90),
    ("heldout90", "all"): (0.91, 0.90, 0.81, 0.93, 0.86),
    ("heldout91", "all"): (0.91, 0.88, 0.72, 0.92, 0.86),
    ("heldout92", "all"): (0.91, 0.91, 0.56, 0.91, 0.90),
    ("heldout93", "all"): (0.90, 0.91, 0.87, 0.93, 0.90),
    ("heldout94", "all"): (0.93, 0.90, 0.60, 0.86, 0.74),
    ("heldout95", "all"): (0.93, 0.94, 0.89, 0.95, 0.91),
    ("heldout96", "all"): (0.92, 0.92, 0.89, 0.88, 0.81),
    ("heldout97", "all"): (0.94, 0.91, 0.77, 0.93, 0.87),
    ("heldout98", "all"): (0.92, 0.91, 0.91, 0.89, 0.86),
    ("heldout99", "all"): (0.90, 0.89, 0.93, 0.90, 0.81),
    ("heldout100", "all"): (0.93, 0.93, 0.79, 0.90, 0.90),
    ("heldout101", "all"): (0.92, 0.93, 0.89, 0.89, 0.82),
    ("heldout102", "all"): (0.92, 0.90, 0.78, 0.92, 0.95),
    ("heldout103", "all"): (0.94, 0.93, 0.98, 0.97, 0.82),
    ("heldout104", "all"): (0.96, 0.93, 0.83, 0.94, 0.95),
    ("heldout105", "all"): (0.89, 0.91, 0.55, 0.87, 0.82),
    ("heldout106", "all"): (0.94, 0.93, 0.79, 0.87, 0.78),
    ("heldout107", "all"): (0.93, 0.92, 0.83, 0.89, 0.70),
    ("heldout108", "all"): (0.92, 0.91, 0.49, 0.80, 0.86),
    ("heldout109", "all"): (0.93, 0.92, 0.70, 0.79, 0.78),
    ("heldout110", "all"): (0.94, 0.92, 0.79, 0.87, 0.72),
    ("heldout111", "all"): (0.89, 0.88, 0.67, 0.81, 0.71),
    ("heldout112", "all"): (0.94, 0.94, 0.69, 0.93, 0.86),
    ("heldout113", "all"): (0.95, 0.92, 0.80, 0.97, 0.90),
    ("heldout114", "all"): (0.93, 0.91, 0.85, 0.88, 0.87),
    ("heldout115", "all"): (0.94, 0.94, 0.66, 0.98, 0.90),
    ("heldout116", "all"): (0.96, 0.95, 0.82, 0.92, 0.95),
    ("heldout117", "all"): (0.96, 0.96, 0.65, 0.91, 0.90),
    ("heldout118", "all"): (0.96, 0.95, 0.85, 0.90, 0.82),
    ("heldout119", "all"): (0.92, 0.89, 0.80, 0.82, 0.90),
    ("heldout120", "all"): (0.98, 0.93, 0.82, 0.94, 0.90),
    ("heldout121", "all"): (0.92, 0.91, 0.85, 0.84, 0.90),
    ("heldout122", "all"): (0.92, 0.93, 0.76, 0.91, 0.86),
    # written in session 22 by helpers who read no rules, measured once untouched, then tuned on
    ("heldout123", "all"): (0.92, 0.90, 0.71, 0.93, 0.74),
    ("heldout124", "all"): (0.94, 0.91, 0.72, 0.84, 0.80),
    ("heldout125", "all"): (0.94, 0.90, 0.76, 0.94, 0.86),
    ("heldout126", "all"): (0.89, 0.86, 0.60, 0.66, 0.70),
    ("heldout127", "all"): (0.93, 0.95, 0.53, 0.92, 0.94),
    ("heldout128", "all"): (0.90, 0.91, 0.66, 0.80, 0.72),
    # also written in session 22, measured once untouched, tuned on in session 23
    ("heldout129", "all"): (0.92, 0.91, 0.73, 0.91, 0.95),
    ("heldout130", "all"): (0.91, 0.89, 0.54, 0.90, 0.72),
    ("heldout131", "all"): (0.92, 0.94, 0.76, 0.86, 0.90),
    ("heldout132", "all"): (0.92, 0.91, 0.78, 0.86, 0.71),
    # session 23's corpora, measured untouched (README) and then tuned on
    ("heldout133", "all"): (0.93, 0.92, 0.85, 0.88, 0.81),
    ("heldout134", "all"): (0.93, 0.90, 0.83, 0.89, 0.85),
    ("heldout135", "all"): (0.90, 0.91, 0.95, 0.82, 0.90),
    ("heldout136", "all"): (0.92, 0.92, 0.85, 0.88, 0.72),
    ("heldout137", "all"): (0.89, 0.90, 0.68, 0.65, 0.68),
    # session 24's corpora, measured untouched (README) and then tuned on
    ("heldout138", "all"): (0.95, 0.95, 0.86, 0.94, 0.90),
    ("heldout139", "all"): (0.97, 0.95, 0.81, 0.92, 0.86),
    ("heldout140", "all"): (0.95, 0.95, 0.82, 0.93, 0.90),
    ("heldout141", "all"): (0.95, 0.95, 0.75, 0.89, 0.72),
    ("heldout142", "all"): (0.93, 0.92, 0.84, 0.95, 0.76),
    # session 25's corpora, measured untouched (README) and then tuned on
    ("heldout143", "all"): (0.93, 0.92, 0.71, 0.88, 0.81),
    ("heldout144", "all"): (0.94, 0.91, 0.62, 0.92, 0.90),
    ("heldout145", "all"): (0.95, 0.91, 0.63, 0.89, 0.85),
    ("heldout146", "all"): (0.85, 0.88, 0.67, 0.76, 0.86),
    ("heldout147", "all"): (0.96, 0.96, 0.87, 0.98, 0.95),
    # session 26's corpora, measured untouched (README) and then tuned on
    ("heldout148", "all"): (0.98, 0.97, 0.79, 0.90, 0.95),
    ("heldout149", "all"): (0.95, 0.95, 0.88, 0.93, 0.90),
    ("heldout150", "all"): (0.95, 0.96, 0.54, 0.76, 0.76),
    ("heldout151", "all"): (0.96, 0.95, 0.62, 0.82, 0.90),
    ("heldout152", "all"): (0.95, 0.96, 0.82, 0.97, 0.90),
    # session 27's corpora, measured untouched (README) and then tuned on
    ("heldout153", "all"): (0.96, 0.96, 0.95, 0.94, 0.95),
    ("heldout154", "all"): (0.94, 0.94, 0.69, 0.79, 0.76),
    ("heldout155", "all"): (0.95, 0.94, 0.61, 0.88, 0.73),
    ("heldout156", "all"): (0.93, 0.92, 0.54, 0.86, 0.85),
    ("heldout157", "all"): (0.95, 0.95, 0.86, 0.84, 0.86),
    # session 28's corpora, measured untouched (README) and then tuned on
    ("heldout158", "all"): (0.92, 0.90, 0.67, 0.88, 0.76),
    ("heldout159", "all"): (0.95, 0.91, 0.70, 0.94, 0.76),
    ("heldout160", "all"): (0.95, 0.91, 0.72, 0.86, 0.81),
    ("heldout161", "all"): (0.91, 0.91, 0.70, 0.80, 0.67),
    ("heldout162", "all"): (0.91, 0.91, 0.92, 0.94, 0.90),
    # never tuned on either (written in sessions 7-10, measured at their start and end)
    ("heldout14", "all"): (0.91, 0.88, 0.86, 0.92, 0.95),
    ("heldout15", "all"): (0.86, 0.85, 0.70, 0.80, 0.67),
    ("heldout19", "all"): (0.93, 0.90, 0.57, 0.86, 0.64),
    ("heldout26", "all"): (0.88, 0.88, 0.58, 0.82, 0.80),
    ("heldout31", "all"): (0.95, 0.94, 0.89, 0.93, 0.87),
    ("heldout32", "all"): (0.93, 0.92, 0.89, 0.84, 0.73),
    # final status fell from 0.724 to 0.690 (one application of 29) with session 11's rules;
    # held out, so not looked into
    ("heldout35", "all"): (0.90, 0.90, 0.58, 0.75, 0.70),
    ("heldout36", "all"): (0.93, 0.90, 0.90, 0.96, 0.81),
    # written in session 11, never tuned on
    ("heldout40", "all"): (0.90, 0.90, 0.74, 0.88, 0.76),
    ("heldout41", "all"): (0.92, 0.93, 0.82, 0.80, 0.75),
    # written in session 16, never tuned on
    ("heldout66", "all"): (0.94, 0.90, 0.82, 0.89, 0.78),
    ("heldout67", "all"): (0.92, 0.88, 0.75, 0.85, 0.76),
    ("heldout68", "all"): (0.87, 0.87, 0.67, 0.78, 0.67),
    ("heldout69", "all"): (0.90, 0.90, 0.84, 0.81, 0.79),
}


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("corpora")


def _built(corpora: Path, name: str) -> Path:
    """The corpus written by its own script, once per test run: each test builds its own, so
    none waits for all of them."""
    out = corpora / name
    if not out.exists():
        script = CORPORA / f"{name}.py"
        subprocess.run(
            [sys.executable, str(script), str(out)], check=True, stdout=subprocess.DEVNULL
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
    s = _scores(_built(corpora, corpus) / f"{split}.mbox", tmp_path, capsys)
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
