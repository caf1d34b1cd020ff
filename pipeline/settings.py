"""The one frozen settings object, built at entry points and passed down."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, TypeVar

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, field_validator

from jobtracker.pipeline.errors import ConfigError


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir("jobtracker")) / "jobtracker.duckdb"


class Settings(BaseModel):
    """Everything a jobtracker process needs to know, decided once at start-up."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    db: str = Field(default_factory=lambda: str(default_db_path()))
    transport: Literal["inline", "kafka"] = "inline"
    review_threshold: float = Field(default=0.6, ge=0.0, le=1.0)
    # 500 messages a batch keeps writes batched (DuckDB's cost is per statement) while the
    # batches in flight between stages stay a few MB each.
    batch_size: int = Field(default=500, ge=1, le=100_000)
    queue_depth: int = Field(default=2, ge=1, le=1000, description="batches in flight per stage")
    duckdb_memory_mb: int = Field(
        default=64, ge=16, description="DuckDB's buffer memory limit (its indexes come on top)"
    )
    keep_raw: bool = False
    max_message_bytes: int = Field(default=64 * 1024 * 1024, ge=1024)
    new_application_gap_days: int = Field(default=120, ge=1)
    ghosted_after_days: int = Field(default=30, ge=1)
    api_host: str = "127.0.0.1"
    api_port: int = Field(default=8765, ge=0, le=65535)

    @field_validator("db")
    @classmethod
    def _db_is_path_or_url(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("--db must be a DuckDB file path or a postgresql:// URL")
        return value

    @property
    def is_postgres(self) -> bool:
        return self.db.startswith(("postgresql://", "postgresql+psycopg://", "postgres://"))


def build_settings(**values: object) -> Settings:
    """Build settings from CLI / environment values, turning validation errors into ConfigError."""
    return build_validated(Settings, "settings", values)


M = TypeVar("M", bound=BaseModel)


def build_validated(model: type[M], what: str, values: dict[str, object]) -> M:
    """``model(**values)`` without the None values (options not given), or a ConfigError that
    names every field that is wrong ("invalid settings: batch_size: ...")."""
    from pydantic import ValidationError

    clean = {k: v for k, v in values.items() if v is not None}
    try:
        return model(**clean)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise ConfigError(f"invalid {what}: {problems}") from exc
