"""A chamber's recognition outcomes from a CSV or XLSX file (docs/outcomes.md).

Rules: every row is checked before anything is written, and every problem is reported with its
row and column; if there is one, nothing is written (ProfileImportError). Rows go into the
importer's own chamber only (the outcomes page they may add to: a file has no chamber column).
Outcomes are anonymised: a text that looks like personal data (an e-mail address, a date, a
phone number, a file number, a person's name: pages.models.restricted.personal_data_in) refuses
its row; the file has no column for a person. Each outcome is written as a draft and submitted
to its chamber's workflow (the outcome check), all in one transaction.
"""

import uuid

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Locale

from pages.choices import OutcomeResult
from pages.models import ProfessionalProfilePage, RecognitionOutcomePage
from pages.models.restricted import personal_data_in
from pages.snippets import ReferenceOccupation

from .reading import ProfileImportError, RowError, decode, read_csv, read_xlsx

COLUMNS = (
    "profile",
    "reference_occupation",
    "result",
    "decision_year",
    "completion_year",
    "skills_analysis",
    "issuing_institution",
    "issuing_town",
    "substantial_differences",
    "compensation_measures",
    "notes",
    "title",
)
REQUIRED = ("profile", "reference_occupation", "result", "decision_year", "completion_year")
FORMATS = ("csv", "xlsx")
YES = {"ja", "yes", "true", "1", "x"}
NO = {"", "nein", "no", "false", "0"}
# The free texts, with their fields' length limits (0: none).
TEXTS = {
    "title": 255,
    "issuing_institution": 255,
    "issuing_town": 120,
    "substantial_differences": 0,
    "compensation_measures": 0,
    "notes": 0,
}


def read_outcome_rows(content, name):
    """(rows, errors) of a CSV or XLSX file, by its name's extension."""
    if name.lower().endswith(".xlsx"):
        rows, errors = read_xlsx(content, COLUMNS, REQUIRED)
    elif name.lower().endswith(".csv"):
        rows, errors = read_csv(decode(content), COLUMNS, REQUIRED)
    else:
        raise ProfileImportError([RowError(0, "", _("Upload a .csv or .xlsx file."))], COLUMNS)
    if any(error.row == 0 for error in errors):
        raise ProfileImportError(errors, COLUMNS)
    if not rows:
        raise ProfileImportError([RowError(0, "", _("The file contains no outcomes."))], COLUMNS)
    return rows, errors


def import_outcomes(content, name, user, chamber_page):
    """Import the file `name` (bytes) into `chamber_page` in the name of `user`; returns the new
    outcomes, or raises ProfileImportError with every problem (nothing written)."""
    rows, errors = read_outcome_rows(content, name)
    return OutcomeImporter(user, chamber_page).run(rows, errors)


def year(value, low, problems, column):
    """`value` as a year from `low` to 2100, or None with a problem."""
    try:
        number = int(value)
    except ValueError:
        number = None
    if number is None or not low <= number <= 2100:
        message = _("Enter a year from %(low)s to %(high)s.") % {"low": low, "high": 2100}
        problems.append((column, message))
        return None
    return number


class OutcomeImporter:
    """One import: looks up what the rows name, checks every row, then writes them all."""

    def __init__(self, user, chamber_page):
        self.user = user
        self.chamber_page = chamber_page
        german = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        self.german = german
        self.occupations = {}
        for occupation in ReferenceOccupation.objects.filter(locale=german):
            self.occupations[occupation.name.strip().casefold()] = occupation
            if occupation.kldb_code:
                self.occupations[occupation.kldb_code] = occupation
        self.results = {value: value for value in OutcomeResult.values}
        self.results.update(
            {str(label).casefold(): value for value, label in OutcomeResult.choices}
        )

    def run(self, rows, errors):
        ids = {row.get("profile", "") for _number, row in rows}
        self.profiles = {
            page.external_id: page
            for page in ProfessionalProfilePage.objects.filter(
                locale=self.german, external_id__in=ids
            )
        }
        outcomes = [self.check(number, row, errors) for number, row in rows]
        if errors:
            raise ProfileImportError(errors, COLUMNS)
        with transaction.atomic():
            for outcome in outcomes:
                self.write(outcome)
        return outcomes

    def check(self, number, row, errors):
        """The row as an unsaved outcome, or None with its problems appended to `errors`."""
        problems = []
        profile, occupation, result = self.references(row, problems)
        decided, completed, analysis = self.values(row, problems)
        self.texts(row, problems)
        errors += [RowError(number, column, message) for column, message in problems]
        if problems:
            return None
        title = row.get("title") or f"{profile.title} – {OutcomeResult(result).label} ({decided})"
        return RecognitionOutcomePage(
            title=title,
            slug=f"{slugify(title)[:40]}-{uuid.uuid4().hex[:8]}",
            locale=self.german,
            profile=profile,
            reference_occupation=occupation,
            result=result,
            decision_year=decided,
            completion_year=completed,
            skills_analysis=analysis,
            issuing_institution=row.get("issuing_institution", ""),
            issuing_town=row.get("issuing_town", ""),
            substantial_differences=row.get("substantial_differences", ""),
            compensation_measures=row.get("compensation_measures", ""),
            notes=row.get("notes", ""),
            live=False,
            owner=self.user,
        )

    def references(self, row, problems):
        """The profile, reference occupation and result the row names."""
        profile = self.profiles.get(row.get("profile", ""))
        if profile is None:
            message = _("No German professional profile has this external ID.")
            problems.append(("profile", message))
        occupation = self.occupations.get(row.get("reference_occupation", "").casefold())
        if occupation is None:
            message = _("No German reference occupation has this KldB code or name.")
            problems.append(("reference_occupation", message))
        result = self.results.get(row.get("result", "").casefold())
        if result is None:
            choices = ", ".join(OutcomeResult.values)
            problems.append(("result", _("Enter one of: %(choices)s.") % {"choices": choices}))
        return profile, occupation, result

    def values(self, row, problems):
        """The years and the skills analysis."""
        decided = year(row.get("decision_year", ""), 2012, problems, "decision_year")
        completed = year(row.get("completion_year", ""), 1900, problems, "completion_year")
        if decided and completed and completed > decided:
            message = _("The qualification was completed after the decision?")
            problems.append(("completion_year", message))
        analysis = row.get("skills_analysis", "").casefold()
        if analysis not in YES | NO:
            problems.append(("skills_analysis", _("Enter yes or no.")))
        return decided, completed, analysis in YES

    def texts(self, row, problems):
        """No text too long for its field, none that looks like personal data."""
        for column, limit in TEXTS.items():
            text = row.get(column, "")
            if limit and len(text) > limit:
                message = _("At most %(limit)s characters.") % {"limit": limit}
                problems.append((column, message))
            kinds = personal_data_in(text)
            if kinds:
                message = _(
                    "This looks like personal data (%(kinds)s). Outcomes are anonymised: remove it."
                ) % {"kinds": ", ".join(str(kind) for kind in kinds)}
                problems.append((column, message))

    def write(self, outcome):
        """A draft with its revision, submitted to the chamber's workflow."""
        self.chamber_page.add_child(instance=outcome)
        outcome.save_revision(user=self.user)
        workflow = outcome.get_workflow()
        if workflow is not None:
            workflow.start(outcome, self.user)
