"""The operator's reports in the admin: where content is thin, old or untranslated; outcomes."""
