"""Tasks that try again later when a service they need is away (SMTP, for one).

`retrying_task(retry_on=...)` makes a django-tasks task of a module-level function. When the
function raises one of `retry_on`, the same call is enqueued again, to run after the next delay of
settings.BACKGROUND_RETRY_DELAYS (seconds), and the failed attempt is recorded as failed, with its
error, where the admin's queue shows it; the last attempt's failure stays failed. Every other
error fails the task at once: retrying a bug only repeats it. The attempt travels as the keyword
argument `attempt` (1 for the first), so each row of the queue says which attempt it is.

A backend that cannot run a task later (django-tasks' immediate backend of `make run` and the
tests) gets no retry: the failure is logged and recorded there and then.
"""

import functools
import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)


def next_delay(attempt):
    """Seconds to wait before attempt `attempt + 1`, or None when `attempt` was the last."""
    delays = settings.BACKGROUND_RETRY_DELAYS
    return delays[attempt - 1] if attempt <= len(delays) else None


def retrying_task(*, retry_on, **task_options):
    """A django-tasks task of the decorated function, enqueued again on `retry_on` errors."""

    def decorate(function):
        @functools.wraps(function)
        def attempt_call(*args, attempt=1, **kwargs):
            try:
                return function(*args, **kwargs)
            except retry_on as error:
                delay = next_delay(attempt)
                if delay is None or not the_task.get_backend().supports_defer:
                    logger.error("%s failed for good (attempt %s): %s", name, attempt, error)
                    raise
                run_after = timezone.now() + timedelta(seconds=delay)
                the_task.using(run_after=run_after).enqueue(*args, attempt=attempt + 1, **kwargs)
                logger.warning(
                    "%s failed (attempt %s), tried again after %s s: %s",
                    name,
                    attempt,
                    delay,
                    error,
                )
                raise

        name = f"{function.__module__}.{function.__qualname__}"
        the_task = task(**task_options)(attempt_call)
        return the_task

    return decorate
