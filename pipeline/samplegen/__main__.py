"""Entry point: ``python -m jobtracker.pipeline.samplegen --out PATH --count N --seed S``."""

import sys

from .cli import main

sys.exit(main())
