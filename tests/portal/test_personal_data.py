"""Retention: `manage.py purge_personal_data` deletes exactly what is older than each period of
PORTAL_RETENTION, reports it, and refuses to run with periods that do not fit the registry."""

import datetime
import io

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from accounts.models import RegistrationRequest
from api.models import ApiCallLog
from portal import personal_data
from portal.settings import base as base_settings
from tests.factories.api import ApiCallLogFactory
from tests.factories.moderation import user_with
from tests.factories.pages import ChamberFactory

User = get_user_model()
DAY = datetime.timedelta(days=1)
DECISIONS = {
    "approved": "moderation.registration.approve",
    "rejected": "moderation.registration.reject",
    "withdrawn": "moderation.registration.withdraw",
}
PERIODS = {
    "registrations_rejected": 180,
    "registrations_withdrawn": 30,
    "api_calls": 90,
    "sign_in_attempts": 30,
    "feedback_addresses": 90,
}


@pytest.fixture(autouse=True)
def periods(settings):
    settings.PORTAL_RETENTION = PERIODS


def registration(status, age_days, email, **user_fields):
    """A request of `status` decided (or, pending, received) `age_days` ago."""
    user_fields.setdefault("is_active", False)
    user = user_with(email=email, username=email, last_name=email.split("@")[0], **user_fields)
    request = RegistrationRequest.objects.create(
        user=user,
        chamber=ChamberFactory(),
        position="Sachbearbeitung",
        reason="Profile",
        status=status,
    )
    when = timezone.now() - age_days * DAY
    RegistrationRequest.objects.filter(pk=request.pk).update(
        created_at=when - DAY, decided_at=None if status == "pending" else when
    )
    if status in DECISIONS:
        log(request, DECISIONS[status], data={"email": email, "reason": "Nein"})
    return request


def sign_in_attempt(model, age_days, **fields):
    """A failed sign-in that django-axes recorded `age_days` ago."""
    attempt = model.objects.create(
        username=f"erika-{age_days}",
        ip_address="192.0.2.1",
        user_agent="",
        http_accept="",
        path_info="/admin/login/",
        **fields,
    )
    model.objects.filter(pk=attempt.pk).update(attempt_time=timezone.now() - age_days * DAY)


def purge():
    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    return out.getvalue()


def test_each_kind_goes_after_its_own_period_and_nothing_else(db):
    old_rejected = registration("rejected", 181, "alt-abgelehnt@example.org")
    registration("rejected", 179, "neu-abgelehnt@example.org")
    old_withdrawn = registration("withdrawn", 31, "alt-zurueck@example.org")
    registration("withdrawn", 29, "neu-zurueck@example.org")
    registration("pending", 400, "wartet@example.org")
    registration("approved", 400, "angenommen@example.org", is_active=True)
    now = timezone.now()
    old_call = ApiCallLogFactory(timestamp=now - 91 * DAY)
    recent_call = ApiCallLogFactory(timestamp=now - 89 * DAY)
    sign_in_attempt(AccessAttempt, 31, get_data="", post_data="", failures_since_start=5)
    sign_in_attempt(AccessFailureLog, 31)
    sign_in_attempt(AccessFailureLog, 29)

    output = purge()

    assert output.splitlines() == [
        "api_calls: 1 deleted (older than 90 days)",
        "feedback_addresses: 0 deleted (older than 90 days)",
        "registrations_rejected: 1 deleted (older than 180 days)",
        "registrations_withdrawn: 1 deleted (older than 30 days)",
        "sign_in_attempts: 2 deleted (older than 30 days)",
    ]
    assert sorted(RegistrationRequest.objects.values_list("user__email", flat=True)) == [
        "angenommen@example.org",
        "neu-abgelehnt@example.org",
        "neu-zurueck@example.org",
        "wartet@example.org",
    ]
    # The never-used accounts went with their requests; nobody else's did.
    assert not User.objects.filter(pk__in=[old_rejected.user_id, old_withdrawn.user_id]).exists()
    assert User.objects.count() == 4
    assert list(ApiCallLog.objects.all()) == [recent_call]
    assert not ApiCallLog.objects.filter(pk=old_call.pk).exists()
    assert list(AccessFailureLog.objects.values_list("username", flat=True)) == ["erika-29"]
    assert not AccessAttempt.objects.exists()
    assert purge().count(": 0 deleted") == 5  # a second run finds nothing more


def test_the_audit_entries_of_purged_requests_stay_without_the_person(db):
    request = registration("rejected", 200, "weg@example.org")
    entry = ModelLogEntry.objects.get(object_id=str(request.pk))
    assert "weg@example.org" in entry.label  # the request's title names the applicant
    purge()
    entry.refresh_from_db()
    assert entry.label == f"deleted-registration-{request.pk}"
    assert entry.data == {}


def test_a_request_whose_account_was_used_goes_and_the_account_stays(db):
    request = registration("rejected", 200, "aktiv@example.org", is_active=True)
    purge()
    assert not RegistrationRequest.objects.filter(pk=request.pk).exists()
    assert User.objects.filter(pk=request.user_id, email="aktiv@example.org").exists()


@pytest.mark.parametrize(
    "retention",
    [
        {"registrations_rejected": 180, "registrations_withdrawn": 30},
        {**PERIODS, "no_such_kind": 30},
        {**PERIODS, "api_calls": 0},
    ],
)
def test_periods_that_do_not_fit_the_registry_stop_it_before_anything_goes(db, settings, retention):
    registration("rejected", 400, "bleibt@example.org")
    ApiCallLogFactory(timestamp=timezone.now() - 400 * DAY)
    settings.PORTAL_RETENTION = retention
    with pytest.raises(CommandError, match="PORTAL_RETENTION"):
        purge()
    assert RegistrationRequest.objects.count() == 1
    assert ApiCallLog.objects.count() == 1


def test_the_settings_give_every_registered_kind_a_period():
    assert set(base_settings.PORTAL_RETENTION) == set(PERIODS)
    assert set(personal_data.retention_periods()) == set(PERIODS)
