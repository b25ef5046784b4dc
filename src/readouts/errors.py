"""Errors that reach the user as one clear line (the CLI prints them and exits 2)."""


class InputError(Exception):
    """An input that cannot be read or analysed: missing, empty, binary, too big, unsupported."""
