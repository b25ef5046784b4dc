"""The extract stage, grouped by job: time, people, figures, contacts, tags."""
