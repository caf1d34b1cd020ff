"""What the Kafka transport needs to know, decided once at start-up (like ``Settings``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from jobtracker.pipeline.settings import build_validated

Stage = Literal["classify", "track", "dlq", "classify+track"]
# The stages apart: classify publishes to mail.classified, track consumes it.
STAGES: tuple[Stage, ...] = ("classify", "track", "dlq")
# Classify and track in one consumer of mail.raw, skipping the mail.classified round trip
# (a quarter less CPU a message). A deployment runs either it or the two stages apart, not both.
FUSED: Stage = "classify+track"
KNOWN_STAGES: tuple[Stage, ...] = (*STAGES, FUSED)
DEFAULT_STAGES: tuple[Stage, ...] = (FUSED, "dlq")


class KafkaSettings(BaseModel):
    """Where the cluster is, how topics are laid out, and how stages consume."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    bootstrap: str = Field(description="comma-separated host:port of the brokers")
    topic_prefix: str = Field(
        default="", description="put before every topic and group name (tests, tenants)"
    )
    partitions: int = Field(default=12, ge=1, le=10_000)
    replication_factor: int | None = Field(
        default=None, ge=1, description="default: 3 when the cluster has 3 brokers or more, else 1"
    )
    max_message_bytes: int = Field(
        default=64 * 1024 * 1024 + 1024 * 1024,
        ge=1024 * 1024,
        description="largest record the topics and clients accept (a message plus headers)",
    )
    # Per-batch costs (the stored-message lookup, one transaction, a commit) are spread thinner
    # over more records: 2 workers drained bench_kafka's 100,000 messages ~7 % faster at 2,000
    # than at 500. A fetch still stops at 4 MB a partition.
    batch_records: int = Field(default=2000, ge=1, le=100_000, description="records per batch")
    batch_wait_ms: int = Field(default=200, ge=0, description="how long a poll waits to fill")
    max_attempts: int = Field(
        default=3, ge=1, le=100, description="tries before a failing record is dead-lettered"
    )
    linger_ms: int = Field(default=20, ge=0, description="producer batching delay")
    session_timeout_ms: int = Field(default=10_000, ge=1000)
    heartbeat_interval_ms: int = Field(default=3_000, ge=100)
    max_poll_interval_ms: int = Field(
        default=300_000,
        ge=10_000,
        description="a batch that takes longer makes the group give its partitions away",
    )
    request_timeout_ms: int = Field(default=30_000, ge=1000)
    batch_budget_s: float = Field(
        default=10.0,
        gt=0,
        description="a batch takes no new records after this long; the rest waits for the "
        "next poll (keeps slow classification well inside the poll interval)",
    )
    publish_timeout_s: float = Field(default=30.0, gt=0, description="wait for acks this long")
    statement_timeout_s: float = Field(
        default=20.0, gt=0, description="longest store statement; a batch runs a handful"
    )
    startup_wait_s: float = Field(
        default=120.0, ge=0, description="how long a starting worker waits for the cluster"
    )
    shutdown_timeout_s: float = Field(
        default=60.0, gt=0, description="SIGTERM: how long an in-flight batch may take to finish"
    )

    @field_validator("bootstrap")
    @classmethod
    def _bootstrap_is_host_ports(cls, value: str) -> str:
        servers = [s.strip() for s in value.split(",") if s.strip()]
        if not servers or any(":" not in s for s in servers):
            raise ValueError("--kafka wants host:port[,host:port...], e.g. 127.0.0.1:9092")
        return ",".join(servers)

    @property
    def servers(self) -> list[str]:
        return self.bootstrap.split(",")

    def group_id(self, stage: Stage) -> str:
        return f"{self.topic_prefix}jobtracker.{stage}"

    @model_validator(mode="after")
    def _slow_calls_fit_the_poll_interval(self) -> KafkaSettings:
        # One batch: its records (time-boxed), a few store statements, one publish. Together
        # they must end well before the group decides this worker is gone.
        worst = self.batch_budget_s + 8 * self.statement_timeout_s + self.publish_timeout_s
        if worst * 1000 >= self.max_poll_interval_ms:
            raise ValueError(
                f"a batch may take {worst:.0f}s (batch budget + 8 statements + publish), "
                f"more than max_poll_interval_ms allows"
            )
        return self


def build_kafka_settings(**values: object) -> KafkaSettings:
    """Build Kafka settings from CLI values, turning validation errors into ConfigError."""
    return build_validated(KafkaSettings, "Kafka settings", values)
