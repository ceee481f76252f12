"""The portal's page types, one module per part of the tree; `base` holds what they share."""

from .countries import CountryIndexPage, CountryProfilePage
from .footer import FooterLinks
from .home import HomePage
from .news import NewsIndexPage, NewsPage
from .professions import ProfessionalProfilePage
from .restricted import (
    ChamberOutcomesPage,
    GuidelineIndexPage,
    GuidelinePage,
    OutcomeIndexPage,
    RecognitionOutcomePage,
    RestrictedAreaPage,
)
from .standard import StandardPage
from .versions import ContentVersion

__all__ = [
    "ChamberOutcomesPage",
    "ContentVersion",
    "CountryIndexPage",
    "CountryProfilePage",
    "FooterLinks",
    "GuidelineIndexPage",
    "GuidelinePage",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "OutcomeIndexPage",
    "ProfessionalProfilePage",
    "RecognitionOutcomePage",
    "RestrictedAreaPage",
    "StandardPage",
]
