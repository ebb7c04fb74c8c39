"""The portal in-process: logging in, forms, uploads, downloads and the callback worklist."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from preaudit.portal.auth import SESSION_COOKIE
from preaudit.portal.models import Application, CallbackOutcome, Job, User
from tests.portal.conftest import (
    PACKAGES,
    PASSWORD,
    PortalUnderTest,
    csrf_of,
    login_as,
    new_application,
    upload,
)

SMALL = PACKAGES / "defects" / "资料" / "附件5.docx"


def _jobs(portal: PortalUnderTest) -> int:
    with portal.factory() as db:
        return db.scalar(select(func.count()).select_from(Job)) or 0


# Logging in ---------------------------------------------------------------------------------


def test_login_sets_a_signed_httponly_samesite_cookie(sqlite_portal: PortalUnderTest) -> None:
    client = sqlite_portal.client()
    response = login_as(client, "alice")
    assert response.status_code == 303 and response.headers["location"] == "/applications"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{SESSION_COOKIE}=") and "HttpOnly" in cookie
    assert "SameSite=lax" in cookie
    assert client.get("/applications").status_code == 200
    # A cookie whose signature does not match is nobody.
    value = client.cookies[SESSION_COOKIE]
    client.cookies.set(SESSION_COOKIE, value[:-2] + ("AA" if not value.endswith("AA") else "BB"))
    assert client.get("/applications", follow_redirects=False).status_code == 303


def test_wrong_password_and_unknown_name_look_the_same(sqlite_portal: PortalUnderTest) -> None:
    wrong = login_as(sqlite_portal.client(), "alice", "not the password")
    nobody = login_as(sqlite_portal.client(), "mallory", "not the password")
    assert wrong.status_code == nobody.status_code == 401
    assert SESSION_COOKIE not in wrong.headers.get("set-cookie", "")
    assert "Wrong name or password" in wrong.text and "Wrong name or password" in nobody.text


def test_passwords_are_stored_as_argon2id(sqlite_portal: PortalUnderTest) -> None:
    with sqlite_portal.factory() as db:
        hashes = list(db.scalars(select(User.password_hash)))
    assert hashes and all(h.startswith("$argon2id$") and PASSWORD not in h for h in hashes)


def test_logins_are_rate_limited_per_name(sqlite_portal: PortalUnderTest) -> None:
    sqlite_portal.app.state.portal.limiter.limits = {"name": 3, "ip": 12}  # fewer slow hashes
    for _ in range(3):
        assert login_as(sqlite_portal.client(), "bob", "guess").status_code == 401
    blocked = login_as(sqlite_portal.client(), "bob", PASSWORD)  # even the right password
    assert blocked.status_code == 429
    assert login_as(sqlite_portal.client(), "alice").status_code == 303  # others unaffected


def test_logins_are_rate_limited_per_address(sqlite_portal: PortalUnderTest) -> None:
    sqlite_portal.app.state.portal.limiter.limits = {"name": 3, "ip": 12}
    for number in range(12):  # many names from one address: someone trying a list
        assert login_as(sqlite_portal.client(), f"user{number}", "guess").status_code == 401
    assert login_as(sqlite_portal.client(), "alice").status_code == 429


def test_login_form_needs_its_token(sqlite_portal: PortalUnderTest) -> None:
    client = sqlite_portal.client()
    response = client.post("/login", data={"name": "alice", "password": PASSWORD})
    assert response.status_code == 403 and SESSION_COOKIE not in client.cookies


def test_logout_ends_the_session_on_the_server(sqlite_portal: PortalUnderTest) -> None:
    client = sqlite_portal.login("alice")
    stolen = client.cookies[SESSION_COOKIE]
    token = csrf_of(client, "/applications")
    assert client.post("/logout", data={"csrf": token}, follow_redirects=False).status_code == 303
    replay = sqlite_portal.client()
    replay.cookies.set(SESSION_COOKIE, stolen)
    assert replay.get("/applications", follow_redirects=False).status_code == 303


# CSRF ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("token", [None, "forged", "other-session"])
def test_every_form_needs_the_sessions_csrf_token(
    sqlite_portal: PortalUnderTest, token: str | None
) -> None:
    alice = sqlite_portal.login("alice")
    if token == "other-session":
        token = csrf_of(sqlite_portal.login("alice"), "/applications")  # alice's other login
    data = {"title": "forged"} | ({"csrf": token} if token else {})
    assert alice.post("/applications", data=data).status_code == 403
    files = [("files", ("a.docx", SMALL.read_bytes(), "application/octet-stream"))]
    app_id = new_application(alice, "real")
    response = alice.post(f"/applications/{app_id}/rounds", data=data, files=files)
    assert response.status_code == 403
    with sqlite_portal.factory() as db:
        assert db.scalar(select(func.count()).select_from(Application)) == 1
    assert _jobs(sqlite_portal) == 0


# Uploads ------------------------------------------------------------------------------------


def test_an_upload_over_the_cap_is_refused_while_streaming(sqlite_portal: PortalUnderTest) -> None:
    alice = sqlite_portal.login("alice")
    app_id = new_application(alice, "big")
    big = b"\0" * (21 * 1024 * 1024)  # the fixture's cap is 20 MiB
    response = upload(alice, app_id, [("big.pdf", big)])
    assert response.status_code == 413 and _jobs(sqlite_portal) == 0
    assert not list((sqlite_portal.data.root / "blobs").rglob("*.pdf"))
    assert list((sqlite_portal.data.tmp).iterdir()) == []  # nothing half-received left


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in members.items():
            zf.writestr(name, body)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "body", "reason"),
    [
        ("many.zip", _zip({f"{n}.txt": b"" for n in range(10_001)}), "over the 10000"),
        ("../../evil.docx", b"x", "Unusable"),
        (".hidden", b"x", "Unusable"),
    ],
)
def test_hostile_uploads_are_refused_before_a_job_exists(
    sqlite_portal: PortalUnderTest, name: str, body: bytes, reason: str
) -> None:
    alice = sqlite_portal.login("alice")
    app_id = new_application(alice, "hostile")
    response = upload(alice, app_id, [(name, body)])
    assert response.status_code == 400 and reason in response.text
    assert _jobs(sqlite_portal) == 0


def test_a_member_climbing_out_of_its_zip_is_refused_like_the_cli_does(
    sqlite_portal: PortalUnderTest,
) -> None:
    alice = sqlite_portal.login("alice")
    app_id = new_application(alice, "escape")
    body = _zip({"../../escaped.txt": b"x", "orders.docx": SMALL.read_bytes()})
    response = upload(alice, app_id, [("escape.zip", body)])
    assert response.status_code == 303
    assert sqlite_portal.run_jobs() == ["done"]
    report = alice.get(response.headers["location"] + "/report.json").json()
    refused = [d for d in report["documents"] if d["status"] == "unreadable"]
    assert len(refused) == 1 and "escaped" in refused[0]["file"]
    assert not list(sqlite_portal.data.root.parent.rglob("escaped.txt"))


def test_uploads_are_stored_once_by_content(sqlite_portal: PortalUnderTest) -> None:
    alice = sqlite_portal.login("alice")
    app_id = new_application(alice, "twice")
    for _ in range(2):
        assert upload(alice, app_id, [("orders.docx", SMALL.read_bytes())]).status_code == 303
    blobs = [p for p in (sqlite_portal.data.root / "blobs").rglob("*") if p.is_file()]
    assert len(blobs) == 1 and blobs[0].read_bytes() == SMALL.read_bytes()
    assert oct(blobs[0].stat().st_mode & 0o777) == "0o600"
    with sqlite_portal.factory() as db:
        assert sorted(db.scalars(select(Job.round_no))) == [1, 2]


def test_several_files_keep_their_folders(sqlite_portal: PortalUnderTest) -> None:
    alice = sqlite_portal.login("alice")
    app_id = new_application(alice, "folder")
    files = [("资料/附件5.docx", SMALL.read_bytes()), ("application.toml", b'applicant = "A"\n')]
    response = upload(alice, app_id, files)
    assert response.status_code == 303
    assert sqlite_portal.run_jobs() == ["done"]
    report = alice.get(response.headers["location"] + "/report.json").json()
    assert report["applicant"] == "A"  # the manifest was found at the package root
    assert [d["file"] for d in report["documents"]] == ["资料/附件5.docx"]


# Downloads ----------------------------------------------------------------------------------


@pytest.fixture
def done_round(sqlite_portal: PortalUnderTest) -> tuple[PortalUnderTest, int]:
    alice = sqlite_portal.login("alice")
    app_id = new_application(alice, "downloads")
    response = upload(alice, app_id, [("orders.docx", SMALL.read_bytes())])
    assert sqlite_portal.run_jobs() == ["done"]
    return sqlite_portal, int(response.headers["location"].rsplit("/", 1)[1])


def test_files_come_back_as_attachments_never_as_pages(done_round) -> None:
    portal, job = done_round
    alice = portal.login("alice")
    for path in (
        f"/rounds/{job}/files/0",
        f"/rounds/{job}/report.json",
        f"/rounds/{job}/findings.xlsx",
    ):
        response = alice.get(path)
        assert response.status_code == 200
        assert response.headers["content-disposition"].startswith("attachment")
        assert response.headers["content-type"] == "application/octet-stream"
        assert response.headers["x-content-type-options"] == "nosniff"
    assert alice.get(f"/rounds/{job}/files/0").content == SMALL.read_bytes()


def test_the_report_keeps_its_policy_and_runs_sandboxed(done_round) -> None:
    portal, job = done_round
    response = portal.login("alice").get(f"/rounds/{job}/report.html")
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "sandbox" in policy and "script-src" not in policy
    assert "138" not in response.text or "****" in response.text  # masked phones


def test_portal_pages_allow_no_script(done_round) -> None:
    portal, job = done_round
    response = portal.login("alice").get(f"/rounds/{job}")
    assert "script-src" not in response.headers["content-security-policy"]
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert "<script" not in response.text


def test_the_round_page_lists_what_to_fix_from_the_report(done_round) -> None:
    portal, job = done_round
    alice = portal.login("alice")
    page = alice.get(f"/rounds/{job}").text
    report = alice.get(f"/rounds/{job}/report.json").json()
    counts = report["counts"]
    assert f'data-counts="{counts["major"]}/{counts["minor"]}/{counts["observation"]}"' in page
    assert f'data-verdict="{report["verdict"]}"' in page
    assert 'id="to-fix"' in page and "有效工单数量不足" in page  # too few work orders
    assert "callback worklist" not in page  # the auditor's, not the applicant's


# Callbacks ----------------------------------------------------------------------------------


def test_an_auditor_records_callbacks_counted_and_exported(done_round) -> None:
    portal, job = done_round
    ada = portal.login("ada")
    sample = ada.get(f"/rounds/{job}/report.json").json()["callback_sample"]
    worklist = ada.get(f"/rounds/{job}/callbacks").text
    assert all(item["record_id"] in worklist for item in sample)
    assert sample[0]["customer_phone"] in worklist  # the auditor needs the real number
    token = csrf_of(ada, f"/rounds/{job}/callbacks")
    first, second = sample[0]["record_id"], sample[1]["record_id"]
    for record, outcome, note in (
        (first, "reached", "call back later"),
        (first, "confirmed", '=HYPERLINK("http://x")'),
        (second, "wrong_number", ""),
    ):
        form = {"csrf": token, "record_id": record, "outcome": outcome, "note": note}
        assert ada.post(f"/rounds/{job}/callbacks", data=form).status_code == 200
    for bad in (
        {"record_id": first, "outcome": "maybe"},
        {"record_id": "X1", "outcome": "reached"},
    ):
        assert ada.post(f"/rounds/{job}/callbacks", data={"csrf": token, **bad}).status_code == 400
    with portal.factory() as db:
        rows = db.scalars(select(CallbackOutcome).order_by(CallbackOutcome.id)).all()
        assert [(r.record_id, r.outcome) for r in rows][-1] == (second, "wrong_number")
        assert len(rows) == 3 and all(r.auditor.name == "ada" and r.recorded_at for r in rows)
    application = ada.get(f"/rounds/{job}").text
    assert f"(2 of {len(sample)} recorded)" in application
    book = load_workbook(io.BytesIO(ada.get(f"/rounds/{job}/callbacks.xlsx").content))
    sheet = book["callbacks"]
    by_record = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert len(by_record) == len(sample)
    assert by_record[first][5:8] == ("confirmed", '=HYPERLINK("http://x")', "ada")
    assert sheet.cell(row=2, column=7).data_type == "s"  # text, not a formula
    assert by_record[second][5] == "wrong_number"
    assert by_record[sample[2]["record_id"]][5] is None


def test_callback_outcomes_are_the_auditors_alone(done_round) -> None:
    portal, job = done_round
    alice = portal.login("alice")
    assert alice.get(f"/rounds/{job}/callbacks").status_code == 403
    assert alice.get(f"/rounds/{job}/callbacks.xlsx").status_code == 403
    assert "recorded" not in alice.get(f"/rounds/{job}").text


def test_an_application_for_someone_else_is_refused(sqlite_portal: PortalUnderTest) -> None:
    with sqlite_portal.factory() as db:
        bob = db.scalar(select(User.id).where(User.name == "bob"))
    alice = sqlite_portal.login("alice")
    token = csrf_of(alice, "/applications")
    response = alice.post("/applications", data={"csrf": token, "title": "x", "owner": str(bob)})
    assert response.status_code == 403


def test_the_upload_folder_is_private(sqlite_portal: PortalUnderTest) -> None:
    assert oct(Path(sqlite_portal.data.root).stat().st_mode & 0o777) == "0o700"
    assert oct((sqlite_portal.data.root / "secret.key").stat().st_mode & 0o777) == "0o600"
