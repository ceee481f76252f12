"""A staff member's personal data in accounts: its export, retention and erasure (GDPR / DSGVO).

- Export: the account, its groups, the registration request, the log entries the member made
  and those about their account, their deletion requests (portal.personal_data sections; forum
  and api add theirs). Nothing of another person: log entries the member made name only the
  kind and id of the object, and the title of a page only while the member may read it
  (privacy.rules); who decided about them is left out.
- Retention: rejected and withdrawn registration requests go after PORTAL_RETENTION's periods,
  counted from the decision, with their account when it was never used (never active, never
  signed in); the audit entries about them stay, without the applicant's name or address.
- Erasure: `request_deletion` stores the member's request and e-mails the portal
  administrators; `pseudonymise` (a portal administrator, accounts.admin_views) replaces name,
  user name and e-mail address, makes the password unusable (which ends every session) and the
  account inactive, removes its groups, staff profile, registration request and avatar, and
  runs every app's registered erasure, all in one transaction. The user row stays, so
  revisions, audit entries and forum posts keep pointing at it and show the pseudonym; the
  audit entries about the account lose its former name and address. The act is audited.
"""

import logging

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log, registry
from wagtail.models import ModelLogEntry, Page, PageLogEntry
from wagtail.users.models import UserProfile

from portal import personal_data, roles
from portal.public_address import public_url
from privacy.rules import is_hidden

from . import lockout, two_factor
from . import registration as registration_mails
from .models import DeletionRequest, RegistrationRequest, StaffProfile

logger = logging.getLogger(__name__)

# Keys of audit entries' data that name or describe a person.
PERSONAL_KEYS = {"email", "reason", "name", "first_name", "last_name", "username"}


def iso(value):
    return value.isoformat() if value else None


def pseudonym(user_pk):
    return f"deleted-user-{user_pk}"


def deleted_registration(request_pk):
    return f"deleted-registration-{request_pk}"


def redact_log_entries(model, object_ids, label):
    """Audit entries about these objects keep action, time and actor, but no longer name the
    person: `label(pk)` replaces their title, and PERSONAL_KEYS leave their data."""
    entries = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(model),
        object_id__in=[str(pk) for pk in object_ids],
    )
    for entry in entries:
        entry.label = label(entry.object_id)
        entry.data = {key: value for key, value in entry.data.items() if key not in PERSONAL_KEYS}
        entry.save(update_fields=["label", "data"])


# Retention -------------------------------------------------------------------------------------


def registration_purge(status):
    """The purge of requests of `status` decided before a cutoff (portal.personal_data)."""

    def purge(cutoff):
        requests = RegistrationRequest.objects.filter(status=status, decided_at__lt=cutoff)
        pairs = list(requests.values_list("pk", "user_id"))
        request_ids = [pk for pk, _user in pairs]
        unused = get_user_model()._default_manager.filter(
            pk__in=[user for _pk, user in pairs], is_active=False, last_login__isnull=True
        )
        unused_ids = list(unused.values_list("pk", flat=True))
        redact_log_entries(RegistrationRequest, request_ids, deleted_registration)
        redact_log_entries(get_user_model(), unused_ids, pseudonym)
        unused.delete()  # and with each account its request
        RegistrationRequest.objects.filter(pk__in=request_ids).delete()
        return len(request_ids)

    return purge


# Export ----------------------------------------------------------------------------------------


def account_records(user):
    profile = UserProfile.get_for_user(user)
    staff = StaffProfile.objects.filter(user=user).select_related("chamber").first()
    return [
        {
            "username": user.get_username(),
            "first_name": user.first_name,
            "last_name": user.last_name,
            "email": user.email,
            "is_active": user.is_active,
            "date_joined": iso(user.date_joined),
            "last_login": iso(user.last_login),
            "chamber": staff.chamber.name if staff else None,
            "position": staff.position if staff else None,
            "preferred_language": profile.preferred_language,
            "time_zone": profile.current_time_zone,
            "has_avatar": bool(profile.avatar),
        }
    ]


def group_records(user):
    return [{"name": name} for name in user.groups.order_by("name").values_list("name", flat=True)]


def registration_records(user):
    return [
        {
            "created_at": iso(request.created_at),
            "status": request.status,
            "chamber": request.chamber.name,
            "position": request.position,
            "reason": request.reason,
            "decided_at": iso(request.decided_at),
            "rejection_reason": request.rejection_reason,
        }
        for request in RegistrationRequest.objects.filter(user=user).select_related("chamber")
    ]


def object_type(entry):
    return str(entry.content_type.model_class()._meta.verbose_name) if entry.content_type else ""


def readable_page_titles(user, entries):
    """{page id: title at the time} of the entries whose page exists and `user` may read."""
    pages = Page.objects.filter(pk__in={entry.page_id for entry in entries}).only("path")
    readable = {page.pk for page in pages if not is_hidden(page, user)}
    return {entry.page_id: entry.label for entry in entries if entry.page_id in readable}


def log_entries_made(user):
    """Every audit entry the user made: pages by title while the user may read them, any other
    object by kind and id only (its title may name another person or restricted content)."""
    pages = list(PageLogEntry.objects.filter(user=user).select_related("content_type"))
    titles = readable_page_titles(user, pages)
    records = [
        {
            "timestamp": iso(entry.timestamp),
            "action": str(registry.get_action_label(entry.action)),
            "object_type": str(Page._meta.verbose_name),
            "object_id": str(entry.page_id),
            "title": titles.get(entry.page_id, ""),
        }
        for entry in pages
    ]
    records += [
        {
            "timestamp": iso(entry.timestamp),
            "action": str(registry.get_action_label(entry.action)),
            "object_type": object_type(entry),
            "object_id": entry.object_id,
            "title": "",
        }
        for entry in ModelLogEntry.objects.filter(user=user).select_related("content_type")
    ]
    return sorted(records, key=lambda record: record["timestamp"], reverse=True)


def log_entries_about(user):
    """The audit entries about the user's account and registration request, without who made
    them (another person)."""
    requests = RegistrationRequest.objects.filter(user=user).values_list("pk", flat=True)
    entries = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(get_user_model()),
        object_id=str(user.pk),
    ) | ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(RegistrationRequest),
        object_id__in=[str(pk) for pk in requests],
    )
    return [
        {
            "timestamp": iso(entry.timestamp),
            "action": str(registry.get_action_label(entry.action)),
            "object_type": object_type(entry),
            "data": entry.data,
        }
        for entry in entries.select_related("content_type").order_by("-timestamp")
    ]


def deletion_request_records(user):
    return [
        {"requested_at": iso(request.created_at), "carried_out_at": iso(request.executed_at)}
        for request in DeletionRequest.objects.filter(user=user)
    ]


SECTIONS = [
    personal_data.Section(
        key="account",
        title=_("Account"),
        order=10,
        collect=account_records,
        fields={
            "username": _("User name"),
            "first_name": _("First name"),
            "last_name": _("Last name"),
            "email": _("E-mail address"),
            "is_active": _("Active"),
            "date_joined": _("Account created"),
            "last_login": _("Last login"),
            "chamber": _("Chamber"),
            "position": _("Position"),
            "preferred_language": _("Preferred language"),
            "time_zone": _("Time zone"),
            "has_avatar": _("Profile picture"),
        },
    ),
    personal_data.Section(
        key="groups", title=_("Groups"), order=20, collect=group_records, fields={"name": _("Name")}
    ),
    personal_data.Section(
        key="registration",
        title=_("Registration request"),
        order=30,
        collect=registration_records,
        fields={
            "created_at": _("Received"),
            "status": _("Status"),
            "chamber": _("Chamber"),
            "position": _("Position"),
            "reason": _("Reason"),
            "decided_at": _("Decided at"),
            "rejection_reason": _("Reason for rejection"),
        },
    ),
    personal_data.Section(
        key="log_entries_made",
        title=_("Your actions in the audit log"),
        order=60,
        collect=log_entries_made,
        fields={
            "timestamp": _("Time"),
            "action": _("Action"),
            "object_type": _("Type"),
            "object_id": _("ID"),
            "title": _("Title"),
        },
    ),
    personal_data.Section(
        key="log_entries_about_you",
        title=_("Audit log entries about your account"),
        order=70,
        collect=log_entries_about,
        fields={
            "timestamp": _("Time"),
            "action": _("Action"),
            "object_type": _("Type"),
            "data": _("Details"),
        },
    ),
    personal_data.Section(
        key="deletion_requests",
        title=_("Deletion requests"),
        order=80,
        collect=deletion_request_records,
        fields={"requested_at": _("Requested at"), "carried_out_at": _("Carried out at")},
    ),
]


def register():
    """accounts' parts of the registry (AccountsConfig.ready)."""
    personal_data.register_retention(
        "registrations_rejected", registration_purge(RegistrationRequest.Status.REJECTED)
    )
    personal_data.register_retention(
        "registrations_withdrawn", registration_purge(RegistrationRequest.Status.WITHDRAWN)
    )
    personal_data.register_retention("sign_in_attempts", lockout.purge_attempts)
    personal_data.register_erasure("sign_in_attempts", lockout.erase_attempts)
    personal_data.register_erasure("two_factor_devices", two_factor.erase_devices)
    for section in SECTIONS:
        personal_data.register_export(section)


def export(user):
    """{section key: records} of every registered section: the JSON download."""
    return {section.key: section.collect(user) for section in personal_data.sections()}


# Deletion --------------------------------------------------------------------------------------


def open_deletion_request(user):
    return DeletionRequest.objects.filter(user=user, executed_at__isnull=True).first()


def request_deletion(user):
    """Store the user's request (one open request at a time) and tell the portal
    administrators once it is committed; returns (request, whether it is new)."""
    try:
        with transaction.atomic():
            request = DeletionRequest.objects.create(user=user)
            log(user, "accounts.personal_data.request_deletion", user=user)
    except IntegrityError:  # an open request exists (a second click or another tab)
        return open_deletion_request(user), False
    transaction.on_commit(lambda: notify_administrators(user))
    return request, True


def notify_administrators(user):
    """E-mail every active portal administrator (queued: background.mail)."""
    recipients = list(
        get_user_model()
        ._default_manager.filter(groups__name=roles.PORTAL_ADMINISTRATORS, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    if not recipients:
        logger.warning("A deletion request of account %s: no portal administrator to tell", user.pk)
        return
    context = registration_mails.mail_context(
        user,
        erase_url=public_url(reverse("staff_accounts:erase", args=[user.pk])),
    )
    for recipient in recipients:
        registration_mails.send_bilingual_mail(
            "accounts/emails/deletion_requested", context, recipient
        )


def pseudonymise(account, by):
    """Erase the account's personal data, keeping the row that content and audit point at."""
    user_model = get_user_model()
    with transaction.atomic():
        account = user_model._default_manager.select_for_update().get(pk=account.pk)
        for erase in personal_data.erasures():  # first: some find their data by name or address
            erase(account)
        account.username = pseudonym(account.pk)
        account.first_name = account.last_name = account.email = ""
        account.is_active = False
        account.set_unusable_password()
        account.save()
        account.groups.clear()
        StaffProfile.objects.filter(user=account).delete()
        requests = list(
            RegistrationRequest.objects.filter(user=account).values_list("pk", flat=True)
        )
        redact_log_entries(RegistrationRequest, requests, deleted_registration)
        RegistrationRequest.objects.filter(pk__in=requests).delete()
        redact_log_entries(user_model, [account.pk], pseudonym)
        remove_avatar(account)
        Page.objects.filter(locked_by=account).update(locked=False, locked_by=None, locked_at=None)
        DeletionRequest.objects.filter(user=account, executed_at__isnull=True).update(
            executed_at=timezone.now(), executed_by=by
        )
        log(account, "accounts.personal_data.erase", user=by)
    return account


def remove_avatar(account):
    """The profile picture leaves the profile now and the storage once the erasure commits."""
    profile = UserProfile.objects.filter(user=account).first()
    if profile is None or not profile.avatar:
        return
    storage, name = profile.avatar.storage, profile.avatar.name
    profile.avatar = None
    profile.save(update_fields=["avatar"])
    transaction.on_commit(lambda: storage.delete(name))
