"""Template tags of the site chrome (portal_tags)."""
