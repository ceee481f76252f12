"""Registration requests and staff accounts in the admin, for portal administrators.

Portal administrators manage registrations and staff without being superusers. Wagtail's own
Users admin needs `auth.change_user`, which by design lets its holder make anyone a superuser or a
member of any group, their own included; nobody but superusers holds it. These views are the
narrow path instead:

- "Registration requests": pending requests, each approved, rejected with a reason or marked
  withdrawn at the applicant's wish (accounts.registration does the work; every decision goes to
  the audit log).
- "Staff accounts": every user, searchable and filtered by chamber; the edit form changes only
  "active", the chamber (staff profile and chamber group) and the role groups below, and offers
  to reset the account's second factor and to unlock its sign-in (both audited). It never
  touches superusers, portal administrators or the editor's own account (403).
- "Deletion requests": staff members' open requests to delete their personal data; each is
  carried out from the account's "Delete personal data" page, which pseudonymises the account
  (accounts.personal_data; audited). The same rules as for editing decide who may do it.

Only portal administrators and superusers see the menu and open these views; everybody else gets
403 (anonymous users are sent to the login by Wagtail first).
"""

from functools import wraps

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import BaseListingView, WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.widgets import BooleanRadioSelect
from wagtail.log_actions import log

from moderation.permissions import is_portal_administrator
from pages.snippets import Chamber
from portal import roles

from . import lockout, personal_data, registration, two_factor
from .models import DeletionRequest, RegistrationRequest, StaffProfile

# The role groups a portal administrator may give or take (never Portal administrators).
MANAGED_ROLES = [
    roles.REGISTERED_STAFF,
    roles.CHAMBER_EDITORS,
    roles.REVIEWERS,
    roles.COMPETENT_EDITORS,
]


def can_manage_account(editor, account):
    """Portal administrators manage staff: not superusers, not their peers, not themselves."""
    return (
        is_portal_administrator(editor)
        and account.pk != editor.pk
        and not account.is_superuser
        and not account.groups.filter(name=roles.PORTAL_ADMINISTRATORS).exists()
    )


def forbidden(request):
    """A plain 403: Wagtail would turn PermissionDenied into a redirect to the dashboard."""
    title = _("Permission denied")
    context = {"page_title": title, "header_title": title, "header_icon": "warning"}
    return TemplateResponse(request, "accounts/admin/forbidden.html", context, status=403)


def portal_administrator_required(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_portal_administrator(request.user):
            return forbidden(request)
        return view(request, *args, **kwargs)

    return wrapped


class PortalAdministratorRequiredMixin:
    """Checked again in the view, in case a URL is ever registered without the decorator."""

    def setup(self, request, *args, **kwargs):
        if not is_portal_administrator(request.user):
            raise PermissionDenied
        super().setup(request, *args, **kwargs)


def guarded(*patterns):
    """The URL patterns with every view behind `portal_administrator_required`."""
    for pattern in patterns:
        pattern.callback = portal_administrator_required(pattern.callback)
    return list(patterns)


class PortalAdministratorMenuItem(MenuItem):
    """A menu item shown only to portal administrators."""

    def is_shown(self, request):
        return is_portal_administrator(request.user)


# Registration requests -----------------------------------------------------------------------


class DomainColumn(Column):
    """The applicant's e-mail domain, flagged when it is not the chamber's."""

    cell_template_name = "accounts/admin/domain_cell.html"


class RegistrationRequestIndexView(PortalAdministratorRequiredMixin, BaseListingView):
    """Staff → Registration requests: the pending requests, newest first."""

    page_title = _("Registration requests")
    header_icon = "user"
    paginate_by = 20
    index_url_name = "registration_requests:index"
    index_results_url_name = "registration_requests:index_results"
    verbose_name = _("pending registration request")
    verbose_name_plural = _("pending registration requests")
    default_ordering = "created_at"
    columns = [
        TitleColumn(
            "name",
            label=_("Name"),
            accessor=lambda request: request.user.get_full_name(),
            url_name="registration_requests:review",
        ),
        Column("email", label=_("E-mail address"), accessor="user.email"),
        Column("chamber", label=_("Chamber"), sort_key="chamber__name"),
        Column("position", label=_("Position")),
        Column("reason", label=_("Reason"), accessor=lambda r: Truncator(r.reason).chars(120)),
        DateColumn("created_at", label=_("Received"), sort_key="created_at"),
        DomainColumn("domain_matches", label=_("E-mail domain")),
    ]

    def get_base_queryset(self):
        return RegistrationRequest.objects.filter(
            status=RegistrationRequest.Status.PENDING
        ).select_related("user", "chamber")


class RejectForm(forms.Form):
    """The reason for a rejection, sent to the applicant."""

    reason = forms.CharField(
        label=_("Reason for rejection"),
        help_text=_("Sent to the applicant by e-mail."),
        max_length=2000,
        widget=forms.Textarea({"rows": 4}),
    )


class RegistrationReviewView(
    PortalAdministratorRequiredMixin, WagtailAdminTemplateMixin, TemplateView
):
    """A request in full, with its approve and reject forms."""

    template_name = "accounts/admin/registration_review.html"
    header_icon = "user"
    page_title = _("Registration request")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.registration = get_object_or_404(
            RegistrationRequest.objects.select_related("user", "chamber", "decided_by"),
            pk=kwargs["pk"],
        )

    def get_page_subtitle(self):
        return self.registration.user.get_full_name()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("registration_requests:index"), "label": _("Registration requests")},
            {"url": "", "label": self.get_page_subtitle()},
        ]

    def get_context_data(self, **kwargs):
        pk = self.registration.pk
        return super().get_context_data(
            registration=self.registration,
            reject_form=kwargs.pop("reject_form", None) or RejectForm(),
            approve_url=reverse("registration_requests:approve", args=[pk]),
            reject_url=reverse("registration_requests:reject", args=[pk]),
            withdraw_url=reverse("registration_requests:withdraw", args=[pk]),
            index_url=reverse("registration_requests:index"),
            **kwargs,
        )


class DecisionView(RegistrationReviewView):
    """POST only: decide the request; a request that is no longer pending stays as it is."""

    http_method_names = ["post"]

    def decide(self):
        raise NotImplementedError

    def post(self, request, *args, **kwargs):
        review_url = reverse("registration_requests:review", args=[self.registration.pk])
        try:
            response = self.decide()
        except registration.AlreadyDecidedError:
            messages.error(request, _("This request was already decided: nothing was changed."))
            return redirect(review_url)
        return response


class ApproveView(DecisionView):
    """Approve a request: the account is activated and gets its chamber's groups."""

    def decide(self):
        registration.approve(self.registration, self.request.user)
        user = self.registration.user
        messages.success(
            self.request,
            _("%(name)s can now set a password: the link was sent to %(email)s.")
            % {"name": user.get_full_name(), "email": user.email},
        )
        return redirect("registration_requests:index")


class RejectView(DecisionView):
    """Reject a request with a reason; the account stays inactive."""

    def decide(self):
        form = RejectForm(self.request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(reject_form=form))
        registration.reject(self.registration, self.request.user, form.cleaned_data["reason"])
        user = self.registration.user
        messages.success(
            self.request,
            _("The registration of %(name)s was rejected; %(email)s was told the reason.")
            % {"name": user.get_full_name(), "email": user.email},
        )
        return redirect("registration_requests:index")


class WithdrawView(DecisionView):
    """Mark a request withdrawn because the applicant asked; the account stays inactive."""

    def decide(self):
        registration.withdraw(self.registration, self.request.user)
        messages.success(
            self.request,
            _("The registration of %(name)s was marked withdrawn.")
            % {"name": self.registration.user.get_full_name()},
        )
        return redirect("registration_requests:index")


class RegistrationRequestViewSet(ViewSet):
    """The admin URLs of registration requests."""

    name = "registration_requests"
    icon = "user"
    menu_label = _("Registration requests")
    menu_item_class = PortalAdministratorMenuItem

    def get_urlpatterns(self):
        index = RegistrationRequestIndexView
        return guarded(
            path("", index.as_view(), name="index"),
            path("results/", index.as_view(results_only=True), name="index_results"),
            path("<int:pk>/", RegistrationReviewView.as_view(), name="review"),
            path("<int:pk>/approve/", ApproveView.as_view(), name="approve"),
            path("<int:pk>/reject/", RejectView.as_view(), name="reject"),
            path("<int:pk>/withdraw/", WithdrawView.as_view(), name="withdraw"),
        )


# Staff accounts ------------------------------------------------------------------------------


def role_groups():
    """The managed roles and every language's translators' group."""
    return Group.objects.filter(
        Q(name__in=MANAGED_ROLES) | Q(name__startswith=roles.TRANSLATORS_PREFIX)
    ).order_by("name")


class StaffAccountFilterSet(WagtailFilterSet):
    """Filters of the staff accounts list: chamber, role, active."""

    chamber = django_filters.ModelChoiceFilter(
        label=_("Chamber"),
        field_name="staff_profile__chamber",
        queryset=Chamber.objects.order_by("name"),
    )
    role = django_filters.ModelChoiceFilter(
        label=_("Role"), field_name="groups", queryset=lambda request: role_groups()
    )
    is_active = django_filters.BooleanFilter(label=_("Active"), widget=BooleanRadioSelect)

    class Meta:
        model = get_user_model()
        fields = []


class AccountTitleColumn(TitleColumn):
    """The name, linked to the edit form where the current user may manage the account."""

    def get_link_url(self, instance, parent_context):
        if can_manage_account(parent_context["request"].user, instance):
            return reverse("staff_accounts:edit", args=[instance.pk])
        return None


def role_names(user):
    return ", ".join(group.name for group in user.groups.all())


class StaffAccountIndexView(PortalAdministratorRequiredMixin, BaseListingView):
    """Staff → Staff accounts: the accounts portal administrators may manage."""

    page_title = _("Staff accounts")
    header_icon = "group"
    paginate_by = 50
    index_url_name = "staff_accounts:index"
    index_results_url_name = "staff_accounts:index_results"
    verbose_name = _("staff account")
    verbose_name_plural = _("staff accounts")
    is_searchable = True
    search_fields = ["first_name", "last_name", "email", "username"]
    filterset_class = StaffAccountFilterSet
    default_ordering = "last_name"
    columns = [
        AccountTitleColumn(
            "name",
            label=_("Name"),
            accessor=lambda user: user.get_full_name() or user.get_username(),
            sort_key="last_name",
        ),
        Column("email", label=_("E-mail address"), sort_key="email"),
        Column("chamber", label=_("Chamber"), accessor="staff_profile.chamber"),
        Column("groups", label=_("Groups"), accessor=role_names),
        BooleanColumn("is_active", label=_("Active"), sort_key="is_active"),
        DateColumn("last_login", label=_("Last login"), sort_key="last_login"),
    ]

    def get_base_queryset(self):
        return (
            get_user_model()
            ._default_manager.select_related("staff_profile__chamber")
            .prefetch_related("groups")
        )

    def search_queryset(self, queryset):
        """Every word of the query in one of the fields: "Erika Muster" finds Erika Mustermann."""
        if not self.is_searching:
            return queryset
        for word in self.search_query.split():
            matches = Q()
            for field in self.search_fields:
                matches |= Q(**{f"{field}__icontains": word})
            queryset = queryset.filter(matches)
        return queryset.distinct()


class StaffAccountForm(forms.Form):
    """The only things a portal administrator changes on an account."""

    is_active = forms.BooleanField(
        label=_("Active"), required=False, help_text=_("Inactive accounts cannot log in.")
    )
    chamber = forms.ModelChoiceField(
        label=_("Chamber"),
        queryset=Chamber.objects.order_by("name"),
        required=False,
        empty_label=_("No chamber"),
        help_text=_("The account belongs to this chamber's staff group and to no other."),
    )
    roles = forms.ModelMultipleChoiceField(
        label=_("Roles"),
        queryset=role_groups(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Every role except the translators' groups, and every chamber, includes "
            "“Registered staff”: they work in the restricted area."
        ),
    )

    def __init__(self, *args, account, **kwargs):
        self.account = account
        super().__init__(*args, **kwargs)
        self.fields["roles"].queryset = role_groups()

    def clean(self):
        cleaned_data = super().clean()
        request = RegistrationRequest.objects.filter(
            user=self.account, status=RegistrationRequest.Status.PENDING
        ).first()
        if request and cleaned_data.get("is_active"):
            self.add_error(
                "is_active",
                _("This account has a pending registration request: approve or reject it there."),
            )
        chosen = {group.name for group in cleaned_data.get("roles") or []}
        if roles.CHAMBER_EDITORS in chosen and not cleaned_data.get("chamber"):
            self.add_error("chamber", _("Chamber editors need a chamber."))
        return cleaned_data

    @transaction.atomic
    def save(self, by):
        account, data = self.account, self.cleaned_data
        chamber = data["chamber"]
        account.is_active = data["is_active"]
        account.save(update_fields=["is_active"])
        if chamber:
            StaffProfile.objects.update_or_create(user=account, defaults={"chamber": chamber})
        else:
            StaffProfile.objects.filter(user=account).delete()
        # Role groups and chamber groups are managed here; any other group stays as it is.
        account.groups.remove(
            *Group.objects.filter(Q(name__in=MANAGED_ROLES) | Q(chamber__isnull=False))
        )
        groups = list(data["roles"])
        if chamber and chamber.group_id:
            groups.append(chamber.group)
        account.groups.add(*groups)
        log(
            account,
            "moderation.staff_account.change",
            user=by,
            data={
                "is_active": account.is_active,
                "chamber": chamber.name if chamber else None,
                "groups": sorted(group.name for group in groups),
            },
        )
        return account


class ManagedAccountMixin(PortalAdministratorRequiredMixin):
    """Views of one account that the administrator may manage (never superusers or peers)."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.account = get_object_or_404(get_user_model(), pk=kwargs["pk"])

    def dispatch(self, request, *args, **kwargs):
        if not can_manage_account(request.user, self.account):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)


class StaffAccountEditView(ManagedAccountMixin, WagtailAdminTemplateMixin, FormView):
    """Edit a staff account: active, chamber and roles."""

    template_name = "accounts/admin/staff_account_edit.html"
    form_class = StaffAccountForm
    header_icon = "group"
    page_title = _("Edit staff account")

    def get_page_subtitle(self):
        return self.account.get_full_name() or self.account.get_username()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("staff_accounts:index"), "label": _("Staff accounts")},
            {"url": "", "label": self.get_page_subtitle()},
        ]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "account": self.account}

    def get_initial(self):
        profile = StaffProfile.objects.filter(user=self.account).first()
        return {
            "is_active": self.account.is_active,
            "chamber": profile.chamber if profile else None,
            "roles": self.account.groups.filter(name__in=MANAGED_ROLES),
        }

    def form_valid(self, form):
        form.save(by=self.request.user)
        messages.success(
            self.request,
            _("The account of %(name)s was saved.") % {"name": self.get_page_subtitle()},
        )
        return redirect("staff_accounts:index")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            account=self.account,
            registration=RegistrationRequest.objects.filter(user=self.account).first(),
            action_url=reverse("staff_accounts:edit", args=[self.account.pk]),
            password_link_url=reverse("staff_accounts:password_link", args=[self.account.pk]),
            erase_url=reverse("staff_accounts:erase", args=[self.account.pk]),
            deletion_request=personal_data.open_deletion_request(self.account),
            has_second_factor=two_factor.has_second_factor(self.account),
            reset_two_factor_url=reverse("staff_accounts:reset_two_factor", args=[self.account.pk]),
            unlock_url=reverse("staff_accounts:unlock", args=[self.account.pk]),
            submit_button_label=_("Save"),
            submit_button_active_label=_("Saving…"),
            **kwargs,
        )


class SendPasswordLinkView(ManagedAccountMixin, View):
    """POST only: e-mail the account a new set-password link (the first one lasts a few days).

    Wagtail's "forgot password" form ignores accounts without a usable password, which is what an
    approved applicant has until they use the link from the approval e-mail.
    """

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        account = self.account
        edit_url = reverse("staff_accounts:edit", args=[account.pk])
        if not account.is_active or not account.email:
            messages.error(request, _("Only active accounts with an e-mail address get a link."))
            return redirect(edit_url)
        with transaction.atomic():
            log(account, "moderation.staff_account.password_link", user=request.user)
            registration.send_set_password_link(account)
        messages.success(
            request, _("A set-password link was sent to %(email)s.") % {"email": account.email}
        )
        return redirect(edit_url)


class ResetTwoFactorView(ManagedAccountMixin, View):
    """POST only: remove the account's authenticator and recovery codes (audited); it sets up a
    new one at its next sign-in."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        two_factor.reset(self.account, by=request.user)
        messages.success(
            request,
            _("The second factor of %(name)s was reset: a new one is set up at the next sign-in.")
            % {"name": self.account.get_full_name() or self.account.get_username()},
        )
        return redirect("staff_accounts:edit", self.account.pk)


class UnlockView(ManagedAccountMixin, View):
    """POST only: forget the failed sign-ins of the account's user name (audited)."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        lockout.unlock(self.account, by=request.user)
        messages.success(
            request,
            _("%(name)s can sign in again.")
            % {"name": self.account.get_full_name() or self.account.get_username()},
        )
        return redirect("staff_accounts:edit", self.account.pk)


class StaffAccountViewSet(ViewSet):
    """The admin URLs of staff accounts."""

    name = "staff_accounts"
    icon = "group"
    menu_label = _("Staff accounts")
    menu_item_class = PortalAdministratorMenuItem

    def get_urlpatterns(self):
        index = StaffAccountIndexView
        return guarded(
            path("", index.as_view(), name="index"),
            path("results/", index.as_view(results_only=True), name="index_results"),
            path("<int:pk>/", StaffAccountEditView.as_view(), name="edit"),
            path("<int:pk>/password-link/", SendPasswordLinkView.as_view(), name="password_link"),
            path("<int:pk>/erase/", EraseAccountView.as_view(), name="erase"),
            path(
                "<int:pk>/reset-two-factor/",
                ResetTwoFactorView.as_view(),
                name="reset_two_factor",
            ),
            path("<int:pk>/unlock/", UnlockView.as_view(), name="unlock"),
        )


# Personal data: deletion requests and their execution ----------------------------------------


class EraseAccountView(ManagedAccountMixin, WagtailAdminTemplateMixin, TemplateView):
    """Delete an account's personal data by pseudonymising it: GET asks, POST does it."""

    template_name = "accounts/admin/erase_account.html"
    header_icon = "warning"
    page_title = _("Delete personal data")

    def get_page_subtitle(self):
        return self.account.get_full_name() or self.account.get_username()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("staff_accounts:index"), "label": _("Staff accounts")},
            {
                "url": reverse("staff_accounts:edit", args=[self.account.pk]),
                "label": self.get_page_subtitle(),
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            account=self.account,
            deletion_request=personal_data.open_deletion_request(self.account),
            action_url=reverse("staff_accounts:erase", args=[self.account.pk]),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        name = self.get_page_subtitle()
        account = personal_data.pseudonymise(self.account, by=request.user)
        messages.success(
            request,
            _("The personal data of %(name)s was deleted; the account is now %(pseudonym)s.")
            % {"name": name, "pseudonym": account.get_username()},
        )
        return redirect("staff_accounts:index")


class RequesterColumn(TitleColumn):
    """The requester's name, linked to the deletion page where the current user may manage the
    account (a portal administrator's account first has to leave that group, which only a
    superuser can do)."""

    def get_link_url(self, instance, parent_context):
        if can_manage_account(parent_context["request"].user, instance.user):
            return reverse("staff_accounts:erase", args=[instance.user_id])
        return None


class DeletionRequestIndexView(PortalAdministratorRequiredMixin, BaseListingView):
    """Staff → Deletion requests: the open requests, oldest first."""

    page_title = _("Deletion requests")
    header_icon = "warning"
    paginate_by = 50
    index_url_name = "deletion_requests:index"
    index_results_url_name = "deletion_requests:index_results"
    verbose_name = _("open deletion request")
    verbose_name_plural = _("open deletion requests")
    default_ordering = "created_at"
    columns = [
        RequesterColumn(
            "name",
            label=_("Name"),
            accessor=lambda request: request.user.get_full_name() or request.user.get_username(),
        ),
        Column("email", label=_("E-mail address"), accessor="user.email"),
        DateColumn("created_at", label=_("Requested at"), sort_key="created_at"),
    ]

    def get_base_queryset(self):
        return DeletionRequest.objects.filter(executed_at__isnull=True).select_related("user")


class DeletionRequestViewSet(ViewSet):
    """The admin URLs of deletion requests."""

    name = "deletion_requests"
    icon = "warning"
    menu_label = _("Deletion requests")
    menu_item_class = PortalAdministratorMenuItem

    def get_urlpatterns(self):
        index = DeletionRequestIndexView
        return guarded(
            path("", index.as_view(), name="index"),
            path("results/", index.as_view(results_only=True), name="index_results"),
        )


class StaffViewSetGroup(ViewSetGroup):
    """The admin menu "Staff" of portal administrators."""

    menu_label = _("Staff")
    menu_icon = "group"
    menu_order = 700
    items = (RegistrationRequestViewSet, StaffAccountViewSet, DeletionRequestViewSet)
