"""MIME normalisation: raw message bytes to a :class:`NormalizedMessage`."""

from jobtracker.connectors.mime.normalize import DEFAULT_MAX_MESSAGE_BYTES, Draft, normalize, skim

__all__ = ["DEFAULT_MAX_MESSAGE_BYTES", "Draft", "normalize", "skim"]
