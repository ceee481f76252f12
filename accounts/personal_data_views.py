"""A staff member's own data in the admin: "My data" (account page → More actions).

Every view works on the signed-in user only: no URL names a user, so nobody can ask for
another's data. The page shows each section of the export (accounts.personal_data and the
other apps' sections) with its first records, the download is the whole export as JSON, and a
POST asks for deletion. Downloads and requests go to the audit log.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from portal import personal_data as registry

from . import personal_data

SHOWN_RECORDS = 50  # per section on the page; the download holds all


def shown(value):
    """A record's value on the page: details (dicts, lists) as the download has them."""
    if isinstance(value, dict | list):
        return json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False)
    return value


class MyDataView(WagtailAdminTemplateMixin, TemplateView):
    """What the portal holds about the signed-in user, section by section."""

    template_name = "accounts/admin/my_data.html"
    page_title = _("My data")
    header_icon = "user"

    def get_context_data(self, **kwargs):
        user = self.request.user
        sections = []
        for section in registry.sections():
            records = section.collect(user)
            sections.append(
                {
                    "key": section.key,
                    "title": section.title,
                    "labels": list(section.fields.values()),
                    "rows": [
                        [shown(record[key]) for key in section.fields]
                        for record in records[:SHOWN_RECORDS]
                    ],
                    "total": len(records),
                }
            )
        return super().get_context_data(
            sections=sections,
            shown_records=SHOWN_RECORDS,
            download_url=reverse("my_data_download"),
            request_deletion_url=reverse("my_data_request_deletion"),
            open_request=personal_data.open_deletion_request(user),
            **kwargs,
        )


@never_cache
def download(request):
    """The whole export as a JSON file (audited)."""
    user = request.user
    data = {"generated_at": timezone.now().isoformat(), **personal_data.export(user)}
    log(user, "accounts.personal_data.export", user=user)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    filename = f"bq-portal-my-data-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class RequestDeletionView(View):
    """POST only: store the request and tell the portal administrators."""

    http_method_names = ["post"]

    def post(self, request):
        _request, new = personal_data.request_deletion(request.user)
        if new:
            messages.success(
                request,
                _(
                    "Your request was sent to the portal administrators. Once they have carried "
                    "it out, your account no longer bears your name and you cannot sign in."
                ),
            )
        else:
            messages.info(request, _("You have already asked for deletion."))
        return redirect("my_data")


def urlpatterns():
    """The admin URLs (register_admin_urls, so for signed-in admin users only)."""
    return [
        path("my-data/", MyDataView.as_view(), name="my_data"),
        path("my-data/download/", download, name="my_data_download"),
        path(
            "my-data/request-deletion/",
            RequestDeletionView.as_view(),
            name="my_data_request_deletion",
        ),
    ]
