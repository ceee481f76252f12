"""API clients, keys and the call log in the Wagtail admin, for portal administrators.

Settings → API clients: clients are added and edited with the usual forms (never deleted by
administrators: deactivate the client instead). The client's page ("Inspect") lists its keys and
latest calls; there a key is created (POST, the plaintext is shown once on the response page and
is never stored, put into a message or the session) or revoked (POST). Permissions come from the
data migration api.0002: the group Portal administrators holds add/change/view of clients and
keys and view of the call log; everyone else is refused.
"""

import django_filters
from django import forms
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.generic.base import BaseListingView, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.models import InspectView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from .models import ApiCallLog, ApiClient, ApiKey

URL_NAMESPACE = "api_clients"


def url(name, *args):
    return reverse(f"{URL_NAMESPACE}:{name}", args=args)


class KeyForm(forms.Form):
    """The optional description an administrator gives a new key."""

    name = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=100,
        help_text=_("What the key is used for, for example “production system”."),
    )


class ClientInspectView(InspectView):
    """The client, its keys (prefix, created, last use, revoked) and its latest calls."""

    template_name = "api/admin/client_inspect.html"
    recent_calls = 20

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        client = self.object
        user = self.request.user
        key_policy = ModelPermissionPolicy(ApiKey)
        context.update(
            client=client,
            keys=client.keys.select_related("created_by"),
            calls=client.calls.select_related("key")[: self.recent_calls],
            can_add_key=key_policy.user_has_permission(user, "add"),
            can_revoke_key=key_policy.user_has_permission(user, "change"),
            can_view_calls=ModelPermissionPolicy(ApiCallLog).user_has_permission(user, "view"),
            key_form=KeyForm(),
            create_key_url=url("create_key", client.pk),
            calls_url=f"{url('calls')}?client={client.pk}",
        )
        return context


class CreateKeyView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """POST: make a key and show its plaintext on this response, once."""

    http_method_names = ["post"]
    permission_policy = ModelPermissionPolicy(ApiKey)
    permission_required = "add"
    template_name = "api/admin/key_created.html"
    page_title = _("New API key")
    header_icon = "key"

    def post(self, request, pk):
        self.client = get_object_or_404(ApiClient, pk=pk)
        form = KeyForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("The key could not be created: check the description."))
            return redirect(url("inspect", pk))
        key, plaintext = ApiKey.issue(
            self.client, created_by=request.user, name=form.cleaned_data["name"]
        )
        log(self.client, "api.key.create", user=request.user, data={"prefix": key.prefix})
        response = self.render_to_response(
            self.get_context_data(
                key=key,
                plaintext=plaintext,
                client=self.client,
                inspect_url=url("inspect", pk),
            )
        )
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
        return response

    def get_page_subtitle(self):
        return str(self.client)


class RevokeKeyView(PermissionCheckedMixin, View):
    """POST: revoke a key for good (it is answered 401 from now on)."""

    http_method_names = ["post"]
    permission_policy = ModelPermissionPolicy(ApiKey)
    permission_required = "change"

    def post(self, request, pk):
        key = get_object_or_404(ApiKey.objects.select_related("client"), pk=pk)
        if key.is_revoked:
            messages.warning(
                request, _("The key %(prefix)s was already revoked.") % {"prefix": key.prefix}
            )
        else:
            key.revoke()
            log(key.client, "api.key.revoke", user=request.user, data={"prefix": key.prefix})
            messages.success(request, _("The key %(prefix)s is revoked.") % {"prefix": key.prefix})
        return redirect(url("inspect", key.client_id))


class CallLogFilterSet(WagtailFilterSet):
    """Filters of the call log: by client and by status code."""

    client = django_filters.ModelChoiceFilter(
        label=_("Client"), queryset=ApiClient.objects.order_by("name")
    )
    status_code = django_filters.NumberFilter(label=_("Status code"))

    class Meta:
        model = ApiCallLog
        fields = []


class CallLogView(PermissionCheckedMixin, BaseListingView):
    """The call log, newest first, filterable by client and status code."""

    permission_policy = ModelPermissionPolicy(ApiCallLog)
    permission_required = "view"
    page_title = _("API calls")
    header_icon = "list-ul"
    paginate_by = 50
    index_url_name = f"{URL_NAMESPACE}:calls"
    index_results_url_name = f"{URL_NAMESPACE}:calls_results"
    verbose_name = _("API call")
    verbose_name_plural = _("API calls")
    filterset_class = CallLogFilterSet
    default_ordering = "-timestamp"
    columns = [
        DateColumn("timestamp", label=_("Time"), sort_key="timestamp"),
        Column("client", label=_("Client")),
        Column("key", label=_("Key"), accessor="key.prefix"),
        Column("method", label=_("Method")),
        Column("path", label=_("Path")),
        Column("status_code", label=_("Status code"), sort_key="status_code"),
        Column("remote_addr", label=_("Remote address")),
    ]

    def get_base_queryset(self):
        return ApiCallLog.objects.select_related("client", "key")


class ApiClientViewSet(ModelViewSet):
    """Settings → API clients: add, edit and inspect clients, their keys and calls."""

    model = ApiClient
    name = URL_NAMESPACE
    url_prefix = "api-clients"
    icon = "key"
    menu_label = _("API clients")
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = ClientInspectView
    form_fields = ["name", "contact_email", "is_active", "rate_limit", "notes"]
    list_display = [
        "name",
        "contact_email",
        BooleanColumn("is_active", label=_("Active")),
        Column("rate_limit", label=_("Requests per minute")),
        DateColumn("created_at", label=_("Created")),
    ]
    list_filter = ["is_active"]
    search_fields = ["name", "contact_email"]
    search_backend_name = None

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("keys/new/<int:pk>/", CreateKeyView.as_view(), name="create_key"),
            path("keys/revoke/<int:pk>/", RevokeKeyView.as_view(), name="revoke_key"),
            path("calls/", CallLogView.as_view(), name="calls"),
            path("calls/results/", CallLogView.as_view(results_only=True), name="calls_results"),
        ]
