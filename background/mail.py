"""Every e-mail the portal sends goes through the task queue: a request never waits for SMTP.

`QueuedEmailBackend` is settings.EMAIL_BACKEND: Django's `send_mail`, Wagtail's workflow
notifications and everything else that sends hand their messages to it, and it enqueues one
`send_email` task per message (in the sender's transaction, with the database queue: a request
that rolls back sends nothing). The task delivers through settings.EMAIL_DELIVERY_BACKEND (SMTP
in production) and, while the server refuses or is unreachable, tries again later
(background.retries): nothing is lost, and the admin's queue shows each failed attempt.

Rules: a message travels as JSON (subject, body, addresses, headers, HTML alternatives); the
portal attaches no files to e-mails, and the backend refuses a message with attachments rather
than drop them.
"""

import smtplib

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend

from .retries import retrying_task

FIELDS = ("subject", "body", "from_email", "to", "cc", "bcc", "reply_to")


def as_json(message):
    """The message as the task's JSON argument."""
    if message.attachments:
        raise ValueError("The e-mail queue carries no attachments.")
    data = {name: getattr(message, name) for name in FIELDS}
    data["subject"], data["body"] = str(data["subject"]), str(data["body"])
    data["headers"] = {str(name): str(value) for name, value in message.extra_headers.items()}
    alternatives = getattr(message, "alternatives", [])
    data["alternatives"] = [[str(content), mimetype] for content, mimetype in alternatives]
    return data


def from_json(data):
    """The message again, as an EmailMultiAlternatives."""
    message = EmailMultiAlternatives(
        **{name: data[name] for name in FIELDS}, headers=data["headers"]
    )
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    return message


@retrying_task(retry_on=(smtplib.SMTPException, OSError))
def send_email(message):
    """Deliver one message (as_json) through settings.EMAIL_DELIVERY_BACKEND."""
    connection = get_connection(settings.EMAIL_DELIVERY_BACKEND, fail_silently=False)
    return connection.send_messages([from_json(message)])


class QueuedEmailBackend(BaseEmailBackend):
    """An e-mail backend that queues each message as a `send_email` task."""

    def send_messages(self, email_messages):
        for message in email_messages:
            send_email.enqueue(as_json(message))
        return len(email_messages)
