"""A group's ATS writes its registered name; its own recruiter signs with the bare brand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import TrackStage
from jobtracker.pipeline.vocabulary import Category as C
from jobtracker.pipeline.vocabulary import Source


def _rows(tmp_path: Path, items: list[Any]) -> list[dict[str, Any]]:
    stage = TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")))
    return list(stage.track_batch(items).by_table["classifications"])


def test_the_recruiters_bare_brand_names_the_application(mail, tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        [
            mail(
                C.CONFIRMATION,
                company="Grupo Serrado Construções",
                role="Diretor de Obra",
                source=Source.OTHER,
                sent="2025-09-15",
            ),
            mail(
                C.INTERVIEW,
                company="Serrado",
                role="Diretor de Obra",
                source=Source.DIRECT,
                sent="2025-09-29",
                sender="rita.lopes@gruposerrado.example",
            ),
        ],
    )
    assert rows[0]["application_id"] == rows[1]["application_id"] is not None
    assert rows[1]["company"] == "Serrado"
