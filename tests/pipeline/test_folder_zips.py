"""A .zip inside a folder package is vetted and read like a zip inside a zip package."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from preaudit.pipeline import cli
from preaudit.pipeline.discover import ArchiveLimits, Package, discover
from preaudit.pipeline.exitcodes import ExitCode
from sample_data.gen.hostile import (
    docx_bytes,
    overlap_zip,
    reportlab_pdf,
    xlsx_bytes,
    zip_bytes,
)

ZEROS = bytes(5 * 2**20)  # 5 MiB of zeros deflate about 1000:1: over the 200:1 limit


def _files(package: Package) -> dict[str, object]:
    return {item.name: item for item in package.files}


def _folder(tmp_path: Path, members: dict[str, bytes]) -> Path:
    root = tmp_path / "pkg"
    for name, data in members.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return root


def test_a_zip_of_valid_files_in_a_folder_is_audited_under_its_name(tmp_path: Path) -> None:
    inner = zip_bytes({"工单.pdf": reportlab_pdf("工单"), "表/统计.xlsx": xlsx_bytes([["a", 1]])})
    root = _folder(tmp_path, {"说明.pdf": reportlab_pdf(), "资料/inner.zip": inner})
    out = tmp_path / "out"
    assert cli.main(["run", str(root), "--out", str(out), "--quiet", "--lang", "en"]) == ExitCode.OK
    report = json.loads((out / "report.json").read_text("utf-8"))
    documents = {doc["file"]: doc for doc in report["documents"]}
    assert set(documents) == {"说明.pdf", "资料/inner.zip/工单.pdf", "资料/inner.zip/表/统计.xlsx"}
    for doc in documents.values():
        assert doc["status"] != "unreadable", doc
    assert not any("zip archive" in (doc.get("error") or "") for doc in documents.values())


def test_office_files_in_a_folder_are_not_unpacked(tmp_path: Path) -> None:
    root = _folder(tmp_path, {"a.docx": docx_bytes(), "b.xlsx": xlsx_bytes([["x"]])})
    package = discover(root)
    try:
        assert {name: item.path for name, item in _files(package).items()} == {
            "a.docx": root / "a.docx",
            "b.xlsx": root / "b.xlsx",
        }
        assert package.staging is None  # no zip, nothing staged
    finally:
        package.close()


def test_bomb_and_slip_in_a_folder_zip_get_the_zip_package_reasons(tmp_path: Path) -> None:
    buffer = tmp_path / "bad.zip"
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("zeros.pdf", ZEROS)
        zf.writestr(zipfile.ZipInfo("../../escape.pdf"), b"%PDF-1.4")
        zf.writestr("ok.pdf", reportlab_pdf())
    as_package = discover(buffer)
    try:
        expected = {f"bad.zip/{name}": item.refused for name, item in _files(as_package).items()}
    finally:
        as_package.close()
    root = _folder(tmp_path, {"bad.zip": buffer.read_bytes(), "正常.pdf": reportlab_pdf()})
    package = discover(root)
    try:
        files = _files(package)
        assert {name: files[name].refused for name in expected} == expected
        assert "zip bomb" in files["bad.zip/zeros.pdf"].refused.en
        assert "zip slip" in files["bad.zip/../../escape.pdf"].refused.en
        assert files["bad.zip/ok.pdf"].path is not None and files["bad.zip/ok.pdf"].refused is None
        assert files["正常.pdf"].path == root / "正常.pdf"
        staged = {p.name for p in Path(package.staging.name).rglob("*") if p.is_file()}
        assert len(staged) == 1  # only ok.pdf was inflated, under a numbered name
        assert not (tmp_path / "escape.pdf").exists()
    finally:
        package.close()
    assert not Path(package.staging.name).exists()  # staging removed with the package


def test_an_archive_refused_whole_in_a_folder_is_one_refused_file(tmp_path: Path) -> None:
    root = _folder(tmp_path, {"overlap.zip": overlap_zip(), "ok.pdf": reportlab_pdf()})
    package = discover(root)
    try:
        files = _files(package)
        assert set(files) == {"ok.pdf", "overlap.zip"}
        assert "overlap" in files["overlap.zip"].refused.en
        assert files["ok.pdf"].refused is None
    finally:
        package.close()


def test_a_zip_in_a_zip_in_a_folder_meets_the_depth_limit(tmp_path: Path) -> None:
    level2 = zip_bytes({"deep.pdf": reportlab_pdf()})
    outer = zip_bytes({"ok.pdf": reportlab_pdf(), "level2.zip": level2})
    root = _folder(tmp_path, {"outer.zip": outer})
    package = discover(root)
    try:
        files = _files(package)
        assert files["outer.zip/ok.pdf"].path is not None
        assert "nested more than 2 levels" in files["outer.zip/level2.zip"].refused.en
        assert "outer.zip/level2.zip/deep.pdf" not in files
    finally:
        package.close()
    package = discover(root, ArchiveLimits(max_depth=1))  # 1: no zip is read, folder or not
    try:
        assert "nested" in _files(package)["outer.zip"].refused.en
    finally:
        package.close()


def test_folder_zips_share_one_inflate_budget(tmp_path: Path) -> None:
    member = bytes(range(256)) * 4096  # 1 MiB that barely compresses
    root = _folder(tmp_path, {"a.zip": zip_bytes({"a.pdf": member}),
                              "b.zip": zip_bytes({"b.pdf": member})})
    package = discover(root, ArchiveLimits(max_total_bytes=int(1.5 * 2**20)))
    try:
        files = _files(package)
        assert files["a.zip/a.pdf"].refused is None
        assert "package budget" in files["b.zip/b.pdf"].refused.en
    finally:
        package.close()


def test_the_member_count_is_read_from_the_end_record_before_zipfile_parses(
    tmp_path: Path,
) -> None:
    from preaudit.pipeline.discover import _declared_members

    small = tmp_path / "small.zip"
    small.write_bytes(zip_bytes({"a.pdf": b"%PDF", "b/c.pdf": b"%PDF"}))
    assert _declared_members(small) == 2
    many = tmp_path / "many.zip"  # over 65,535 entries: only the ZIP64 record has the count
    with zipfile.ZipFile(many, "w", zipfile.ZIP_STORED) as zf:
        for n in range(70_000):
            zf.writestr(f"{n}", b"")
    assert _declared_members(many) == 70_000
    assert _declared_members(tmp_path / "missing.zip") is None
    not_zip = tmp_path / "x.zip"
    not_zip.write_bytes(b"PK\x03\x04 but no end record")
    assert _declared_members(not_zip) is None
    root = _folder(tmp_path, {"in/many.zip": many.read_bytes(), "ok.pdf": reportlab_pdf()})
    package = discover(root)
    try:
        files = _files(package)
        assert "70000 files, over the 10000 limit" in files["in/many.zip"].refused.en
        assert files["ok.pdf"].refused is None
    finally:
        package.close()
