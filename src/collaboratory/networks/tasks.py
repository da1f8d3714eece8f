"""Background work of networks. Thin: a service out."""

from __future__ import annotations

from datetime import timedelta

from django_tasks import task

from collaboratory.networks.mail import mail_retries_send
from collaboratory.periodic.registry import periodic


@periodic(every=timedelta(minutes=5))
@task()
def mail_retries_send_due() -> int:
    """Emails the mail server did not take, handed over again once their wait is over."""
    return mail_retries_send()
