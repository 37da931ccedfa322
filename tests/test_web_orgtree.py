"""The organisation tree of the web app: units under units, assignments covering the units below,
and a database written before the overseer role (its users table is rebuilt once, rows kept)."""

from __future__ import annotations

import sqlite3

from mingjing.web.access import visible_teams
from mingjing.web.store import WebStore


def test_assignment_covers_the_units_below(tmp_path):
    store = WebStore(tmp_path / "web.db")
    county = store.add_unit("县委组织部")
    edu = store.add_unit("教育局", county)
    school = store.add_unit("实验中学", edu)
    other = store.add_unit("卫健局", county)
    teams = {
        name: store.add_team(unit, "班子")
        for name, unit in (("county", county), ("edu", edu), ("school", school), ("other", other))
    }
    store.add_user("审阅甲", "reviewer", teams["other"], "x")
    reviewer = store.user_by_name("审阅甲")
    assert visible_teams(store, reviewer) == {teams["other"]}
    store.assign_unit(reviewer["id"], edu)
    assert visible_teams(store, reviewer) == {teams["other"], teams["edu"], teams["school"]}
    store.add_user("督导乙", "overseer", None, "x")
    overseer = store.user_by_name("督导乙")
    assert visible_teams(store, overseer) is None  # no assignment: every unit
    store.assign_unit(overseer["id"], school)
    assert visible_teams(store, overseer) == {teams["school"]}
    store.close()


def test_an_old_database_takes_the_overseer_role(tmp_path):
    path = tmp_path / "web.db"
    store = WebStore(path)
    unit = store.add_unit("青溪县")
    team = store.add_team(unit, "班子")
    store.add_user("老用户", "author", team, "hash")
    store.close()
    db = sqlite3.connect(path)  # put back the users table as the first version wrote it
    db.executescript(
        "PRAGMA foreign_keys=OFF; CREATE TABLE u2 AS SELECT * FROM users; DROP TABLE users;"
        "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, role TEXT NOT NULL "
        "CHECK(role IN ('admin','reviewer','author')), team_id INTEGER REFERENCES teams(id), "
        "password_hash TEXT NOT NULL, must_change INTEGER NOT NULL DEFAULT 1, active INTEGER NOT NULL "
        "DEFAULT 1, created_at TEXT NOT NULL); INSERT INTO users SELECT * FROM u2; DROP TABLE u2;"
    )
    db.close()
    store = WebStore(path)
    assert store.user_by_name("老用户")["team_id"] == team
    store.add_user("督导", "overseer", None, "hash")
    assert store.user_by_name("督导")["role"] == "overseer"
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
    store.close()
