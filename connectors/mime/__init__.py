"""MIME normalisation: raw message bytes to a :class:`NormalizedMessage`."""

from jobtracker.pipeline.compiled import guard

guard()  # before any compiled module of this package is imported

from jobtracker.connectors.mime.normalize import DEFAULT_MAX_MESSAGE_BYTES, Draft, normalize, skim

__all__ = ["DEFAULT_MAX_MESSAGE_BYTES", "Draft", "normalize", "skim"]
