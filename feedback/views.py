"""The readers' side: report an error, say whether a page helped, write to the operators.

Rules: POST only, without CSRF token (the forms sit in cached pages) but from the portal's own
origin, within the rate limit per client address, and through the checks of feedback.forms.
Reports are taken for live, public pages only (anything else is a 404, whatever it is); the
answer is a redirect back to the page with a thank-you, or the form again with its errors.
Nothing is written unless everything is valid, in one transaction.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit
from wagtail.models import Page

from pages import restrictions
from portal.cache import limited_status

from .forms import ContactForm, ErrorReportForm, HelpfulForm
from .models import ContactMessage, ErrorReport, HelpfulCount


def same_origin(request):
    """Whether the POST comes from a page of this host (Origin, else Referer)."""
    source = request.headers.get("Origin") or request.headers.get("Referer") or ""
    return urlsplit(source).netloc == request.get_host()


def public_page(page_id, request):
    """The live, public page `page_id`, or 404."""
    pages = restrictions.public(Page.objects.live().filter(pk=page_id), request)
    page = pages.first()
    if page is None:
        raise Http404
    return page.specific


def owner_chamber(page):
    """The chamber of the page's owner (their staff profile's), or None: every chamber's."""
    profile = getattr(page.owner, "staff_profile", None) if page.owner_id else None
    return getattr(profile, "chamber", None)


def refused(request, template, context):
    """The answer to a POST the rate limit or the origin check refused (nothing written)."""
    if not same_origin(request):
        return HttpResponseBadRequest(_("Please send this form from the portal's own page."))
    status, outage = limited_status()
    return render(request, template, {**context, "limited": True, "outage": outage}, status=status)


def refusal(request, form, template, context):
    """The answer to a POST that is not taken (rate limit, foreign origin, invalid form), or
    None: the form may be acted on."""
    if getattr(request, "limited", False) or not same_origin(request):
        return refused(request, template, context)
    if not form.is_valid():
        return render(request, template, context, status=400)
    return None


def feedback_rate(group, request):
    return settings.FEEDBACK_RATE


def guarded(view):
    limited = ratelimit(key="ip", rate=feedback_rate, method="POST", block=False)(view)
    return never_cache(csrf_exempt(require_POST(limited)))


@guarded
def report_error(request, page_id):
    page = public_page(page_id, request)
    form = ErrorReportForm(request.POST)
    context = {"page": page, "form": form}
    if (answer := refusal(request, form, "feedback/report_form.html", context)) is not None:
        return answer
    revision = form.cleaned_data["revision"]
    known = page.revisions.filter(pk=revision).exists() if revision else False
    with transaction.atomic():
        ErrorReport.objects.create(
            page=page,
            revision_id=revision if known else page.live_revision_id,
            chamber=owner_chamber(page),
            text=form.cleaned_data["text"],
            email=form.cleaned_data["email"],
            language=get_language(),
        )
    return redirect(page.url + "?feedback=reported#feedback")


@guarded
def helpful(request, page_id):
    page = public_page(page_id, request)
    form = HelpfulForm(request.POST)
    context = {"page": page, "form": form}
    if (answer := refusal(request, form, "feedback/helpful_refused.html", context)) is not None:
        return answer
    HelpfulCount.count(page, form.cleaned_data["helpful"])
    return redirect(page.url + "?feedback=thanks#feedback")


@guarded
def contact(request):
    form = ContactForm(request.POST)
    context = {"form": form}
    if (answer := refusal(request, form, "feedback/contact_form.html", context)) is not None:
        return answer
    with transaction.atomic():
        message = ContactMessage.objects.create(
            topic=form.cleaned_data["topic"],
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
            message=form.cleaned_data["message"],
            language=get_language(),
        )
        send_to_operators(message)
    back = form.cleaned_data.get("page")
    pages = restrictions.public(Page.objects.live().filter(pk=back), request) if back else None
    page = pages.first() if pages is not None else None
    return redirect((page.url if page else f"/{get_language()}/") + "?contact=sent#contact")


def send_to_operators(message):
    """The message by e-mail to the operators (through the task queue, in this transaction)."""
    EmailMessage(
        subject=f"[BQ-Portal] {message.get_topic_display()}",
        body=f"{message.message}\n\n— {message.name or '-'} <{message.email or '-'}>",
        to=settings.PORTAL_OPERATOR_EMAILS,
        reply_to=[message.email] if message.email else None,
    ).send()
