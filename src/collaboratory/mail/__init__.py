"""Outgoing email: every message leaves through `mail.services.mail_send`."""
