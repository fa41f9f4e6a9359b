"""Entry point for scheduled re-ingests: ``python ingest/run.py`` is ``guidebot ingest``."""

import sys

from guidebot.cli import main

if __name__ == "__main__":
    sys.argv = ["guidebot", "ingest", *sys.argv[1:]]
    main()
