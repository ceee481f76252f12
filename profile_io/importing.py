"""Import of professional profiles from CSV or JSON (DESIGN section 7; docs/import.md).

One row (CSV line or JSON object) describes one German professional profile, keyed by its
`external_id`:

- a new external ID creates a German profile under the country with that ISO code, as a draft
  (never live) with a revision by the importing user;
- a known external ID saves the row as a new draft revision on top of the page's latest
  revision (the live version is never touched); a row that changes nothing writes nothing;
- every created or changed page goes to its workflow ("Quality control"), submitted by the
  importing user. A page already in review is put back in front of the reviewers with the new
  revision (see `resubmit`).

Everything is checked before anything is written: the whole file is validated against the
model (required values, choices, validators, dates, codes of countries, occupational fields and
reference occupations, unknown columns, duplicate IDs, the user's page permissions), every error
is collected with its row and field, and if there is any, `ProfileImportError` is raised with all of
them and nothing is written. The writes run in one transaction.

Lookups are made in bulk before the rows are processed (countries, fields, occupations, the
existing pages, their latest revisions and workflow states). New profiles are written in bulk
(profile_io.writes); changed ones through Wagtail's per-page path (save, revision, workflow).
Each reviewer gets one e-mail listing the submitted pages (profile_io.notifications).
"""

import datetime
import itertools
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import (
    Locale,
    Page,
    Revision,
    Task,
    TaskState,
    Workflow,
    WorkflowPage,
    WorkflowState,
)

from pages.models import CountryProfilePage, ProfessionalProfilePage
from pages.slugs import german_slug
from pages.snippets import OccupationalField, ReferenceOccupation

from .notifications import deferred_notifications, send_review_summaries
from .reading import COLUMNS, ProfileImportError, RowError, read_rows
from .writes import create_profiles

# Columns stored in the model field of the same name, converted and validated by that field.
MODEL_COLUMNS = tuple(
    name
    for name in COLUMNS
    if name not in ("external_id", "country", "occupational_field", "reference_occupations")
)
DATE_COLUMNS = ("valid_from", "valid_until")
MAX_SLUG_LENGTH = 200  # of the part made from the title
SLUG_LENGTH = Page._meta.get_field("slug").max_length
RESERVED_SLUGS = {"pdf"}  # a country's PDF (ProfessionalProfilePage.clean)
LIST_SEPARATORS = re.compile(r"[;|]")
KLDB_CODE = re.compile(r"^\d{5}$")
IN_BULK = 500  # ids per IN (...) query


def _field(name):
    return ProfessionalProfilePage._meta.get_field(name)


def required_columns():
    """The columns a new profile needs: the key, the country and every non-blank model field."""
    return ["external_id", "country"] + [name for name in MODEL_COLUMNS if not _field(name).blank]


@dataclass
class ImportResult:
    """What an import created and updated, for the report shown after it."""

    created_pages: list = field(default_factory=list)
    updated_pages: list = field(default_factory=list)
    unchanged_pages: list = field(default_factory=list)
    dry_run: bool = False

    @property
    def created(self):
        return len(self.created_pages)

    @property
    def updated(self):
        return len(self.updated_pages)

    @property
    def unchanged(self):
        return len(self.unchanged_pages)

    @property
    def pages(self):
        """The pages this import created or changed."""
        return self.created_pages + self.updated_pages


@dataclass
class Plan:
    """What one valid row will do."""

    row: int
    action: str  # "create", "update" or "unchanged"
    page: ProfessionalProfilePage  # the new page, or the latest revision's version of it
    country: CountryProfilePage
    occupations: list | None = None  # None: leave the reference occupations as they are
    existing: ProfessionalProfilePage | None = None
    workflow: Workflow | None = None  # the review the page is submitted to, if any applies
    first_task: Task | None = None  # its first active task (specific)


def import_profiles(content, user, format=None, name="", dry_run=False):
    """Import a CSV or JSON file (bytes or text) in the name of `user`; see the module docstring.

    Returns an ImportResult; raises ProfileImportError with every problem (nothing written then).
    With `dry_run`, everything runs in a transaction that is rolled back, and no page is
    submitted to its workflow (nobody is notified of content that will not exist).
    """
    rows, errors = read_rows(content, format=format, name=name)
    return ProfileImporter(user).run(rows, dry_run=dry_run, errors=errors)


class ProfileImporter:
    """One import by `user`: loads what the rows refer to, checks every row, then writes."""

    def __init__(self, user):
        self.user = user
        self.german = Locale.objects.get(language_code=settings.LANGUAGE_CODE)

    # -- bulk lookups ---------------------------------------------------------------------------

    def load(self, rows):
        german = self.german
        self.countries = {}
        self.country_by_path = {}
        for country in CountryProfilePage.objects.filter(locale=german).order_by("path"):
            self.countries.setdefault(country.iso_code.upper(), []).append(country)
            self.country_by_path[country.path] = country
        self.fields = {}
        for item in OccupationalField.objects.filter(locale=german):
            self.fields.setdefault(item.name.strip().casefold(), []).append(item)
        self.occupations_by_code, self.occupations_by_name = {}, {}
        for item in ReferenceOccupation.objects.filter(locale=german):
            if item.kldb_code:
                self.occupations_by_code.setdefault(item.kldb_code, []).append(item)
            self.occupations_by_name.setdefault(item.name.strip().casefold(), []).append(item)
        ids = sorted({row.get("external_id") for _number, row in rows if row.get("external_id")})
        self.existing = {}
        for chunk in chunks(ids):
            pages = ProfessionalProfilePage.objects.filter(locale=german, external_id__in=chunk)
            self.existing.update({page.external_id: page for page in pages})
        pages = list(self.existing.values())
        revision_ids = [page.latest_revision_id for page in pages if page.latest_revision_id]
        self.revisions = {}
        for chunk in chunks(revision_ids):
            self.revisions.update(Revision.objects.in_bulk(chunk))
        page_ids = [page.pk for page in pages]
        self.workflow_states, self.own_workflows = {}, {}
        for chunk in chunks(page_ids):
            states = (
                WorkflowState.objects.active()
                .filter(
                    base_content_type_id=ContentType.objects.get_for_model(Page).pk,
                    object_id__in=[str(pk) for pk in chunk],
                )
                .select_related("workflow", "current_task_state__task")
            )
            self.workflow_states.update({int(state.object_id): state for state in states})
            own = WorkflowPage.objects.filter(page_id__in=chunk, workflow__active=True)
            self.own_workflows.update({item.page_id: item.workflow for item in own})
        self.seen = {}
        self.slugs = {}
        self.may_add = {}
        self.country_workflows = {}
        self.first_tasks = {}

    # -- validation -----------------------------------------------------------------------------

    def run(self, rows, dry_run=False, errors=()):
        """Check every row, then write (see `import_profiles`); `errors` are the file's."""
        with transaction.atomic():
            # Imports run one at a time: two of them could otherwise create the same new ID.
            Locale.objects.select_for_update().filter(pk=self.german.pk).first()
            self.load(rows)
            plans, errors = [], list(errors)
            for number, row in rows:
                plan, row_errors = self.check(number, row)
                errors += row_errors
                if plan:
                    plans.append(plan)
            if errors:
                raise ProfileImportError(errors)
            result = ImportResult(dry_run=dry_run)
            with deferred_notifications() as notifications:
                created = [plan for plan in plans if plan.action == "create"]
                result.created_pages = create_profiles(created, self.user, submit=not dry_run)
                for plan in plans:
                    if plan.action == "create":
                        continue
                    try:
                        self.write(plan, result, submit=not dry_run)
                    except ValidationError as error:
                        errors += validation_errors(plan.row, error)
            if errors:
                raise ProfileImportError(errors)
            if dry_run:
                transaction.set_rollback(True)
            elif notifications:
                pages = {page.pk: page for page in result.pages}
                transaction.on_commit(
                    lambda: send_review_summaries(notifications, self.user, pages)
                )
        return result

    def check(self, number, row):
        """(Plan, []) for a valid row, (None, errors) otherwise."""
        errors = []

        def error(name, message):
            errors.append(RowError(number, name, str(message)))

        external_id = self.check_external_id(number, row.get("external_id", ""), error)
        if external_id is None:
            return None, errors
        existing = self.existing.get(external_id)
        country, workflow, first_task = self.check_place(row, existing, error)

        # The row's values are converted and validated on a new, unsaved page (no queries); an
        # existing page is loaded from its latest revision only when the row changes it.
        page = ProfessionalProfilePage(
            locale=self.german, external_id=external_id, owner=self.user, live=False
        )
        if existing is None:
            check_required_columns(row, error)
            revision, before = None, {}
        else:
            revision = self.revisions.get(existing.latest_revision_id)
            before = current_values(existing, revision)
        validated = convert_values(page, row, error)
        occupations = self.check_relations(page, row, error)
        errors += validate_fields(number, page, validated)
        values = values_after(before, page, row, validated, occupations)
        check_validity(values, error)
        if errors or country is None:
            return None, errors

        if existing is None:
            page.reference_occupations.set(occupations or [])  # held until the page is written
            page.slug = self.unique_slug(country, page.title, external_id)
            plan = Plan(number, "create", page, country, occupations, None, workflow, first_task)
            return plan, []
        if values == before:
            return Plan(number, "unchanged", existing, country, None, existing), []
        target = updated_page(existing, revision, page, row, validated, occupations)
        plan = Plan(number, "update", target, country, occupations, existing, workflow, first_task)
        return plan, []

    def check_external_id(self, number, external_id, error):
        """The row's external ID, or None if it is missing, too long or already in the file."""
        max_length = _field("external_id").max_length
        if not external_id:
            error("external_id", _("This field is required."))
            return None
        if len(external_id) > max_length:
            error("external_id", _("At most %(count)s characters.") % {"count": max_length})
            return None
        if external_id in self.seen:
            error(
                "external_id",
                _("The external ID %(id)s is already in row %(row)s.")
                % {"id": external_id, "row": self.seen[external_id]},
            )
            return None
        self.seen[external_id] = number
        return external_id

    def check_place(self, row, existing, error):
        """(country, workflow, its first task) of a row: the country profile the profile goes to
        or stays in, if the user may add or edit it there, and the review it is submitted to.
        (None, None, None) if the row cannot go anywhere."""
        if existing is not None and not existing.permissions_for_user(self.user).can_edit():
            # Checked first and said without the profile's title or country: the file's author
            # learns nothing about a profile they may not edit.
            error("external_id", _("You may not edit the profile with this external ID."))
            return None, None, None
        country = self.check_country(row, existing, error)
        if country is None:
            return None, None, None
        self.check_permission(country, existing, error)
        workflow, first_task = self.check_workflow(country, existing, error)
        return country, workflow, first_task

    def check_relations(self, page, row, error):
        """Sets the row's occupational field on `page`; returns the row's reference occupations
        (None: the row leaves them as they are, or names unknown ones)."""
        if "occupational_field" in row:
            page.occupational_field = self.check_field(row["occupational_field"], error)
        if "reference_occupations" in row:
            return self.check_occupations(row["reference_occupations"], error)
        return None

    def check_country(self, row, existing, error):
        code = row.get("country", "")
        if isinstance(code, list):
            error("country", _("Enter a text, a number or nothing."))
            return None
        code = code.upper()
        country = None
        if code:
            matches = self.countries.get(code, [])
            if not matches:
                error(
                    "country",
                    _("There is no German country profile with the ISO code %(code)s.")
                    % {"code": code},
                )
            elif len(matches) > 1:
                error(
                    "country",
                    _("Several German country profiles have the ISO code %(code)s.")
                    % {"code": code},
                )
            else:
                country = matches[0]
        elif existing is None:
            error("country", _("This field is required."))
        if existing is None:
            return country
        current = self.country_by_path.get(existing.path[: -existing.steplen])
        if current is None:
            error("external_id", _("The profile with this ID is not in a country profile."))
            return None
        if country is not None and country.pk != current.pk:
            error(
                "country",
                _(
                    "The profile is in %(country)s (%(code)s): the import does not move profiles "
                    "to another country."
                )
                % {"country": current.title, "code": current.iso_code},
            )
            return None
        return current

    def check_permission(self, country, existing, error):
        user = self.user
        if existing is None:
            if country.pk not in self.may_add:
                self.may_add[country.pk] = country.permissions_for_user(user).can_add_subpage()
            if not self.may_add[country.pk]:
                error(
                    "country",
                    _("You may not add professional profiles to %(country)s.")
                    % {"country": country.title},
                )
            return
        if existing.locked and existing.locked_by_id != user.pk:
            error(
                "external_id",
                _("The profile “%(title)s” is locked by another user.")
                % {"title": existing.get_admin_display_title()},
            )

    def check_workflow(self, country, existing, error):
        """(The workflow the page is submitted to, its first active task), or (None, None).

        Imported profiles go into review, never live: Wagtail finishes a workflow without an
        active task at once, and finishing publishes the page, so that is an error."""
        workflow = self.own_workflows.get(existing.pk) if existing is not None else None
        if workflow is None:
            if country.pk not in self.country_workflows:
                self.country_workflows[country.pk] = country.get_workflow()
            workflow = self.country_workflows[country.pk]
        if workflow is None:
            return None, None
        if workflow.pk not in self.first_tasks:
            task = workflow.tasks.filter(active=True).first()  # as get_next_task finds it
            self.first_tasks[workflow.pk] = task.specific if task is not None else None
        if self.first_tasks[workflow.pk] is None:
            error(
                "country",
                _(
                    "The review workflow “%(workflow)s” has no active task, so the profile "
                    "would be published without review. An administrator must fix the workflow."
                )
                % {"workflow": workflow.name},
            )
        return workflow, self.first_tasks[workflow.pk]

    def check_field(self, name, error):
        if isinstance(name, list):
            error("occupational_field", _("Enter a text, a number or nothing."))
            return None
        if not name:
            return None
        matches = self.fields.get(name.casefold(), [])
        if len(matches) != 1:
            error(
                "occupational_field",
                _("There is no occupational field named “%(name)s”.") % {"name": name},
            )
            return None
        return matches[0]

    def check_occupations(self, value, error):
        items = value if isinstance(value, list) else LIST_SEPARATORS.split(value)
        items = [item.strip() for item in items if item.strip()]
        found, unknown, ambiguous = [], [], []
        for item in items:
            if KLDB_CODE.match(item):
                matches = self.occupations_by_code.get(item, [])
            else:
                matches = self.occupations_by_name.get(item.casefold(), [])
            if not matches:
                unknown.append(item)
            elif len(matches) > 1:
                ambiguous.append(item)
            elif matches[0] not in found:
                found.append(matches[0])
        if unknown:
            error(
                "reference_occupations",
                _("Unknown reference occupations (KldB code or German name): %(items)s")
                % {"items": ", ".join(unknown)},
            )
        if ambiguous:
            error(
                "reference_occupations",
                _(
                    "Several reference occupations have the KldB code %(items)s: "
                    "give their German names instead."
                )
                % {"items": ", ".join(ambiguous)},
            )
        return None if unknown or ambiguous else found

    def unique_slug(self, country, title, external_id):
        taken = self.slugs.get(country.pk)
        if taken is None:
            taken = set(Page.objects.child_of(country).values_list("slug", flat=True))
            taken |= RESERVED_SLUGS
            self.slugs[country.pk] = taken
        base = german_slug(title)[:MAX_SLUG_LENGTH].strip("-") or german_slug(external_id)
        base = base or "profil"
        with_id = f"{base}-{german_slug(external_id)}"[:SLUG_LENGTH].strip("-")
        candidates = itertools.chain(
            (base, with_id),
            (f"{base}-{number}" for number in range(2, 10_000)),  # made only when needed
        )
        for slug in candidates:
            if slug not in taken:
                taken.add(slug)
                return slug
        raise ValidationError(_("No free slug."))  # pragma: no cover

    # -- writing --------------------------------------------------------------------------------

    def write(self, plan, result, submit=True):
        page, user = plan.page, self.user
        if plan.action == "unchanged":
            result.unchanged_pages.append(plan.existing)
            return
        if not page.live:
            page.save()  # a draft keeps its content in the page row too, as the editor does
            page.save_revision(user=user, log_action=True, clean=False)
        else:
            page.save_revision(user=user, log_action=True)  # the live row stays as it is
        result.updated_pages.append(page)
        if submit:
            self.submit(plan)

    def submit(self, plan):
        """Into the workflow, as if the importing user had pressed "Submit" in the editor."""
        state = self.workflow_states.get(plan.page.pk)
        if state is not None:
            resubmit(state, self.user)
        elif plan.workflow is not None:
            plan.workflow.start(plan.page, self.user)


def resubmit(state, user):
    """Put a page's new revision in front of the reviewers of a workflow already under way.

    Wagtail's editor leaves the task states of a page in review on the revision they started
    with; the reviewers' preview shows that revision, and only on the next approval does
    WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT send the page back to the first task. An import
    does at once what that comes to: the current task is cancelled and the workflow starts
    again from its first task (from the current one without that setting) on the new revision.
    Changes requested: resumed on the new revision, as the editor's "Resubmit" does.
    """
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user=user)
        return
    task_state = state.current_task_state
    if task_state is None or task_state.status != TaskState.STATUS_IN_PROGRESS:
        state.update(user=user)
        return
    reapproval = getattr(settings, "WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT", False)
    task_state.specific.cancel(
        user=user,
        resume=not reapproval,
        comment=_("A new revision was imported."),
    )


def current_values(page, revision):
    """The imported fields of the page's latest revision (read from its content: no queries)."""
    if revision is None:
        return snapshot(page, sorted(page.reference_occupations.values_list("pk", flat=True)))
    content = revision.content
    values = {name: _field(name).to_python(content.get(name)) for name in MODEL_COLUMNS}
    values["occupational_field"] = content.get("occupational_field")
    values["reference_occupations"] = sorted(content.get("reference_occupations") or [])
    return values


def snapshot(page, occupation_pks):
    values = {name: getattr(page, _field(name).attname) for name in MODEL_COLUMNS}
    values["occupational_field"] = page.occupational_field_id
    values["reference_occupations"] = occupation_pks
    return values


def check_required_columns(row, error):
    """A new profile needs every required model column (key and country are checked apart)."""
    for name in required_columns()[2:]:
        if name not in row:
            error(name, _("This field is required."))


INVALID = object()  # a cell that convert_value refused


def convert_value(name, value, error):
    """A cell's value as the model field `name` takes it, or INVALID (with the error)."""
    model_field = _field(name)
    if isinstance(value, list):
        error(name, _("Enter a text, a number or nothing."))
        return INVALID
    if value == "":
        if not model_field.blank:
            error(name, _("This field is required."))
            return INVALID
        return None if model_field.null else ""
    if name in DATE_COLUMNS:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            error(name, _("Enter a date as YYYY-MM-DD."))
            return INVALID
    return value


def convert_values(page, row, error):
    """Sets the row's model columns on `page`; returns the names of those converted (in the
    order of MODEL_COLUMNS), which the model's validators check next."""
    converted = []
    for name in MODEL_COLUMNS:
        if name not in row:
            continue
        value = convert_value(name, row[name], error)
        if value is not INVALID:
            setattr(page, _field(name).attname, value)
            converted.append(name)
    return converted


def validate_fields(number, page, names):
    """The RowErrors of the model fields `names` of `page` (their validators and choices)."""
    exclude = [item.name for item in ProfessionalProfilePage._meta.fields if item.name not in names]
    try:
        page.clean_fields(exclude=exclude)
    except ValidationError as failure:
        return validation_errors(number, failure)
    return []


def values_after(before, page, row, validated, occupations):
    """The imported fields as the row leaves them: `before` with the row's values."""
    values = dict(before)
    values.update({name: getattr(page, _field(name).attname) for name in validated})
    if "occupational_field" in row:
        values["occupational_field"] = page.occupational_field_id
    if occupations is not None:
        values["reference_occupations"] = sorted(item.pk for item in occupations)
    return values


def check_validity(values, error):
    """The validity may not end before it starts."""
    start, end = values.get("valid_from"), values.get("valid_until")
    if isinstance(start, datetime.date) and isinstance(end, datetime.date) and end < start:
        error("valid_until", _("The end of validity is before its start."))


def updated_page(existing, revision, page, row, validated, occupations):
    """The page as its latest revision has it, with the row's values (not saved)."""
    target = existing.with_content_json(revision.content) if revision else existing
    for name in validated:
        attname = _field(name).attname
        setattr(target, attname, getattr(page, attname))
    if "occupational_field" in row:
        target.occupational_field = page.occupational_field
    if occupations is not None:
        target.reference_occupations.set(occupations)
    return target


def validation_errors(number, error):
    if hasattr(error, "error_dict"):
        return [
            RowError(number, name if name != "__all__" else "", message)
            for name, messages in error.message_dict.items()
            for message in messages
        ]
    return [RowError(number, "", message) for message in error.messages]


def chunks(items, size=IN_BULK):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]
