"""An announced contact whose day a later sentence gives ("…previsto l'incontro con la
premier Takaichi. … Venerdì 16 è previsto un incontro con la premier giapponese"): the
later sentence tells the same planned contact again, with its day. The day is the reported
contact's, and the later telling is no other contact."""

from __future__ import annotations

from readouts.extract.contacts.facts import ContactFacts


def date_from_later(reported: list[ContactFacts],
                    mentioned: list[ContactFacts]) -> list[ContactFacts]:
    """Give an undated planned lead the day of the first later mention of the same planned
    contact (its type and its parties), and drop that mention; the other mentions as they
    are."""
    lead = reported[0] if reported else None
    if lead is None or lead.status != "planned" or lead.date is not None:
        return mentioned
    for i, other in enumerate(mentioned):
        if other.status == "planned" and other.date and other.type == lead.type \
                and set(other.participants) == set(lead.participants) \
                and other.sentence > lead.sentence:
            lead.date, lead.date_precision = other.date, other.date_precision
            lead.evidence["date"] = other.evidence.get("date", "")
            return mentioned[:i] + mentioned[i + 1:]
    return mentioned
