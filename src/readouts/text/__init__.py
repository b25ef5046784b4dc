"""Text utilities: language identification and sentence splitting."""
