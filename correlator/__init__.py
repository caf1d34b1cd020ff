"""correlator: groups classified messages into applications (DESIGN.md section 6).

``Correlator.correlate(item)`` links one message and returns a ``Correlation``; company and
role normalisation live in ``names`` and ``roles``, the status state machine in ``status``.
"""

from jobtracker.pipeline.compiled import guard

guard()  # before any compiled module of this package is imported

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.names import AliasTable, add_alias, company_key, default_aliases
from jobtracker.correlator.roles import role_key, role_similarity
from jobtracker.correlator.state import Application, Correlation, LinkedMessage, stable_id
from jobtracker.correlator.status import effective_status, fold_status

__all__ = [
    "AliasTable",
    "Application",
    "Correlation",
    "Correlator",
    "LinkedMessage",
    "add_alias",
    "company_key",
    "default_aliases",
    "effective_status",
    "fold_status",
    "role_key",
    "role_similarity",
    "stable_id",
]
