"""Atom feeds of new and changed professional profiles: the whole portal's and each country's,
in the reader's language (the URL's prefix).

Live public profiles only (`.public()`: nothing restricted), the newest FEED_SIZE by their last
publication; every address under the portal's public address (portal.public_address). A feed is
the same for every reader.
"""

from django.contrib.syndication.views import Feed
from django.db.models import F
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from portal.public_address import public_page_url, public_url

from .models import CountryProfilePage, HomePage, ProfessionalProfilePage

FEED_SIZE = 50


class ProfileChanges(Feed):
    """The newest changes to professional profiles, of the portal or of one country."""

    feed_type = Atom1Feed

    def get_object(self, request, iso_code=None):
        self.request = request
        if iso_code is None:
            return None
        country = (
            CountryProfilePage.objects.live()
            .public()
            .filter(locale__language_code=get_language(), iso_code=iso_code.upper())
            .first()
        )
        if country is None:
            raise Http404
        return country

    def title(self, country):
        if country is None:
            return _("BQ-Portal: new and changed professional profiles")
        return _("BQ-Portal: new and changed professional profiles of %(country)s") % {
            "country": country.title
        }

    def subtitle(self, country):
        return _("Professional profiles of the BQ-Portal, newest changes first.")

    def link(self, country):
        if country is not None:
            return public_page_url(country, self.request)
        home = HomePage.objects.live().filter(locale__language_code=get_language()).first()
        return public_page_url(home, self.request) if home else public_url("/")

    def feed_url(self, country):
        if country is None:
            return public_url(reverse("profile_changes"))
        return public_url(reverse("country_profile_changes", args=[country.iso_code]))

    def items(self, country):
        profiles = ProfessionalProfilePage.objects.live().public()
        profiles = profiles.filter(locale__language_code=get_language())
        if country is not None:
            profiles = profiles.descendant_of(country)
        changed = F("last_published_at").desc(nulls_last=True)
        return profiles.order_by(changed, "-pk")[:FEED_SIZE]

    def item_title(self, profile):
        return profile.title

    def item_description(self, profile):
        return profile.summary

    def item_link(self, profile):
        return public_page_url(profile, self.request)

    def item_pubdate(self, profile):
        return profile.first_published_at

    def item_updateddate(self, profile):
        return profile.last_published_at
