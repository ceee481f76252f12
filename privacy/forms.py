"""The page editor's check: a page never refers to what its editor may not read.

An editor could otherwise type the id of a restricted page, document or image into a chooser,
a StreamField block or a rich text link: the editor and its preview would then show that
object's title, address or file, and publishing would show it to everyone. Every reference of
the submitted content (fields, StreamField blocks, rich text) is checked against
privacy.rules for the editing user. One they may not read refuses the whole request (the
admin answers "no permission"): re-rendering the form would show the object in its chooser.
Nobody gets there by the admin's own choosers, which never offer such objects. Every portal
page's form (pages.forms.PortalPageForm) runs it through the hook `pages.hooks.CLEAN_FORM`.
"""

from django.core.exceptions import PermissionDenied
from django.db import models
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page

from .rules import can_see_media, is_hidden


def references(form):
    """(model, primary key) of every object the submitted content refers to."""
    for field in form.instance._meta.get_fields():
        value = form.cleaned_data.get(field.name)
        if value in (None, ""):
            continue
        if isinstance(field, RichTextField | StreamField):
            for model, pk, _path, _content_path in field.extract_references(value):
                yield model, pk
        elif isinstance(field, models.ForeignKey) and isinstance(value, models.Model):
            yield type(value), value.pk


def may_read_all(user, refs):
    """Whether `user` may read every referenced page, document and image (one query a kind)."""
    wanted = {}
    for model, pk in refs:
        kind = Page if issubclass(model, Page) else model
        wanted.setdefault(kind, set()).add(pk)
    pages = Page.objects.filter(pk__in=wanted.pop(Page, ())).only("path")
    if any(is_hidden(page, user) for page in pages):
        return False
    for model in (get_document_model(), get_image_model()):
        items = model.objects.filter(pk__in=wanted.get(model, ())).only("collection_id")
        if any(not can_see_media(item, user) for item in items):
            return False
    return True


def refuse_unreadable_references(form):
    """Refuse the request when the content refers to a page, document or image the editor may not
    read."""
    user = form.for_user
    if user is not None and not may_read_all(user, references(form)):
        raise PermissionDenied
