"""Contacts: the contact an account reports (type, parties, initiator, place) and every
earlier or planned contact it mentions."""
