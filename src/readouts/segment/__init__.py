"""segment stage: documents -> the accounts they hold, with source, side, kind and turns."""

from readouts.segment.accounts import AccountDraft, split_accounts
from readouts.segment.turns import Turn, find_turns

__all__ = ["AccountDraft", "Turn", "find_turns", "split_accounts"]
