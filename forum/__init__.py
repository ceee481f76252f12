"""The forum of the restricted area: topics and posts by registered staff, written on the site."""
