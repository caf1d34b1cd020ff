"""``python -m jobtracker.pipeline.cli`` runs the CLI, as the ``jobtracker`` script does."""

from jobtracker.pipeline.cli import main

main()
