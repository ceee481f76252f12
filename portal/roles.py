"""The portal's role groups (DESIGN section 4). Names are stored German-independent in English."""

REGISTERED_STAFF = "Registered staff"
CHAMBER_EDITORS = "Chamber editors"
REVIEWERS = "Reviewers"
COMPETENT_EDITORS = "Competent editors"
TRANSLATORS = "Translators"
PORTAL_ADMINISTRATORS = "Portal administrators"
