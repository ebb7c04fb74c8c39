"""The authorisation matrix: every route of the portal against every role, as a table.

Alice and Bob are applicants, Carl consults for Alice (not Bob), Ada audits, Root administers.
Each row names a route and the status each user gets on *Alice's* resources; the same rows are
then run on *Bob's* resources with Alice and Bob swapped in the expectations and Carl seeing
nothing. A route added to the app without a row here fails test_every_route_is_in_the_matrix.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from preaudit.portal.app import ROUTES
from preaudit.portal.models import User
from tests.portal.conftest import (
    PACKAGES,
    PASSWORD,
    PortalUnderTest,
    csrf_of,
    fresh_database,
    make_portal,
    new_application,
    upload,
)

WHO = ("anon", "owner", "other", "consultant", "auditor", "admin")
LOGIN = 303  # not logged in: sent to /login
SMALL_PACKAGE = PACKAGES / "defects" / "资料" / "附件5.docx"  # 12 work orders: a callback sample

# method, path ({app} {job} are the resource owner's), form fields, then status per WHO.
MATRIX: list[tuple[str, str, dict[str, str], tuple[int, ...]]] = [
    ("GET", "/", {}, (303, 303, 303, 303, 303, 303)),
    ("GET", "/login", {}, (200, 200, 200, 200, 200, 200)),
    ("GET", "/healthz", {}, (200, 200, 200, 200, 200, 200)),
    ("GET", "/applications", {}, (LOGIN, 200, 200, 200, 403, 403)),
    (
        "POST",
        "/applications",
        {"title": "another", "owner": "{owner_id}"},
        (LOGIN, 303, 403, 303, 403, 403),
    ),
    ("GET", "/applications/{app}", {}, (LOGIN, 200, 404, 200, 200, 403)),
    ("POST", "/applications/{app}/rounds", {"upload": "1"}, (LOGIN, 303, 404, 303, 403, 403)),
    ("GET", "/rounds/{job}", {}, (LOGIN, 200, 404, 200, 200, 403)),
    ("GET", "/rounds/{job}/report.html", {}, (LOGIN, 200, 404, 200, 200, 403)),
    ("GET", "/rounds/{job}/report.json", {}, (LOGIN, 200, 404, 200, 200, 403)),
    ("GET", "/rounds/{job}/findings.xlsx", {}, (LOGIN, 200, 404, 200, 200, 403)),
    ("GET", "/rounds/{job}/files/0", {}, (LOGIN, 200, 404, 200, 200, 403)),
    ("GET", "/rounds/{job}/callbacks", {}, (LOGIN, 403, 403, 403, 200, 403)),
    (
        "POST",
        "/rounds/{job}/callbacks",
        {"record_id": "{record}", "outcome": "confirmed", "note": "ok"},
        (LOGIN, 403, 403, 403, 303, 403),
    ),
    ("GET", "/rounds/{job}/callbacks.xlsx", {}, (LOGIN, 403, 403, 403, 200, 403)),
    ("GET", "/queue", {}, (LOGIN, 403, 403, 403, 200, 403)),
    ("GET", "/admin/users", {}, (LOGIN, 403, 403, 403, 403, 200)),
    (
        "POST",
        "/admin/users",
        {"name": "new{n}", "role": "applicant", "password": PASSWORD},
        (LOGIN, 403, 403, 403, 403, 303),
    ),
    (
        "POST",
        "/admin/assign",
        {"consultant": "dora", "applicant": "eve"},
        (LOGIN, 403, 403, 403, 403, 303),
    ),
    ("POST", "/logout", {}, (LOGIN, 303, 303, 303, 303, 303)),
]
# Pages about one applicant's data: a stranger gets 404 (existence is not confirmed).
PRIVATE = ("{app}", "{job}")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp(f"authz-{request.param}")
    (root / "data").mkdir()
    portal = make_portal(root, fresh_database(request.param, root / "data"))
    resources = {}
    for name in ("alice", "bob"):
        client = portal.login(name)
        app_id = new_application(client, f"{name}'s application")
        response = upload(client, app_id, [("work_orders.docx", SMALL_PACKAGE.read_bytes())])
        job_id = int(response.headers["location"].rsplit("/", 1)[1])
        resources[name] = {"app": app_id, "job": job_id}
    assert portal.run_jobs() == ["done", "done"]
    for name in ("alice", "bob"):
        report = portal.login(name).get(f"/rounds/{resources[name]['job']}/report.json").json()
        resources[name]["record"] = report["callback_sample"][0]["record_id"]
    with portal.factory() as db:
        for user in db.scalars(select(User)):
            if user.name in resources:
                resources[user.name]["owner_id"] = user.id
    portal.clients = {}  # logged-in clients, reused: argon2 is slow on purpose
    return portal, resources


def _users_for(owner: str) -> dict[str, str | None]:
    other = "bob" if owner == "alice" else "alice"
    # Carl consults for Alice only: on Bob's resources he is a stranger like "other".
    return {
        "anon": None,
        "owner": owner,
        "other": other,
        "consultant": "carl",
        "auditor": "ada",
        "admin": "root",
    }


def _expected(owner: str, who: str, row: tuple, statuses: tuple[int, ...]) -> int:
    status = statuses[WHO.index(who)]
    about_owner = "{" in row[1] or any("{" in v for v in row[2].values())
    if owner == "bob" and who == "consultant" and about_owner:
        return statuses[WHO.index("other")]
    return status


def _call(portal: PortalUnderTest, user: str | None, method: str, path: str, form: dict[str, str]):
    if user is None:
        client = portal.client()
    elif path == "/logout":
        client = portal.login(user)  # its own session: the shared ones must stay logged in
    else:
        client = (
            portal.clients.setdefault(user, portal.login(user))
            if user not in portal.clients
            else portal.clients[user]
        )
    if method == "GET":
        return client.get(path, follow_redirects=False)
    token = _token(client, user)
    if "upload" in form:
        files = [("files", ("again.docx", SMALL_PACKAGE.read_bytes(), "application/octet-stream"))]
        return client.post(path, data={"csrf": token}, files=files, follow_redirects=False)
    return client.post(path, data={**form, "csrf": token}, follow_redirects=False)


def _token(client, user: str | None) -> str:
    if user is None:
        return "no-session"
    # every page seen logged in carries the session's token in its logout form
    return csrf_of(client, "/login")


@pytest.mark.parametrize("owner", ["alice", "bob"])
@pytest.mark.parametrize("row", MATRIX, ids=[f"{m} {p}" for m, p, _, _ in MATRIX])
def test_route_against_every_role(world, owner: str, row) -> None:
    portal, resources = world
    method, template, form, statuses = row
    mine = resources[owner]
    path = template.format(**mine)
    counter = iter(range(10_000))
    for who, user in _users_for(owner).items():
        filled = {k: v.format(n=f"{owner}{who}{next(counter)}", **mine) for k, v in form.items()}
        response = _call(portal, user, method, path, filled)
        expected = _expected(owner, who, row, statuses)
        assert response.status_code == expected, (who, user, method, path, response.text[:300])
        if response.status_code == LOGIN and expected == LOGIN and who == "anon":
            assert response.headers["location"] == "/login"
        if response.status_code in (403, 404) and any(p in template for p in PRIVATE):
            _assert_nothing_leaked(response.text, resources[owner])


def _assert_nothing_leaked(body: str, theirs: dict[str, object]) -> None:
    assert str(theirs["record"]) not in body
    assert "application" not in body.split("<main>")[-1].lower() or "No such" in body


def test_every_route_is_in_the_matrix() -> None:
    covered = {(method, template) for method, template, _, _ in MATRIX}
    for route in ROUTES:
        for method in sorted(route.methods or {"GET"}):
            if method == "HEAD":
                continue
            generic = (
                route.path.replace("{application_id:int}", "{app}")
                .replace("{job_id:int}", "{job}")
                .replace("{index:int}", "0")
            )
            if route.path == "/login" and method == "POST":
                continue  # tested on its own in test_login.py (it is the way in)
            if "{name:str}" in generic:
                assert {
                    (method, generic.replace("{name:str}", n))
                    for n in ("report.json", "findings.xlsx")
                } <= covered
                continue
            assert (method, generic) in covered, f"{method} {route.path} has no row in MATRIX"


def test_an_auditor_sees_every_applicant_in_the_queue(world) -> None:
    portal, resources = world
    page = portal.login("ada").get("/queue").text
    assert f'/rounds/{resources["alice"]["job"]}"' in page
    assert f'/rounds/{resources["bob"]["job"]}"' in page


def test_an_applicant_lists_only_their_own_applications(world) -> None:
    portal, resources = world
    page = portal.login("bob").get("/applications").text
    assert f'/applications/{resources["bob"]["app"]}"' in page
    assert f'/applications/{resources["alice"]["app"]}"' not in page
    assert "alice" not in page


def test_a_consultant_lists_only_their_clients(world) -> None:
    portal, resources = world
    page = portal.login("carl").get("/applications").text
    assert f'/applications/{resources["alice"]["app"]}"' in page
    assert f'/applications/{resources["bob"]["app"]}"' not in page
    assert 'value="' in page and ">bob<" not in page  # bob is not in the "for" list either


def test_nobody_guesses_a_blob(world, tmp_path: Path) -> None:
    portal, resources = world
    bob = portal.login("bob")
    for path in (
        "/rounds/{job}/files/1",
        "/rounds/{job}/files/-1",
        "/rounds/{job}/secret.key",
        "/rounds/{job}/report.pdf",
        "/rounds/{job}/../../portal.db",
    ):
        response = bob.get(path.format(**resources["alice"]), follow_redirects=False)
        assert response.status_code == 404
