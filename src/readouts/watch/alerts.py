"""Delivering raised alerts to the configured channels: the terminal, a JSON-lines file, a
webhook (POST, through the safe fetcher) and e-mail (SMTP).

Each alert remembers the channels that took it, so a channel that fails (the mail server
down) is retried on the next cycle without the others receiving it twice.
"""

from __future__ import annotations

import json
import logging
import os
import smtplib
from collections.abc import Callable
from email.message import EmailMessage

from readouts.errors import InputError
from readouts.ingest.fetch import fetch
from readouts.watch.config import Alerts
from readouts.watch.state import WatchState

log = logging.getLogger("readouts.watch")
_HEADLINES = {
    "new": "new contact",
    "both": "both sides' accounts in, comparison made",
    "missing": "still no account from {missing}",
}


def headline(payload: dict) -> str:
    """One line a person reads: what happened, to which contact."""
    what = _HEADLINES.get(payload["kind"], payload["kind"]).format(**payload)
    who = ", ".join(payload.get("participants") or [])
    sides = "+".join(payload.get("sides") or []) or "no side yet"
    return (f"[{'-'.join(payload['pair'])}] {what}: {payload['type']} {payload.get('date') or ''} "
            f"{who} (accounts from {sides}) {payload['event']}").replace("  ", " ")


class Deliverer:
    def __init__(self, config: Alerts, state: WatchState, allow_private: bool,
                 terminal: Callable[[str], None] = print) -> None:
        self.config = config
        self.state = state
        self.allow_private = allow_private
        self.terminal = terminal
        self.channels: dict[str, Callable[[dict], None]] = {}
        if config.terminal:
            self.channels["terminal"] = lambda p: self.terminal(headline(p))
        if config.jsonl:
            self.channels["jsonl"] = self._jsonl
        if config.webhook:
            self.channels["webhook"] = self._webhook
        if config.email:
            self.channels["email"] = self._email

    def _jsonl(self, payload: dict) -> None:
        path = self.config.jsonl
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(payload, ensure_ascii=False) + "\n")

    def _webhook(self, payload: dict) -> None:
        assert self.config.webhook is not None
        fetch(self.config.webhook, 1_000_000, self.allow_private, method="POST",
              headers={"Content-Type": "application/json"},
              content=json.dumps(payload, ensure_ascii=False).encode())

    def _email(self, payload: dict) -> None:
        mail = self.config.email
        assert mail is not None
        message = EmailMessage()
        message["Subject"] = "readouts: " + headline(payload)
        message["From"] = mail.sender
        message["To"] = ", ".join(mail.to)
        message.set_content(json.dumps(payload, ensure_ascii=False, indent=2))
        with smtplib.SMTP(mail.host, mail.port, timeout=30) as smtp:
            if mail.starttls:
                smtp.starttls()
            if mail.username:
                smtp.login(mail.username, os.environ.get(mail.password_env or "", ""))
            smtp.send_message(message)

    def deliver_pending(self) -> int:
        """Send every alert not yet taken by all channels; return how many were completed."""
        completed = 0
        for alert in self.state.pending_alerts():
            done = list(alert.delivered)
            for name, send in self.channels.items():
                if name in done:
                    continue
                try:
                    send(alert.payload)
                    done.append(name)
                except (OSError, smtplib.SMTPException, InputError) as exc:
                    log.warning("alert %s: the %s channel failed (%s); retrying next cycle",
                                alert.key, name, exc)
            finished = all(name in done for name in self.channels)
            self.state.mark_delivered(alert.key, done, finished)
            completed += finished
        return completed
