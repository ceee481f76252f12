""" "Record an outcome" from a professional profile: Wagtail's editor for a new recognition
outcome, opened with the profile, the reference occupation and the chamber filled in.

The chamber is the outcomes page of a chamber the user may add outcomes to (their chamber's
group's); with several (a competent editor), the user picks one; with none, 403. The profile is
always the German one (outcomes are records of the German tree), whichever language's profile
the link came from; a reference occupation (by its translation key, so any language's) is taken
only when the profile names it. Saving goes
through Wagtail's own create view and form, so the form's checks (no personal data) and the
outcome check workflow apply as for any outcome.

"Import outcomes" writes into one of the user's chambers (chosen in the form when there are
several) and nowhere else; users without one get 403, as for recording.
"""

import uuid

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.views import View
from wagtail.admin.views.pages.create import CreateView
from wagtail.models import Page
from wagtail.permissions import policy_registry

from accounts.admin_views import forbidden
from pages.models import ChamberOutcomesPage, ProfessionalProfilePage
from privacy.rules import is_hidden

from .forms import OutcomeImportForm
from .outcome_import import COLUMNS, REQUIRED, import_outcomes
from .reading import ProfileImportError


def german_profile(profile_id, user):
    """The German version of the profile `profile_id`, if the user may read it."""
    profile = get_object_or_404(ProfessionalProfilePage, pk=profile_id)
    if profile.locale.language_code != settings.LANGUAGE_CODE:
        profile = ProfessionalProfilePage.objects.filter(
            translation_key=profile.translation_key, locale__language_code=settings.LANGUAGE_CODE
        ).first()
    if profile is None or is_hidden(profile, user):
        raise Http404
    return profile


def chambers_for(user):
    """The chambers' outcomes pages where the user may add an outcome."""
    addable = policy_registry.get_by_type(Page).instances_user_has_permission_for(user, "add")
    return ChamberOutcomesPage.objects.filter(pk__in=addable.values("pk")).order_by("title")


class RecordOutcomeView(CreateView):
    """GET: the new outcome's editor, filled in; or the user's chambers to choose from. The
    editor posts to Wagtail's own create view."""

    http_method_names = ["get"]

    def dispatch(self, request, profile_id):
        if not request.user.has_perm("wagtailadmin.access_admin"):
            return forbidden(request)
        self.profile = german_profile(profile_id, request.user)
        chambers = list(chambers_for(request.user))
        chosen = [page for page in chambers if str(page.pk) == request.GET.get("chamber")]
        if len(chambers) > 1 and not chosen:
            return self.choose(request, chambers)
        if not (chosen or chambers):
            return forbidden(request)
        parent = (chosen or chambers)[0]
        return super().dispatch(request, "pages", "recognitionoutcomepage", parent.pk)

    def choose(self, request, chambers):
        query = request.GET.copy()
        links = []
        for page in chambers:
            query["chamber"] = page.pk
            links.append((page.title, f"{request.path}?{query.urlencode()}"))
        return TemplateResponse(
            request,
            "pages/admin/record_outcome_chamber.html",
            {"profile": self.profile, "links": links},
        )

    def get(self, request):
        self.page.profile = self.profile
        try:
            key = uuid.UUID(request.GET.get("occupation", ""))
        except ValueError:
            key = None  # none asked for, or not one: the editor picks it
        if key:
            occupations = self.profile.reference_occupations.filter(translation_key=key)
            self.page.reference_occupation = occupations.first()
        return super().get(request)


def record_outcome_url(profile, occupation=None):
    """The admin address that records an outcome on `profile` (any language's)."""
    url = reverse("record_outcome", args=[profile.pk])
    return f"{url}?{urlencode({'occupation': occupation.translation_key})}" if occupation else url


def may_enter_outcomes(user):
    """Whether the user works in the admin and may add outcomes for a chamber."""
    return user.has_perm("wagtailadmin.access_admin") and chambers_for(user).exists()


class OutcomeImportView(View):
    """GET: the upload form. POST: import the file into the chosen chamber, then show the new
    outcomes or every error."""

    template_name = "pages/admin/import_outcomes.html"
    http_method_names = ["get", "post"]

    def dispatch(self, request, *args, **kwargs):
        if not may_enter_outcomes(request.user):
            return forbidden(request)
        self.chambers = chambers_for(request.user)
        return super().dispatch(request, *args, **kwargs)

    def render(self, request, form, **context):
        context = {"form": form, "columns": COLUMNS, "required": REQUIRED, **context}
        return TemplateResponse(request, self.template_name, context)

    def get(self, request):
        return self.render(request, OutcomeImportForm(chambers=self.chambers))

    def post(self, request):
        form = OutcomeImportForm(request.POST, request.FILES, chambers=self.chambers)
        if not form.is_valid():
            return self.render(request, form)
        upload = form.cleaned_data["file"]
        try:
            outcomes = import_outcomes(
                upload.read(), upload.name, request.user, form.cleaned_data["chamber"]
            )
        except ProfileImportError as failure:
            return self.render(request, form, errors=failure.errors, file_name=upload.name)
        form = OutcomeImportForm(chambers=self.chambers)
        return self.render(request, form, outcomes=outcomes, file_name=upload.name)
