"""Allow `python -m mingjing`."""

from mingjing.cli import main

main()
