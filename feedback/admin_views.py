"""The admin's side: error reports as tasks of the page's chamber, contact messages for the
operators; each closed (resolved or dismissed) with a note, which answers the reader by e-mail
when they left an address.

Who sees what: chamber editors and reviewers the reports on their own chamber's pages and those
of no chamber; competent editors and portal administrators every report; contact messages the
portal administrators only. Everyone else gets 403, whatever they ask for.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Count, Q, Sum
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.paginator import WagtailPaginator

from moderation.permissions import is_portal_administrator
from portal import roles
from privacy.rules import groups_of

from .models import ContactMessage, ErrorReport, HelpfulCount, Status

ALL_REPORTS = {roles.COMPETENT_EDITORS, roles.PORTAL_ADMINISTRATORS}
OWN_REPORTS = {roles.CHAMBER_EDITORS, roles.REVIEWERS}
PER_PAGE = 50


def role_names(user):
    return {group.name for group in groups_of(user)}


def may_handle_reports(user):
    return user.is_active and (
        user.is_superuser or bool(role_names(user) & (ALL_REPORTS | OWN_REPORTS))
    )


def reports_for(user):
    """The error reports `user` handles (none for anyone else)."""
    if not may_handle_reports(user):
        return ErrorReport.objects.none()
    if user.is_superuser or role_names(user) & ALL_REPORTS:
        return ErrorReport.objects.all()
    chamber = getattr(getattr(user, "staff_profile", None), "chamber", None)
    return ErrorReport.objects.filter(Q(chamber__isnull=True) | Q(chamber=chamber))


def may_read_messages(user):
    return is_portal_administrator(user)


class CloseForm(forms.Form):
    """Resolve or dismiss, with a note."""

    status = forms.ChoiceField(
        choices=[
            (Status.RESOLVED, Status.RESOLVED.label),
            (Status.DISMISSED, Status.DISMISSED.label),
        ]
    )
    note = forms.CharField(
        label=gettext_lazy("Note"),
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=gettext_lazy("Sent to the reader as the answer when they left an address."),
    )


def page_counts(page_ids):
    """Per page: open and all reports, and helpful yes and no votes."""
    reports = (
        ErrorReport.objects.filter(page_id__in=page_ids)
        .values("page_id")
        .annotate(open=Count("pk", filter=Q(status=Status.OPEN)), total=Count("pk"))
    )
    votes = (
        HelpfulCount.objects.filter(page_id__in=page_ids)
        .values("page_id")
        .annotate(yes=Sum("yes"), no=Sum("no"))
    )
    counts = {page_id: {"open": 0, "total": 0, "yes": 0, "no": 0} for page_id in page_ids}
    for row in (*reports, *votes):
        counts[row.pop("page_id")].update(row)
    return counts


def listing(request, queryset, template, extra):
    status = request.GET.get("status", Status.OPEN)
    if status in Status.values:
        queryset = queryset.filter(status=status)
    page = WagtailPaginator(queryset, PER_PAGE).get_page(request.GET.get("p"))
    context = {
        "items": page,
        "status": status,
        "statuses": Status.choices,
        "close_form": CloseForm(),
        **extra(page),
    }
    return TemplateResponse(request, template, context)


def error_reports(request):
    if not may_handle_reports(request.user):
        raise PermissionDenied
    queryset = reports_for(request.user).select_related("page", "chamber", "closed_by")

    def extra(page):
        counts = page_counts({report.page_id for report in page})
        for report in page:
            report.counts = counts[report.page_id]
        return {}

    return listing(request, queryset, "feedback/admin/error_reports.html", extra)


def contact_messages(request):
    if not may_read_messages(request.user):
        raise PermissionDenied
    queryset = ContactMessage.objects.select_related("closed_by")
    return listing(request, queryset, "feedback/admin/contact_messages.html", lambda page: {})


def answer(item, note):
    """The note to the reader in the language they wrote in, if they left an address (through
    the task queue)."""
    if not item.email:
        return
    with translation.override(item.language):
        EmailMessage(
            subject=_("Your message to the BQ-Portal"),
            body=_("Thank you for writing to us. Our answer:\n\n%(note)s") % {"note": note},
            to=[item.email],
        ).send()


def close(request, item, back):
    form = CloseForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose resolved or dismissed and write a note."))
        return redirect(back)
    with transaction.atomic():
        item.close(form.cleaned_data["status"], form.cleaned_data["note"], request.user)
        answer(item, form.cleaned_data["note"])
    messages.success(request, _("Closed: %(status)s.") % {"status": item.get_status_display()})
    return redirect(back)


@require_POST
def close_report(request, pk):
    report = get_object_or_404(reports_for(request.user), pk=pk, status=Status.OPEN)
    return close(request, report, reverse("feedback_error_reports"))


@require_POST
def close_message(request, pk):
    if not may_read_messages(request.user):
        raise PermissionDenied
    message = get_object_or_404(ContactMessage, pk=pk, status=Status.OPEN)
    return close(request, message, reverse("feedback_contact_messages"))
