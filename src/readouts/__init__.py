"""readouts: compare governments' official accounts of leaders' calls and meetings."""

__version__ = "0.1.0"
