"""Every block editors can pick is documented and previews in the admin's block picker."""

import pytest

from pages.models import CountryProfilePage, ProfessionalProfilePage, StandardPage

STREAMS = [
    CountryProfilePage.sections.field.stream_block,
    ProfessionalProfilePage.body.field.stream_block,
    StandardPage.body.field.stream_block,
    CountryProfilePage.sections.field.stream_block.child_blocks["section"].child_blocks["content"],
]
PICKABLE = {
    f"{type(stream).__name__}.{name}": block
    for stream in STREAMS
    for name, block in stream.child_blocks.items()
}


@pytest.mark.parametrize("name", sorted(PICKABLE))
def test_block_has_description(name):
    assert PICKABLE[name].get_description()


@pytest.mark.parametrize("name", sorted(PICKABLE))
def test_block_preview_renders_in_admin(admin_client, name):
    block = PICKABLE[name]
    assert block.is_previewable
    response = admin_client.get("/admin/block-preview/", {"id": block.definition_prefix})
    assert response.status_code == 200
    assert "css/portal.css" in response.content.decode()
