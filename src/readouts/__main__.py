"""``python -m readouts``: the same as the ``readouts`` command."""

from readouts.cli import main

main()
