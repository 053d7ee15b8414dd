"""`python -m recordgen` runs the command line."""

from recordgen.cli import main

main(prog_name="recordgen")
