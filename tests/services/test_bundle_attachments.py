"""The bundle's attachments: the signed scans the app holds, shrunk image copies (the originals untouched), the
size expected before exporting; the bundle with shrunk copies still verifies."""

from __future__ import annotations

import hashlib
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from pcha_desktop.cli.main import main
from pcha_desktop.services import appointment_orders, bundles, meetings, signing_keys
from pcha_desktop.services.bundle_attachments import (
    LONGEST_SIDE,
    container_size,
    copy_held,
    data_size,
    expected_size,
    expected_size_of,
    held_attachments,
    shrink_image,
    shrink_images,
)
from pcha_desktop.services.bundle_container import write_container
from pcha_desktop.services.bundles import BundleFiles
from pcha_desktop.services.data_folder import DataFolder
from pcha_desktop.services.district_profile import load_profile
from pcha_desktop.storage.models import AppointmentOrder, Meeting


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_large_png_and_jpeg_scans_get_smaller_and_the_originals_stay(tmp_path: Path, make_scan) -> None:
    scan = make_scan
    png, jpeg = scan(tmp_path / "คำสั่ง.png"), scan(tmp_path / "minutes.jpg", kind="JPEG", seed=2)
    before = {png: digest(png), jpeg: digest(jpeg)}
    results = shrink_images([png, jpeg], tmp_path / "shrunk")
    for result in results:
        assert result.shrunk and result.after < result.before / 3, result
        assert result.path.parent.parent == tmp_path / "shrunk" and result.path.suffix == ".jpg"
        assert result.after == result.path.stat().st_size
        with Image.open(result.path) as copy:
            assert copy.format == "JPEG" and max(copy.size) == LONGEST_SIDE
            assert copy.getpixel((copy.width - 650 * LONGEST_SIDE // 3508, copy.height // 2))  # still a picture
    assert {path: digest(path) for path in before} == before  # the user's files are only read
    assert results[0].path.name == "คำสั่ง.jpg"


def test_pdfs_small_images_and_broken_files_are_attached_as_they_are(tmp_path: Path, make_scan) -> None:
    scan = make_scan
    pdf = tmp_path / "order.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + b"0" * 5000)
    small = tmp_path / "small.jpg"
    with Image.open(scan(tmp_path / "phone.png", size=(900, 1200))) as photo:  # already a small, compressed JPEG
        photo.save(small, "JPEG", quality=50, optimize=True)
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"junk" * 100)
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    reasons = {result.original.name: (result.shrunk, result.reason, result.path == result.original)
               for result in shrink_images([pdf, small, broken, text], tmp_path / "out")}
    assert reasons == {"order.pdf": (False, "pdf", True), "small.jpg": (False, "not_smaller", True),
                       "broken.png": (False, "unreadable", True), "notes.txt": (False, "not_image", True)}
    assert list((tmp_path / "out").rglob("*.*")) == []  # no copy left behind


def test_transparent_png_is_shrunk_onto_white(tmp_path: Path) -> None:
    source = tmp_path / "stamp.png"
    image = Image.effect_noise((2200, 900), 40).convert("RGBA")
    image.putalpha(0)
    image.save(source)
    result = shrink_image(source, tmp_path / "out")
    with Image.open(result.path) as copy:
        assert copy.mode == "RGB" and copy.getpixel((10, 10)) == (255, 255, 255)


def _attach_scans(folder: DataFolder, tmp_path: Path, scan) -> None:  # noqa: ANN001 - make_scan
    from sqlalchemy import select

    with folder.database.reader() as session:
        order_ids = [row.id for row in session.scalars(select(AppointmentOrder).order_by(AppointmentOrder.id))]
        meeting_ids = [row.id for row in session.scalars(select(Meeting).order_by(Meeting.id))]
    workspace = folder.workspace
    appointment_orders.attach_signed_copy(workspace, order_ids[0], scan(tmp_path / "order245.png", (900, 1200)), "sec")
    appointment_orders.attach_signed_copy(workspace, order_ids[1], scan(tmp_path / "order58.png"), "sec")
    meetings.attach_signed_minutes(workspace, meeting_ids[0], scan(tmp_path / "minutes1.jpg", kind="JPEG"), "sec")
    pdf = tmp_path / "minutes5.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + b"1" * 3000)
    meetings.attach_signed_minutes(workspace, meeting_ids[4], pdf, "sec")


def test_held_scans_of_the_period_are_offered_and_copied_under_readable_names(demo_folder, tmp_path, make_scan) -> None:
    _attach_scans(demo_folder, tmp_path, make_scan)
    quarter_one = held_attachments(demo_folder.database, "2564Q1")  # Oct-Dec 2563: order 58/2564 not yet
    assert [held.kind for held in quarter_one] == ["order", "minutes"]
    assert quarter_one[0].label_th.startswith("คำสั่งที่ 245/2563 (ฉบับลงนาม)")
    assert quarter_one[1].label_th.startswith("รายงานการประชุมครั้งที่ 1/2564")
    year = held_attachments(demo_folder.database, "2564")
    assert [(held.kind, held.file_name) for held in year] == [
        ("order", "signed-order-245-2563.png"), ("order", "signed-order-58-2564.png"), ("minutes", "signed-minutes-1-2564.jpg"),
        ("minutes", "signed-minutes-5-2564.pdf")]
    assert held_attachments(demo_folder.database, "2563") == []
    in_force = held_attachments(demo_folder.database, "2565")  # 58/2564 still in force; 245/2563 replaced
    assert [held.file_name for held in in_force] == ["signed-order-58-2564.png"]
    copied = copy_held(demo_folder.workspace, year[1], tmp_path / "copies")
    assert copied.name == "signed-order-58-2564.png" and digest(copied) == digest(tmp_path / "order58.png")


def test_a_bundle_with_shrunk_scans_verifies_and_its_size_was_expected(demo_folder, tmp_path, capsys, make_scan) -> None:
    _attach_scans(demo_folder, tmp_path, make_scan)
    database = demo_folder.database
    held = held_attachments(database, "2564")
    own = make_scan(tmp_path / "photo.png", size=(1800, 1200), seed=5)
    copies = [copy_held(demo_folder.workspace, item, tmp_path / "held") for item in held]
    expected_before = expected_size(data_size(database, "2564"), [(own.name, own.stat().st_size)]
                                    + [(item.file_name, item.size_bytes) for item in held])
    results = shrink_images([own, *copies], tmp_path / "shrunk")
    assert [result.shrunk for result in results] == [True, True, True, True, False]  # the PDF as it is
    files = BundleFiles(attachments=tuple(result.path for result in results))
    expected = expected_size_of(data_size(database, "2564"), files)
    assert expected < expected_before / 3
    out = tmp_path / "2564.pcha"
    result = bundles.export_bundle(database, "2564", out, "sec", files=files)
    assert abs(result.size_bytes - expected) < 600, (result.size_bytes, expected)  # the manifest is estimated
    assert result.size_bytes == out.stat().st_size
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
    assert "attachments/03-signed-order-58-2564.jpg" in names and "attachments/05-signed-minutes-5-2564.pdf" in names
    signing_keys.export_public_key(load_profile(database).district_code, tmp_path / "key.pem")
    capsys.readouterr()
    assert main(["verify", str(out), "--public-key", str(tmp_path / "key.pem")]) == 0
    assert "03-signed-order-58-2564.jpg" in capsys.readouterr().out


def test_export_bundle_shrink_images_on_the_command_line(demo_folder, tmp_path, capsys, make_scan) -> None:
    png, pdf = make_scan(tmp_path / "order.png"), tmp_path / "minutes.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + b"2" * 3000)
    original = digest(png)
    data = str(demo_folder.data_dir)
    demo_folder.close()
    out = tmp_path / "q1.pcha"
    assert main(["export-bundle", "--period", "2564Q1", "--out", str(out), "--attach", str(png), "--attach", str(pdf),
                 "--shrink-images", "--data-dir", data]) == 0
    printed = capsys.readouterr().out
    assert "Shrunk order.png" in printed and "ย่อรูป order.png" in printed
    assert "PDFs are attached as they are" in printed
    with zipfile.ZipFile(out) as archive:
        sizes = {info.filename: info.file_size for info in archive.infolist()}
    assert sizes["attachments/01-order.jpg"] < png.stat().st_size / 3
    assert sizes["attachments/02-minutes.pdf"] == pdf.stat().st_size
    assert digest(png) == original
    assert out.stat().st_size < png.stat().st_size


def test_the_email_limit_setting(demo_folder) -> None:
    database = demo_folder.database
    assert bundles.email_limit_bytes(database) == 20 * 1024 * 1024
    bundles.set_email_limit_mb(database, 7, "sec")
    assert bundles.email_limit_bytes(database) == 7 * 1024 * 1024
    with pytest.raises(bundles.UserFacingError):
        bundles.set_email_limit_mb(database, 0, "sec")
    assert bundles.email_limit_bytes(database) == 7 * 1024 * 1024


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.from_regex(r"attachments/[0-9]{2}-[A-Za-z0-9_ก-ฮ-]{1,40}\.(pdf|jpg)", fullmatch=True),
                       st.integers(0, 5000), max_size=12))
def test_the_container_size_is_exact(sizes: dict[str, int]) -> None:
    assert container_size(sizes) == len(write_container({name: b"x" * size for name, size in sizes.items()}))


@settings(max_examples=80, deadline=None)
@given(magic=st.sampled_from([b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*"]),
       body=st.binary(max_size=3000), cut=st.integers(0, 400))
def test_a_hostile_image_never_breaks_shrinking_and_is_never_written(tmp_path_factory, magic, body, cut) -> None:
    """Any bytes under an image's first bytes (and real images cut short): shrinking either makes a readable JPEG
    within the size or attaches the file as it is; it never raises and never writes the file given."""
    folder = tmp_path_factory.mktemp("hostile")
    real = folder / "real.png"
    Image.effect_noise((300, 200), 50).save(real)
    for source, content in ((folder / "made.bin", magic + body), (folder / "cut.png", real.read_bytes()[:cut])):
        source.write_bytes(content)
        result = shrink_image(source, folder / "out")
        assert source.read_bytes() == content
        if result.shrunk:
            with Image.open(result.path) as copy:
                assert copy.format == "JPEG" and max(copy.size) <= LONGEST_SIDE
        else:
            assert result.path == source and result.reason in {"unreadable", "not_smaller", "not_image", "pages"}


def test_an_image_of_too_many_pixels_is_not_decoded(tmp_path: Path) -> None:
    """Small files that unpack to 100 and 225 million pixels (image 'bombs'; Pillow only warns about the first):
    attached as they are, never decoded."""
    for side in (10000, 15000):
        bomb = tmp_path / f"bomb{side}.png"
        Image.new("1", (side, side)).save(bomb)
        _refused_bomb(bomb, tmp_path)


def _refused_bomb(bomb: Path, tmp_path: Path) -> None:
    assert bomb.stat().st_size < 100_000
    result = shrink_image(bomb, tmp_path / "out")
    assert (result.shrunk, result.reason) == (False, "unreadable")
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_export_bundle_held_attaches_the_signed_scans_the_app_holds(demo_folder, tmp_path, capsys, make_scan) -> None:
    _attach_scans(demo_folder, tmp_path, make_scan)
    data = str(demo_folder.data_dir)
    demo_folder.close()
    out = tmp_path / "q1.pcha"
    assert main(["export-bundle", "--period", "2564Q1", "--out", str(out), "--held", "--data-dir", data]) == 0
    printed = capsys.readouterr().out
    assert "คำสั่งที่ 245/2563 (ฉบับลงนาม)" in printed and "attached" in printed
    with zipfile.ZipFile(out) as archive:
        names = [name for name in archive.namelist() if name.startswith("attachments/")]
    assert names == ["attachments/01-signed-order-245-2563.png", "attachments/02-signed-minutes-1-2564.jpg"]


def test_the_demo_keeps_signed_scans_that_the_bundle_offers(tmp_path, capsys) -> None:
    """`pcha demo` gives the order in force and the first adopted minutes of FY2564 a (watermarked) signed
    scan, so the bundle screen has attachments to offer on the demo; asking again adds none."""
    from pcha_desktop.services.data_folder import open_data_folder
    from pcha_desktop.services.demo_scans import attach_demo_scans

    data = tmp_path / "demo"
    assert main(["demo", "--data-dir", str(data)]) == 0
    folder = open_data_folder(data, create=False)
    try:
        held = held_attachments(folder.database, "2564Q1")
        assert [(item.kind, item.file_name) for item in held] == [
            ("order", "signed-order-245-2563.pdf"), ("minutes", "signed-minutes-1-2564.pdf")]
        assert attach_demo_scans(folder.workspace) == 0
        assert len(held_attachments(folder.database, "2564Q1")) == 2
    finally:
        folder.close()
    capsys.readouterr()
    out = tmp_path / "q1.pcha"
    assert main(["export-bundle", "--period", "2564Q1", "--out", str(out), "--held", "--data-dir", str(data)]) == 0
    with zipfile.ZipFile(out) as archive:
        content = archive.read("attachments/01-signed-order-245-2563.pdf")
    assert content.startswith(b"%PDF-")
