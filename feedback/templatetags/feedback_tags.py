"""The feedback forms inside pages: below each profile, and the contact form block.

They are the same for every reader (the signed time they were shown aside), so a page that
holds them stays in the page cache; the thank-you after sending is read from the address
(`?feedback=…`, `?contact=sent`), which the page cache does not store.
"""

from django import template

from ..forms import ContactForm, ErrorReportForm, HelpfulForm, shown_now
from ..models import Topic

register = template.Library()


@register.inclusion_tag("feedback/includes/page_feedback.html", takes_context=True)
def page_feedback(context, page):
    request = context.get("request")
    shown = shown_now()
    return {
        "page": page,
        "request": request,
        "report_form": ErrorReportForm(
            initial={"shown": shown, "revision": page.live_revision_id}, auto_id="report_%s"
        ),
        "helpful_form": HelpfulForm(initial={"shown": shown}, auto_id="helpful_%s"),
        "sent": request.GET.get("feedback") if request else None,
    }


@register.inclusion_tag("feedback/includes/contact_form.html", takes_context=True)
def contact_form(context, form=None):
    request = context.get("request")
    page = context.get("page")
    if form is None:
        topic = request.GET.get("topic") if request else None
        form = ContactForm(
            initial={
                "shown": shown_now(),
                "topic": topic if topic in Topic.values else Topic.GENERAL,
                "page": getattr(page, "pk", None),
            }
        )
    return {"form": form, "request": request, "sent": request and request.GET.get("contact")}
