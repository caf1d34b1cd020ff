"""The Kafka transport: the stage handlers of ``pipeline/stages.py`` as consumer groups.

::

    jobtracker import --transport kafka ──► mail.raw.v1 ──► classify ──► mail.classified.v1
                                               (key = user_id)   │              │
                                                                 ▼              ▼
                                     mail.dlq.v1 ◄── dead letters ──── track ──► store (PostgreSQL)
                                          │                              │
                                          ▼                              ▼
                                    dlq sink ──► store.dlq         tracker.events.v1

By default classify and track run as one stage, ``classify+track``, on ``mail.raw``: the
classified mail goes to the track handler in memory and ``mail.classified`` stays empty.

- ``config``: the Kafka settings (built at the entry point, like ``Settings``).
- ``topics``: topic names and their creation; ``codec``: records <-> contracts.
- ``publisher``: a mailbox onto ``mail.raw`` (``jobtracker import --transport kafka``).
- ``processors``: what each stage does with one batch of records, transport-free.
- ``batches``: attempts, poison isolation and the dead-lettering of what keeps failing;
  ``attempts``: the same for a record that kills the worker, counted in the group's offsets.
- ``consumer``: one stage as a FastStream batch subscriber with manual commits and rebalance
  handling; ``worker``: the process that runs the chosen stages (``jobtracker worker``).
- ``lag``: consumer lag per stage, for tests, benchmarks and operators.
"""
