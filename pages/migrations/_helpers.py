"""Shared by the data migrations (Django's migration loader skips modules starting with _)."""

STEP = 4  # treebeard path step length


def add_page(apps, model_label, parent, locale, translation_key, title, slug):
    """Append a live page of `model_label` ("app.Model") under `parent`.

    Historical models in migrations have no treebeard API, so the tree fields are set here.
    """
    app_label, model_name = model_label.split(".")
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    model = apps.get_model(app_label, model_name)
    content_type, _ = ContentType.objects.get_or_create(
        app_label=app_label, model=model_name.lower()
    )
    last = (
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .first()
    )
    number = int(last.path[-STEP:], 36) + 1 if last else 1
    path = parent.path + base36(number).rjust(STEP, "0")
    page = model.objects.create(
        title=title,
        draft_title=title,
        slug=slug,
        content_type=content_type,
        path=path,
        depth=parent.depth + 1,
        numchild=0,
        url_path=f"{parent.url_path}{slug}/",
        locale=locale,
        translation_key=translation_key,
        live=True,
        has_unpublished_changes=False,
    )
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + 1)
    parent.numchild += 1
    return page


def base36(number):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while number:
        number, remainder = divmod(number, 36)
        text = digits[remainder] + text
    return text or "0"
