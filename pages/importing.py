"""Import of professional profiles from CSV or JSON (DESIGN section 7).

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
(pages.import_writes); changed ones through Wagtail's per-page path (save, revision, workflow).
"""

import csv
import datetime
import io
import itertools
import json
import logging
import re
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin import signal_handlers as wagtail_notifiers
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
from wagtail.signals import task_submitted, workflow_submitted
from wagtail.users.models import UserProfile

from .import_writes import create_profiles
from .models import CountryProfilePage, ProfessionalProfilePage
from .slugs import german_slug
from .snippets import OccupationalField, ReferenceOccupation

# Every column a file may have, in the order of the documentation and the sample files.
COLUMNS = (
    "external_id",
    "country",
    "title",
    "original_name",
    "transliteration",
    "qualification_type",
    "isced_level",
    "isco_code",
    "occupational_field",
    "reference_occupations",
    "duration_months",
    "valid_from",
    "valid_until",
    "legal_basis",
    "training_institutions",
    "admission_requirements",
    "summary",
)
# Columns stored in the model field of the same name, converted and validated by that field.
MODEL_COLUMNS = tuple(
    name
    for name in COLUMNS
    if name not in ("external_id", "country", "occupational_field", "reference_occupations")
)
DATE_COLUMNS = ("valid_from", "valid_until")
FORMATS = ("csv", "json")
MAX_SLUG_LENGTH = 200  # of the part made from the title
SLUG_LENGTH = Page._meta.get_field("slug").max_length
RESERVED_SLUGS = {"pdf"}  # a country's PDF (ProfessionalProfilePage.clean)
LIST_SEPARATORS = re.compile(r"[;|]")
KLDB_CODE = re.compile(r"^\d{5}$")
IN_BULK = 500  # ids per IN (...) query

logger = logging.getLogger(__name__)


def _field(name):
    return ProfessionalProfilePage._meta.get_field(name)


def required_columns():
    """The columns a new profile needs: the key, the country and every non-blank model field."""
    return ["external_id", "country"] + [name for name in MODEL_COLUMNS if not _field(name).blank]


# -- results and errors ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    """One problem: `row` is the CSV line number (header = 1) or the JSON entry number (from 1);
    0 for a problem of the whole file."""

    row: int
    field: str
    message: str

    def __str__(self):
        if self.row == 0:
            return f"file: {self.message}"
        return f"row {self.row}, field {self.field or '-'}: {self.message}"


class ProfileImportError(Exception):
    """The file was refused; `errors` lists every problem found. Nothing was written."""

    def __init__(self, errors):
        self.errors = sorted(errors, key=lambda error: (error.row, _column_order(error.field)))
        super().__init__("\n".join(str(error) for error in self.errors))


def _column_order(name):
    return COLUMNS.index(name) if name in COLUMNS else len(COLUMNS)


@dataclass
class ImportResult:
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


# -- reading files --------------------------------------------------------------------------------


def detect_format(name="", content=b""):
    """By the file name's extension, else by the content: JSON starts with [ or {."""
    suffix = Path(name or "").suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    if isinstance(content, bytes):
        content = content[:64].decode("utf-8", "ignore")
    return "json" if content.lstrip("\ufeff \t\r\n")[:1] in ("[", "{") else "csv"


def decode(content):
    """UTF-8 text, with or without BOM."""
    if isinstance(content, str):
        return content.removeprefix("\ufeff")
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ProfileImportError(
            [
                RowError(
                    0,
                    "",
                    _("The file is not UTF-8 encoded (byte %(position)s).")
                    % {"position": error.start + 1},
                )
            ]
        ) from error


def read_rows(content, format=None, name=""):
    """([(row number, {column: value})], [RowError]) from a CSV or JSON file (bytes or text).

    Values are stripped strings; a JSON list stays a list (for reference_occupations). Unknown
    columns are left out of the rows and reported as errors, so that the rows can still be
    checked; a file that cannot be read at all raises ProfileImportError at once.
    """
    format = format or detect_format(name, content)
    if format not in FORMATS:
        raise ProfileImportError([RowError(0, "", _("Unknown format: use CSV or JSON."))])
    text = decode(content)
    rows, errors = (read_csv if format == "csv" else read_json)(text)
    if any(error.row == 0 for error in errors):
        raise ProfileImportError(errors)
    if not rows:
        raise ProfileImportError([RowError(0, "", _("The file contains no profiles."))])
    return rows, errors


def read_csv(text):
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return [], []
    header_line = lines[0]
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows, errors, header = [], [], None
    previous_line = 0
    try:
        for record in reader:
            number, previous_line = previous_line + 1, reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if header is None:
                header = [cell.strip().lower() for cell in record]
                errors += check_header(number, header)
                if "external_id" not in header:
                    raise ProfileImportError(errors)  # no row can be checked without it
                continue
            if len(record) > len(header) and any(cell.strip() for cell in record[len(header) :]):
                errors.append(RowError(number, "", _("The line has more values than columns.")))
            row = {}
            for name, cell in zip(header, record, strict=False):
                if name in COLUMNS:
                    row[name] = cell.strip()
            for name in header[len(record) :]:
                if name in COLUMNS:
                    row[name] = ""
            rows.append((number, row))
    except csv.Error as error:
        errors.append(
            RowError(reader.line_num, "", _("Not a valid CSV file: %(error)s") % {"error": error})
        )
    return rows, errors


def check_header(number, header):
    errors, seen = [], set()
    for name in header:
        if not name:
            continue  # an empty column (a trailing delimiter) is ignored
        if name not in COLUMNS:
            errors.append(RowError(number, name, _("Unknown column.")))
        elif name in seen:
            errors.append(RowError(number, name, _("The column appears twice.")))
        seen.add(name)
    if "external_id" not in seen:
        errors.append(RowError(number, "external_id", _("The column is missing.")))
    return errors


def read_json(text):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        message = _("Not valid JSON: %(error)s (line %(line)s).") % {
            "error": error.msg,
            "line": error.lineno,
        }
        return [], [RowError(0, "", message)]
    if not isinstance(data, list):
        return [], [RowError(0, "", _("The JSON file must contain a list of objects."))]
    rows, errors = [], []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            errors.append(RowError(number, "", _("Each entry must be a JSON object.")))
            continue
        row = {}
        for name, value in item.items():
            key = str(name).strip().lower()
            if key not in COLUMNS:
                errors.append(RowError(number, str(name), _("Unknown column.")))
                continue
            converted = json_value(value, allow_list=key == "reference_occupations")
            if converted is None:
                errors.append(RowError(number, key, _("Enter a text, a number or nothing.")))
                continue
            row[key] = converted
        rows.append((number, row))
    return rows, errors


def json_value(value, allow_list=False):
    """A JSON value as the stripped string a CSV cell would hold (lists only where allowed)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, str):
        return value.strip()
    if allow_list and isinstance(value, list):
        items = [json_value(item) for item in value]
        return None if None in items else [item for item in items if item]
    return None


# -- the import -----------------------------------------------------------------------------------


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
            notifications = []
            token = _deferred_notifications.set(notifications)
            try:
                created = [plan for plan in plans if plan.action == "create"]
                result.created_pages = create_profiles(created, self.user, submit=not dry_run)
                for plan in plans:
                    if plan.action == "create":
                        continue
                    try:
                        self.write(plan, result, submit=not dry_run)
                    except ValidationError as error:
                        errors += validation_errors(plan.row, error)
            finally:
                _deferred_notifications.reset(token)
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

        external_id = row.get("external_id", "")
        if not external_id:
            error("external_id", _("This field is required."))
            return None, errors
        if len(external_id) > _field("external_id").max_length:
            error(
                "external_id",
                _("At most %(count)s characters.") % {"count": _field("external_id").max_length},
            )
            return None, errors
        if external_id in self.seen:
            error(
                "external_id",
                _("The external ID %(id)s is already in row %(row)s.")
                % {"id": external_id, "row": self.seen[external_id]},
            )
            return None, errors
        self.seen[external_id] = number

        existing = self.existing.get(external_id)
        if existing is not None and not existing.permissions_for_user(self.user).can_edit():
            # Checked first and said without the profile's title or country: the file's author
            # learns nothing about a profile they may not edit.
            error("external_id", _("You may not edit the profile with this external ID."))
            country = None
        else:
            country = self.check_country(row, existing, error)
        workflow = first_task = None
        if country is not None:
            self.check_permission(country, existing, error)
            workflow, first_task = self.check_workflow(country, existing, error)

        # The row's values are converted and validated on a new, unsaved page (no queries); an
        # existing page is loaded from its latest revision only when the row changes it.
        page = ProfessionalProfilePage(
            locale=self.german, external_id=external_id, owner=self.user, live=False
        )
        if existing is None:
            before = {}
            for name in required_columns()[2:]:
                if name not in row:
                    error(name, _("This field is required."))
        else:
            revision = self.revisions.get(existing.latest_revision_id)
            before = current_values(existing, revision)

        invalid = set()
        for name in MODEL_COLUMNS:
            if name not in row:
                continue
            model_field = _field(name)
            value = row[name]
            if isinstance(value, list):
                error(name, _("Enter a text, a number or nothing."))
                invalid.add(name)
                continue
            if value == "":
                if not model_field.blank:
                    error(name, _("This field is required."))
                    invalid.add(name)
                    continue
                value = None if model_field.null else ""
            elif name in DATE_COLUMNS:
                try:
                    value = datetime.date.fromisoformat(value)
                except ValueError:
                    error(name, _("Enter a date as YYYY-MM-DD."))
                    invalid.add(name)
                    continue
            setattr(page, model_field.attname, value)

        if "occupational_field" in row:
            page.occupational_field = self.check_field(row["occupational_field"], error)
        occupations = None
        if "reference_occupations" in row:
            occupations = self.check_occupations(row["reference_occupations"], error)

        validated = [name for name in MODEL_COLUMNS if name in row and name not in invalid]
        exclude = [f.name for f in ProfessionalProfilePage._meta.fields if f.name not in validated]
        try:
            page.clean_fields(exclude=exclude)
        except ValidationError as failure:
            errors += validation_errors(number, failure)
        values = dict(before)
        values.update({name: getattr(page, _field(name).attname) for name in validated})
        if "occupational_field" in row:
            values["occupational_field"] = page.occupational_field_id
        if occupations is not None:
            values["reference_occupations"] = sorted(item.pk for item in occupations)
        start, end = values.get("valid_from"), values.get("valid_until")
        if isinstance(start, datetime.date) and isinstance(end, datetime.date) and end < start:
            error("valid_until", _("The end of validity is before its start."))
        if errors or country is None:
            return None, errors

        if existing is None:
            page.reference_occupations.set(occupations or [])  # held until the page is written
            page.slug = self.unique_slug(country, page.title, external_id)
            plan = Plan(number, "create", page, country, occupations, None, workflow, first_task)
            return plan, []
        if values == before:
            return Plan(number, "unchanged", existing, country, None, existing), []
        target = existing.with_content_json(revision.content) if revision else existing
        for name in validated:
            attname = _field(name).attname
            setattr(target, attname, getattr(page, attname))
        if "occupational_field" in row:
            target.occupational_field = page.occupational_field
        if occupations is not None:
            target.reference_occupations.set(occupations)
        plan = Plan(number, "update", target, country, occupations, existing, workflow, first_task)
        return plan, []

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


__all__ = [
    "COLUMNS",
    "ImportResult",
    "ProfileImportError",
    "RowError",
    "import_profiles",
    "read_rows",
]


# -- reviewers' notifications -------------------------------------------------------------------

_deferred_notifications = ContextVar("deferred_import_notifications", default=None)


class DeferredNotifier:
    """One of Wagtail's submission e-mail notifiers, held back while an import runs.

    Wagtail mails every reviewer once per submitted page; an import of 500 profiles would send
    each of them 500 e-mails. During an import the submissions are collected instead, and each
    recipient gets one e-mail listing the imported pages (`send_review_summaries`), after the
    commit (a refused or rolled-back import mails nobody). Outside imports nothing changes.
    """

    def __init__(self, notifier):
        self.notifier = notifier

    def __call__(self, sender=None, instance=None, **kwargs):
        batch = _deferred_notifications.get()
        if batch is None:
            return self.notifier(sender=sender, instance=instance, **kwargs)
        batch.append((self.notifier, instance, kwargs.get("user")))
        return True


def install_deferred_notifiers():
    """Wrap Wagtail's submission notifiers (connected by wagtail.admin on startup)."""
    for signal, sender, uid, notifier in (
        (
            task_submitted,
            TaskState,
            "group_approval_task_submitted_email_notification",
            wagtail_notifiers.task_submission_email_notifier,
        ),
        (
            workflow_submitted,
            WorkflowState,
            "workflow_state_submitted_email_notification",
            wagtail_notifiers.workflow_submission_email_notifier,
        ),
    ):
        signal.disconnect(sender=sender, dispatch_uid=uid)
        signal.connect(DeferredNotifier(notifier), sender=sender, dispatch_uid=uid, weak=False)


def send_review_summaries(notifications, importer, pages):
    """One e-mail per recipient of the held-back notifications, listing the pages."""
    recipients_of = {}
    pages_for = {}
    for notifier, instance, user in notifications:
        if isinstance(instance, TaskState):
            key = (id(notifier), "task", instance.task_id)
            page_id = int(instance.workflow_state.object_id)
        else:
            key = (id(notifier), "workflow", instance.workflow_id)
            page_id = int(instance.object_id)
        if key not in recipients_of:
            handled = notifier.can_handle(instance, user=user)
            recipients_of[key] = (
                notifier.get_valid_recipients(instance, user=user) if handled else ()
            )
        for recipient in recipients_of[key]:
            if page_id in pages:
                pages_for.setdefault(recipient, {})[page_id] = pages[page_id]
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    for recipient, found in pages_for.items():
        language = UserProfile.get_for_user(recipient).get_preferred_language()
        with translation.override(language):
            subject = ngettext(
                "%(count)s imported profile awaits review",
                "%(count)s imported profiles await review",
                len(found),
            ) % {"count": len(found)}
            intro = _(
                "%(user)s imported professional profiles that await review in quality control:"
            ) % {"user": importer.get_full_name() or importer.get_username()}
            lines = [
                f"- {page.title}: {base_url}{reverse('wagtailadmin_pages:edit', args=[page.pk])}"
                for page in found.values()
            ]
            body = "\n".join([intro, "", *lines, ""])
        try:
            send_mail(
                subject, body, settings.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL, [recipient.email]
            )
        except OSError:  # smtplib errors included; the import itself has succeeded
            logger.exception("Could not send the import summary to %s", recipient.email)


install_deferred_notifiers()
