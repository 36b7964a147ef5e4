"""`python -m extractors analyze|batch`, the documented command line; it runs through the application service, so
its code lives in service/cli.py and this entry point, the top layer like app.py, only starts it."""
import sys

from service.cli import main

if __name__ == "__main__":
    sys.exit(main())
