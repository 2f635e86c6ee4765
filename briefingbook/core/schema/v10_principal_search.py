"""Book format 10 as it was written (issue 21), frozen: the principal's book in the full-text index.

``book_fts`` gains four kinds, each row id offset per kind like steps 1 and 6: ``scene`` (a
scene-setter part: ref_id and title are the part's key, body its text; row id + 9e9), ``memo``
(a meeting memo: ref_id is its event, title the event's title, body objectives, what they raise and
notes; + 10e9), ``scenario`` (one row per scenario step: ref_id is its event, title the event's
title, body what happens and who; + 11e9) and ``remark`` (ref_id the remark, title its occasion,
body speaker and text; + 12e9). Triggers keep them current, an event's new title is carried to its
memo and steps, and the rows a book already has are indexed by the step.
Never edit this file: a later change is a new step.
"""

STATEMENTS: tuple[str, ...] = (
    "CREATE TRIGGER scene_setter_fts_insert AFTER INSERT ON scene_setter BEGIN INSERT INTO book_fts (rowi"
    "d, kind, ref_id, title, body) VALUES (new.id + 9000000000, 'scene', new.part, new.part, new.text); E"
    "ND",
    "CREATE TRIGGER scene_setter_fts_update AFTER UPDATE ON scene_setter BEGIN DELETE FROM book_fts WHERE"
    " rowid = old.id + 9000000000; INSERT INTO book_fts (rowid, kind, ref_id, title, body) VALUES (new.id"
    " + 9000000000, 'scene', new.part, new.part, new.text); END",
    "CREATE TRIGGER scene_setter_fts_delete AFTER DELETE ON scene_setter BEGIN DELETE FROM book_fts WHERE"
    " rowid = old.id + 9000000000; END",
    "CREATE TRIGGER meeting_memos_fts_insert AFTER INSERT ON meeting_memos BEGIN INSERT INTO book_fts (ro"
    "wid, kind, ref_id, title, body) VALUES (new.id + 10000000000, 'memo', new.event_id, coalesce((SELECT"
    " title FROM program_events WHERE id = new.event_id), ''), new.objectives || ' ' || new.they_raise ||"
    " ' ' || new.notes); END",
    "CREATE TRIGGER meeting_memos_fts_update AFTER UPDATE ON meeting_memos BEGIN DELETE FROM book_fts WHE"
    "RE rowid = old.id + 10000000000; INSERT INTO book_fts (rowid, kind, ref_id, title, body) VALUES (new"
    ".id + 10000000000, 'memo', new.event_id, coalesce((SELECT title FROM program_events WHERE id = new.e"
    "vent_id), ''), new.objectives || ' ' || new.they_raise || ' ' || new.notes); END",
    "CREATE TRIGGER meeting_memos_fts_delete AFTER DELETE ON meeting_memos BEGIN DELETE FROM book_fts WHE"
    "RE rowid = old.id + 10000000000; END",
    "CREATE TRIGGER scenario_steps_fts_insert AFTER INSERT ON scenario_steps BEGIN INSERT INTO book_fts ("
    "rowid, kind, ref_id, title, body) VALUES (new.id + 11000000000, 'scenario', new.event_id, coalesce(("
    "SELECT title FROM program_events WHERE id = new.event_id), ''), new.action || ' ' || new.who); END",
    "CREATE TRIGGER scenario_steps_fts_update AFTER UPDATE ON scenario_steps BEGIN DELETE FROM book_fts W"
    "HERE rowid = old.id + 11000000000; INSERT INTO book_fts (rowid, kind, ref_id, title, body) VALUES (n"
    "ew.id + 11000000000, 'scenario', new.event_id, coalesce((SELECT title FROM program_events WHERE id ="
    " new.event_id), ''), new.action || ' ' || new.who); END",
    "CREATE TRIGGER scenario_steps_fts_delete AFTER DELETE ON scenario_steps BEGIN DELETE FROM book_fts W"
    "HERE rowid = old.id + 11000000000; END",
    "CREATE TRIGGER remarks_fts_insert AFTER INSERT ON remarks BEGIN INSERT INTO book_fts (rowid, kind, r"
    "ef_id, title, body) VALUES (new.id + 12000000000, 'remark', new.id, new.occasion, new.speaker || ' '"
    " || new.text); END",
    "CREATE TRIGGER remarks_fts_update AFTER UPDATE ON remarks BEGIN DELETE FROM book_fts WHERE rowid = o"
    "ld.id + 12000000000; INSERT INTO book_fts (rowid, kind, ref_id, title, body) VALUES (new.id + 120000"
    "00000, 'remark', new.id, new.occasion, new.speaker || ' ' || new.text); END",
    "CREATE TRIGGER remarks_fts_delete AFTER DELETE ON remarks BEGIN DELETE FROM book_fts WHERE rowid = o"
    "ld.id + 12000000000; END",
    "CREATE TRIGGER program_events_fts_titles AFTER UPDATE OF title ON program_events BEGIN UPDATE book_f"
    "ts SET title = new.title WHERE rowid IN (SELECT id + 10000000000 FROM meeting_memos WHERE event_id ="
    " new.id UNION ALL SELECT id + 11000000000 FROM scenario_steps WHERE event_id = new.id); END",
    "INSERT INTO book_fts (rowid, kind, ref_id, title, body) SELECT id + 9000000000, 'scene', part, part,"
    " text FROM scene_setter",
    "INSERT INTO book_fts (rowid, kind, ref_id, title, body) SELECT m.id + 10000000000, 'memo', m.event_i"
    "d, coalesce((SELECT title FROM program_events WHERE id = m.event_id), ''), m.objectives || ' ' || m."
    "they_raise || ' ' || m.notes FROM meeting_memos m",
    "INSERT INTO book_fts (rowid, kind, ref_id, title, body) SELECT s.id + 11000000000, 'scenario', s.eve"
    "nt_id, coalesce((SELECT title FROM program_events WHERE id = s.event_id), ''), s.action || ' ' || s."
    "who FROM scenario_steps s",
    "INSERT INTO book_fts (rowid, kind, ref_id, title, body) SELECT id + 12000000000, 'remark', id, occas"
    "ion, speaker || ' ' || text FROM remarks",
)
