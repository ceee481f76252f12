"""Fixed vocabularies shared by pages and snippets. Values are stored; labels go through gettext."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.TextChoices):
    """The part of the world a country belongs to; the country index filters by it."""

    EU = "eu", _("EU, EEA and Switzerland")
    EUROPE = "europe", _("Other European countries")
    AFRICA = "africa", _("Africa")
    AMERICAS = "americas", _("Americas")
    ASIA = "asia", _("Asia")
    OCEANIA = "oceania", _("Oceania")


class QualificationType(models.TextChoices):
    """The kind of training or education a foreign qualification concludes."""

    DUAL = "dual", _("Dual vocational training")
    SCHOOL = "school", _("School-based vocational training")
    IN_COMPANY = "in_company", _("In-company training")
    HIGHER_VOCATIONAL = "higher_vocational", _("Higher vocational education")
    FURTHER_TRAINING = "further_training", _("Further training")
    OTHER = "other", _("Other")


class IscedLevel(models.IntegerChoices):
    """ISCED 2011 levels that vocational qualifications reach."""

    LEVEL_2 = 2, _("ISCED 2: lower secondary")
    LEVEL_3 = 3, _("ISCED 3: upper secondary")
    LEVEL_4 = 4, _("ISCED 4: post-secondary non-tertiary")
    LEVEL_5 = 5, _("ISCED 5: short-cycle tertiary")
    LEVEL_6 = 6, _("ISCED 6: bachelor or equivalent")
    LEVEL_7 = 7, _("ISCED 7: master or equivalent")


class ChamberType(models.TextChoices):
    """The kind of a chamber, and so which chambers are responsible for an occupation."""

    CRAFTS = "hwk", _("Chamber of skilled crafts")
    COMMERCE = "ihk", _("Chamber of commerce and industry")
    LIBERAL = "liberal", _("Chamber of liberal professions")
    AGRICULTURE = "agriculture", _("Chamber of agriculture")


class FederalState(models.TextChoices):
    """The German federal state a chamber is in."""

    BW = "BW", "Baden-Württemberg"
    BY = "BY", _("Bavaria")
    BE = "BE", "Berlin"
    BB = "BB", "Brandenburg"
    HB = "HB", "Bremen"
    HH = "HH", "Hamburg"
    HE = "HE", _("Hesse")
    MV = "MV", "Mecklenburg-Vorpommern"
    NI = "NI", _("Lower Saxony")
    NW = "NW", _("North Rhine-Westphalia")
    RP = "RP", _("Rhineland-Palatinate")
    SL = "SL", "Saarland"
    SN = "SN", _("Saxony")
    ST = "ST", _("Saxony-Anhalt")
    SH = "SH", "Schleswig-Holstein"
    TH = "TH", _("Thuringia")


class CountryTopic(models.TextChoices):
    """The topic of a country profile's section; its label is the default heading."""

    EDUCATION_SYSTEM = "education_system", _("Education system")
    SCHOOL_SYSTEM = "school_system", _("School system")
    VOCATIONAL_TRAINING = "vocational_training", _("Vocational training system")
    HIGHER_EDUCATION = "higher_education", _("Higher education")
    FURTHER_TRAINING = "further_training", _("Further training")
    REFORMS_HISTORY = "reforms_history", _("Reforms and history")
    LEGAL_BASIS = "legal_basis", _("Legal basis")
    INSTITUTIONS = "institutions", _("Institutions")
    SOURCES = "sources", _("Sources")


class ProfileTopic(models.TextChoices):
    """The topic of a professional profile's section; its label is the default heading."""

    LEARNING_OBJECTIVES = "learning_objectives", _("Learning objectives")
    SUBJECTS = "subjects", _("Subjects and hours")
    PRACTICAL_TRAINING = "practical_training", _("Practical training")
    EXAMINATION = "examination", _("Examination")
    CERTIFICATE = "certificate", _("Certificate awarded")
    SAMPLE_DOCUMENTS = "sample_documents", _("Sample documents")
    SOURCES = "sources", _("Sources")


class OutcomeResult(models.TextChoices):
    """The result of a recognition procedure: how far the foreign qualification is equivalent to the
    German reference occupation."""

    FULL = "full", _("Full equivalence")
    PARTIAL = "partial", _("Partial equivalence")
    NONE = "none", _("No equivalence")
