"""Office settings for committees and orders: the optional Garuda emblem and the member limit."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from pcha_desktop.services.appointment_orders import render_order_pdf
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo
from pcha_desktop.services.emblem import emblem_path, set_emblem
from pcha_desktop.services.errors import UserFacingError


def _png(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (60, 72), "black").save(path)
    return path


def _image_count(pdf: Path) -> int:
    first_page = PdfReader(str(pdf)).pages[0]
    return len(first_page.images)


def test_orders_carry_the_chosen_emblem(tmp_path):
    data_dir = tmp_path / "data"
    with open_data_folder(data_dir) as folder:
        populate_demo(folder.database)
        without = render_order_pdf(folder.workspace, 1, tmp_path / "without.pdf")
        assert _image_count(without) == 0
        set_emblem(folder.workspace, _png(tmp_path / "garuda.png"))
        assert emblem_path(folder.workspace) is not None
        with_emblem = render_order_pdf(folder.workspace, 1, tmp_path / "with.pdf")
        assert _image_count(with_emblem) == 1


def test_a_file_that_is_not_an_image_is_refused_and_nothing_kept(tmp_path):
    bogus = tmp_path / "garuda.png"
    bogus.write_text("not an image")
    with open_data_folder(tmp_path / "data") as folder:
        with pytest.raises(UserFacingError) as refused:
            set_emblem(folder.workspace, bogus)
        assert "PNG" in refused.value.message_th
        assert emblem_path(folder.workspace) is None


def test_the_member_limit_is_a_setting_that_drives_the_warning(tmp_path):
    from pcha_desktop.services import committees

    with open_data_folder(tmp_path / "data") as folder:
        populate_demo(folder.database)
        committee = committees.find_district_committee(folder.database)
        assert committees.get_member_limit(folder.database) == 21
        with pytest.raises(UserFacingError):
            committees.set_member_limit(folder.database, 0, "สมศรี")
        committees.set_member_limit(folder.database, 10, "สมศรี")
        warnings = committees.composition_warnings(folder.database, committee.id)
        assert any("10" in warning.message_th for warning in warnings)
