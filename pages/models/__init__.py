from .countries import CountryIndexPage, CountryProfilePage
from .home import HomePage
from .news import NewsIndexPage, NewsPage
from .professions import ProfessionalProfilePage
from .standard import StandardPage

__all__ = [
    "CountryIndexPage",
    "CountryProfilePage",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "ProfessionalProfilePage",
    "StandardPage",
]
