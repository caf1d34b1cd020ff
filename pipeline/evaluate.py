"""Scoring an import against truth labels: the figures issue #3 is judged by.

Truth comes from the sample generator (``<mbox>.truth.jsonl``, one line per message with
``message_id``, ``category``, ``company``, ``role``, ``application`` and ``status_after``);
predictions are the rows of ``jobtracker export``. Messages are joined on the RFC Message-ID.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from math import comb
from typing import Any

from rapidfuzz import fuzz

from jobtracker.correlator.names import company_key
from jobtracker.pipeline.vocabulary import APPLICATION_CATEGORIES

_APPLICATION = {c.value for c in APPLICATION_CATEGORIES}
# What a tracker shows for an application whose last word was mail of this status.
_FINAL = {"ghosted": "applied", "interested": "applied"}


@dataclass(kw_only=True, slots=True)
class Scores:
    messages: int = 0
    matched: int = 0
    application_precision: float = 0.0
    application_recall: float = 0.0
    application_f1: float = 0.0
    category_accuracy: float = 0.0
    per_category: dict[str, float] = field(default_factory=dict)
    employer_accuracy: float = 0.0
    role_accuracy: float = 0.0
    grouping_precision: float = 0.0
    grouping_recall: float = 0.0
    grouping_f1: float = 0.0
    final_status_accuracy: float = 0.0
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}  # type: ignore[attr-defined]


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _ratio(hits: int, total: int) -> float:
    return round(hits / total, 4) if total else 1.0


def _same_company(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return not a and not b
    ka, kb = company_key(a), company_key(b)
    if ka == kb or fuzz.ratio(ka, kb) >= 90:
        return True
    # A short form the mail itself uses ("Brown" for "Brown Biosciences Inc.") counts.
    short, long = sorted((ka.split(), kb.split()), key=len)
    return bool(short) and len(short[0]) >= 4 and long[: len(short)] == short


def _same_role(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return not a and not b
    return fuzz.token_set_ratio(a.casefold(), b.casefold()) >= 85


def _pairs(groups: Iterable[int]) -> int:
    return sum(comb(n, 2) for n in groups)


def score(
    truth: Iterable[Mapping[str, Any]],
    predicted_messages: Iterable[Mapping[str, Any]],
    predicted_applications: Iterable[Mapping[str, Any]],
) -> Scores:
    pred = {row["message_id"]: row for row in predicted_messages}
    app_status = {row["application_id"]: row["status"] for row in predicted_applications}
    s = Scores()
    tp = fp = fn = correct = 0
    per_total: Counter[str] = Counter()
    per_hit: Counter[str] = Counter()
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    employer_hits = employer_total = role_hits = role_total = 0
    true_groups: dict[str, list[str | None]] = defaultdict(list)
    last_status: dict[str, str] = {}
    for t in truth:
        s.messages += 1
        p = pred.get(t["message_id"])
        if p is None:
            continue
        s.matched += 1
        true_cat, pred_cat = t["category"], p["category"]
        per_total[true_cat] += 1
        confusion[true_cat][pred_cat] += 1
        if true_cat == pred_cat:
            correct += 1
            per_hit[true_cat] += 1
        true_app, pred_app = true_cat in _APPLICATION, pred_cat in _APPLICATION
        tp += true_app and pred_app
        fp += pred_app and not true_app
        fn += true_app and not pred_app
        if true_app:
            employer_total += 1
            employer_hits += _same_company(t.get("company"), p.get("company"))
            if t.get("role"):
                role_total += 1
                role_hits += _same_role(t["role"], p.get("role"))
        if t.get("application"):
            true_groups[t["application"]].append(p.get("application_id") or None)
            if t.get("status_after"):
                last_status[t["application"]] = t["status_after"]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    s.application_precision, s.application_recall = round(precision, 4), round(recall, 4)
    s.application_f1 = round(_f1(precision, recall), 4)
    s.category_accuracy = _ratio(correct, s.matched)
    s.per_category = {c: _ratio(per_hit[c], n) for c, n in sorted(per_total.items())}
    s.confusion = {c: dict(row) for c, row in sorted(confusion.items())}
    s.employer_accuracy = _ratio(employer_hits, employer_total)
    s.role_accuracy = _ratio(role_hits, role_total)
    _score_grouping(s, true_groups, last_status, app_status)
    return s


def _score_grouping(
    s: Scores,
    true_groups: dict[str, list[str | None]],
    last_status: dict[str, str],
    app_status: dict[str, str],
) -> None:
    """Pairwise F1 over messages of true applications, and final status by majority match."""
    contingency: Counter[tuple[str, str]] = Counter()
    predicted_sizes: Counter[str] = Counter()
    for true_app, members in true_groups.items():
        for pred_app in members:
            if pred_app:
                contingency[(true_app, pred_app)] += 1
                predicted_sizes[pred_app] += 1
    both = _pairs(contingency.values())
    true_pairs = _pairs(len(m) for m in true_groups.values())
    pred_pairs = _pairs(predicted_sizes.values())
    gp = both / pred_pairs if pred_pairs else 1.0
    gr = both / true_pairs if true_pairs else 1.0
    s.grouping_precision, s.grouping_recall = round(gp, 4), round(gr, 4)
    s.grouping_f1 = round(_f1(gp, gr), 4)
    hits = 0
    for true_app, members in true_groups.items():
        votes = Counter(m for m in members if m)
        if not votes:
            continue
        best, _ = votes.most_common(1)[0]
        want = last_status.get(true_app, "applied")
        got = app_status.get(best, "")
        hits += _FINAL.get(want, want) == _FINAL.get(got, got)
    s.final_status_accuracy = _ratio(hits, len(true_groups))
