"""Book format 7 as it was written (issue 10), frozen: the change log, its context row, the
append-only guards, ``merge_conflicts``, ``packet_exports.change_log_id`` and the log triggers of
every table ``history.TRACKED`` listed when format 7 landed (commit a92419e).

This text was generated once by that commit's ``history.schema_sql()`` and is never edited:
a book upgraded to format 7 must get exactly these triggers whatever ``TRACKED`` says later. A
change to ``TRACKED`` (a new table, a new field) needs a new step that drops and recreates the
triggers concerned (``history.trigger_sql`` writes them; paste its output into the step);
``tests/core/test_fixture_books.py`` fails until that step exists.
"""

STATEMENTS: tuple[str, ...] = (
    """CREATE TABLE change_context (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            author TEXT NOT NULL DEFAULT '',
            txn TEXT NOT NULL DEFAULT '',
            recording INTEGER NOT NULL DEFAULT 1)""",
    "INSERT INTO change_context (id) VALUES (1)",
    """CREATE TABLE change_log (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            txn TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            author TEXT NOT NULL,
            entity TEXT NOT NULL,
            row_key TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
            field TEXT,
            old_value,
            new_value,
            label TEXT NOT NULL DEFAULT '',
            merged_from TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX change_log_row ON change_log (entity, row_key, field)",
    "CREATE TRIGGER change_log_append_only_update BEFORE UPDATE ON change_log BEGIN SELECT RAISE(ABORT, "
    "'the change log is append-only'); END",
    "CREATE TRIGGER change_log_append_only_delete BEFORE DELETE ON change_log BEGIN SELECT RAISE(ABORT, "
    "'the change log is append-only'); END",
    """CREATE TABLE merge_conflicts (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            merged_at TEXT NOT NULL,
            other_file TEXT NOT NULL,
            other_author TEXT NOT NULL DEFAULT '',
            entity TEXT NOT NULL,
            row_key TEXT NOT NULL,
            field TEXT,
            label TEXT NOT NULL DEFAULT '',
            mine TEXT NOT NULL,
            theirs TEXT NOT NULL,
            resolution TEXT CHECK (resolution IN ('mine', 'theirs')),
            resolved_at TEXT,
            resolved_by TEXT NOT NULL DEFAULT '')""",
    "ALTER TABLE packet_exports ADD COLUMN change_log_id INTEGER",
    "CREATE TRIGGER summit_log_insert AFTER INSERT ON summit BEGIN INSERT INTO change_log (uuid, txn, "
    "changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT "
    "lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'summit', "
    "'summit', 'insert', NULL, NULL, json_object('title', new.title, 'place', new.place, 'date', "
    "new.date, 'delegation', new.delegation, 'marking', new.marking, 'language', new.language), new.title "
    "FROM change_context c WHERE c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER summit_log_delete AFTER DELETE ON summit BEGIN INSERT INTO change_log (uuid, txn, "
    "changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT "
    "lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'summit', "
    "'summit', 'delete', NULL, json_object('title', old.title, 'place', old.place, 'date', old.date, "
    "'delegation', old.delegation, 'marking', old.marking, 'language', old.language), NULL, old.title "
    "FROM change_context c WHERE c.id = 1 AND c.recording = 1 AND 1; END",
    "CREATE TRIGGER summit_log_update AFTER UPDATE ON summit BEGIN INSERT INTO change_log (uuid, txn, "
    "changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT "
    "lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'summit', "
    "'summit', 'update', f.name, f.o, f.n, new.title FROM change_context c, (SELECT 'title' AS name, "
    "old.title AS o, new.title AS n, old.title IS NOT new.title AS changed UNION ALL SELECT 'place' AS "
    "name, old.place AS o, new.place AS n, old.place IS NOT new.place AS changed UNION ALL SELECT 'date' "
    "AS name, old.date AS o, new.date AS n, old.date IS NOT new.date AS changed UNION ALL SELECT "
    "'delegation' AS name, old.delegation AS o, new.delegation AS n, old.delegation IS NOT new.delegation "
    "AS changed UNION ALL SELECT 'marking' AS name, old.marking AS o, new.marking AS n, old.marking IS "
    "NOT new.marking AS changed UNION ALL SELECT 'language' AS name, old.language AS o, new.language AS "
    "n, old.language IS NOT new.language AS changed) f WHERE c.id = 1 AND c.recording = 1 AND f.changed; "
    "END",
    "CREATE TRIGGER summit_settings_log_insert AFTER INSERT ON summit_settings BEGIN INSERT INTO "
    "change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, "
    "label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, "
    "'summit_settings', json_array(new.key), 'insert', NULL, NULL, json_object('value', new.value), "
    "new.key FROM change_context c WHERE c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER summit_settings_log_delete AFTER DELETE ON summit_settings BEGIN INSERT INTO "
    "change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, "
    "label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, "
    "'summit_settings', json_array(old.key), 'delete', NULL, json_object('value', old.value), NULL, "
    "old.key FROM change_context c WHERE c.id = 1 AND c.recording = 1 AND 1; END",
    "CREATE TRIGGER summit_settings_log_update AFTER UPDATE ON summit_settings BEGIN INSERT INTO "
    "change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, "
    "label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, "
    "'summit_settings', json_array(new.key), 'update', f.name, f.o, f.n, new.key FROM change_context c, "
    "(SELECT 'value' AS name, old.value AS o, new.value AS n, old.value IS NOT new.value AS changed) f "
    "WHERE c.id = 1 AND c.recording = 1 AND f.changed; END",
    "CREATE TRIGGER agenda_items_log_insert AFTER INSERT ON agenda_items BEGIN INSERT INTO change_log "
    "(uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT "
    "lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'agenda_items', "
    "new.uuid, 'insert', NULL, NULL, json_object('position', new.position, 'issue_area', new.issue_area, "
    "'title', new.title, 'priority', new.priority, 'status', new.status, 'objectives', new.objectives, "
    "'talking_points', new.talking_points, 'their_objectives', new.their_objectives, 'our_response', "
    "new.our_response, 'press_line', new.press_line, 'notes', new.notes), new.title FROM change_context c "
    "WHERE c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER agenda_items_log_delete AFTER DELETE ON agenda_items BEGIN INSERT INTO change_log "
    "(uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT "
    "lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'agenda_items', "
    "old.uuid, 'delete', NULL, json_object('position', old.position, 'issue_area', old.issue_area, "
    "'title', old.title, 'priority', old.priority, 'status', old.status, 'objectives', old.objectives, "
    "'talking_points', old.talking_points, 'their_objectives', old.their_objectives, 'our_response', "
    "old.our_response, 'press_line', old.press_line, 'notes', old.notes), NULL, old.title FROM "
    "change_context c WHERE c.id = 1 AND c.recording = 1 AND 1; END",
    "CREATE TRIGGER agenda_items_log_update AFTER UPDATE ON agenda_items BEGIN INSERT INTO change_log "
    "(uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT "
    "lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'agenda_items', "
    "new.uuid, 'update', f.name, f.o, f.n, new.title FROM change_context c, (SELECT 'position' AS name, "
    "old.position AS o, new.position AS n, old.position IS NOT new.position AS changed UNION ALL SELECT "
    "'issue_area' AS name, old.issue_area AS o, new.issue_area AS n, old.issue_area IS NOT new.issue_area "
    "AS changed UNION ALL SELECT 'title' AS name, old.title AS o, new.title AS n, old.title IS NOT "
    "new.title AS changed UNION ALL SELECT 'priority' AS name, old.priority AS o, new.priority AS n, "
    "old.priority IS NOT new.priority AS changed UNION ALL SELECT 'status' AS name, old.status AS o, "
    "new.status AS n, old.status IS NOT new.status AS changed UNION ALL SELECT 'objectives' AS name, "
    "old.objectives AS o, new.objectives AS n, old.objectives IS NOT new.objectives AS changed UNION ALL "
    "SELECT 'talking_points' AS name, old.talking_points AS o, new.talking_points AS n, "
    "old.talking_points IS NOT new.talking_points AS changed UNION ALL SELECT 'their_objectives' AS name, "
    "old.their_objectives AS o, new.their_objectives AS n, old.their_objectives IS NOT "
    "new.their_objectives AS changed UNION ALL SELECT 'our_response' AS name, old.our_response AS o, "
    "new.our_response AS n, old.our_response IS NOT new.our_response AS changed UNION ALL SELECT "
    "'press_line' AS name, old.press_line AS o, new.press_line AS n, old.press_line IS NOT new.press_line "
    "AS changed UNION ALL SELECT 'notes' AS name, old.notes AS o, new.notes AS n, old.notes IS NOT "
    "new.notes AS changed) f WHERE c.id = 1 AND c.recording = 1 AND f.changed; END",
    "CREATE TRIGGER agenda_item_versions_log_insert AFTER INSERT ON agenda_item_versions BEGIN INSERT "
    "INTO change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, "
    "new_value, label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
    "c.author, 'agenda_item_versions', json_array((SELECT uuid FROM agenda_items WHERE id = "
    "new.agenda_item_id), new.language, new.field), 'insert', NULL, NULL, json_object('text', new.text), "
    "coalesce((SELECT title FROM agenda_items WHERE id = new.agenda_item_id), '') FROM change_context c "
    "WHERE c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER agenda_item_versions_log_delete AFTER DELETE ON agenda_item_versions BEGIN INSERT "
    "INTO change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, "
    "new_value, label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
    "c.author, 'agenda_item_versions', json_array((SELECT uuid FROM agenda_items WHERE id = "
    "old.agenda_item_id), old.language, old.field), 'delete', NULL, json_object('text', old.text), NULL, "
    "coalesce((SELECT title FROM agenda_items WHERE id = old.agenda_item_id), '') FROM change_context c "
    "WHERE c.id = 1 AND c.recording = 1 AND EXISTS (SELECT 1 FROM agenda_items WHERE id = "
    "old.agenda_item_id); END",
    "CREATE TRIGGER agenda_item_versions_log_update AFTER UPDATE ON agenda_item_versions BEGIN INSERT "
    "INTO change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, "
    "new_value, label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
    "c.author, 'agenda_item_versions', json_array((SELECT uuid FROM agenda_items WHERE id = "
    "new.agenda_item_id), new.language, new.field), 'update', f.name, f.o, f.n, coalesce((SELECT title "
    "FROM agenda_items WHERE id = new.agenda_item_id), '') FROM change_context c, (SELECT 'text' AS name, "
    "old.text AS o, new.text AS n, old.text IS NOT new.text AS changed) f WHERE c.id = 1 AND c.recording "
    "= 1 AND f.changed; END",
    "CREATE TRIGGER agenda_links_log_insert AFTER INSERT ON agenda_links BEGIN INSERT INTO change_log "
    "(uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT "
    "lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'agenda_links', "
    "json_array((SELECT uuid FROM agenda_items WHERE id = new.agenda_item_id), new.recommendation_id), "
    "'insert', NULL, NULL, '{}', coalesce((SELECT title FROM agenda_items WHERE id = new.agenda_item_id), "
    "'') FROM change_context c WHERE c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER agenda_links_log_delete AFTER DELETE ON agenda_links BEGIN INSERT INTO change_log "
    "(uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT "
    "lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'agenda_links', "
    "json_array((SELECT uuid FROM agenda_items WHERE id = old.agenda_item_id), old.recommendation_id), "
    "'delete', NULL, '{}', NULL, coalesce((SELECT title FROM agenda_items WHERE id = old.agenda_item_id), "
    "'') FROM change_context c WHERE c.id = 1 AND c.recording = 1 AND EXISTS (SELECT 1 FROM agenda_items "
    "WHERE id = old.agenda_item_id); END",
    "CREATE TRIGGER recommendation_status_log_insert AFTER INSERT ON recommendation_status BEGIN INSERT "
    "INTO change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, "
    "new_value, label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
    "c.author, 'recommendation_status', json_array(new.recommendation_id), 'insert', NULL, NULL, "
    "json_object('status', new.status), new.recommendation_id FROM change_context c WHERE c.id = 1 AND "
    "c.recording = 1; END",
    "CREATE TRIGGER recommendation_status_log_delete AFTER DELETE ON recommendation_status BEGIN INSERT "
    "INTO change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, "
    "new_value, label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
    "c.author, 'recommendation_status', json_array(old.recommendation_id), 'delete', NULL, "
    "json_object('status', old.status), NULL, old.recommendation_id FROM change_context c WHERE c.id = 1 "
    "AND c.recording = 1 AND 1; END",
    "CREATE TRIGGER recommendation_status_log_update AFTER UPDATE ON recommendation_status BEGIN INSERT "
    "INTO change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, "
    "new_value, label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
    "c.author, 'recommendation_status', json_array(new.recommendation_id), 'update', f.name, f.o, f.n, "
    "new.recommendation_id FROM change_context c, (SELECT 'status' AS name, old.status AS o, new.status "
    "AS n, old.status IS NOT new.status AS changed) f WHERE c.id = 1 AND c.recording = 1 AND f.changed; "
    "END",
    "CREATE TRIGGER recommendation_notes_log_insert AFTER INSERT ON recommendation_notes BEGIN INSERT "
    "INTO change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, "
    "new_value, label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
    "c.author, 'recommendation_notes', new.uuid, 'insert', NULL, NULL, json_object('recommendation_id', "
    "new.recommendation_id, 'noted_on', new.noted_on, 'note', new.note), new.recommendation_id FROM "
    "change_context c WHERE c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER recommendation_notes_log_delete AFTER DELETE ON recommendation_notes BEGIN INSERT "
    "INTO change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, "
    "new_value, label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
    "c.author, 'recommendation_notes', old.uuid, 'delete', NULL, json_object('recommendation_id', "
    "old.recommendation_id, 'noted_on', old.noted_on, 'note', old.note), NULL, old.recommendation_id FROM "
    "change_context c WHERE c.id = 1 AND c.recording = 1 AND 1; END",
    "CREATE TRIGGER recommendation_notes_log_update AFTER UPDATE ON recommendation_notes BEGIN INSERT "
    "INTO change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, "
    "new_value, label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
    "c.author, 'recommendation_notes', new.uuid, 'update', f.name, f.o, f.n, new.recommendation_id FROM "
    "change_context c, (SELECT 'recommendation_id' AS name, old.recommendation_id AS o, "
    "new.recommendation_id AS n, old.recommendation_id IS NOT new.recommendation_id AS changed UNION ALL "
    "SELECT 'noted_on' AS name, old.noted_on AS o, new.noted_on AS n, old.noted_on IS NOT new.noted_on AS "
    "changed UNION ALL SELECT 'note' AS name, old.note AS o, new.note AS n, old.note IS NOT new.note AS "
    "changed) f WHERE c.id = 1 AND c.recording = 1 AND f.changed; END",
    "CREATE TRIGGER checklist_items_log_insert AFTER INSERT ON checklist_items BEGIN INSERT INTO "
    "change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, "
    "label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, "
    "'checklist_items', new.uuid, 'insert', NULL, NULL, json_object('template_id', new.template_id, "
    "'phase', new.phase, 'phase_title', new.phase_title, 'offset_days', new.offset_days, 'title', "
    "new.title, 'owner', new.owner, 'position', new.position, 'done_at', new.done_at, 'notes', "
    "new.notes), new.title FROM change_context c WHERE c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER checklist_items_log_delete AFTER DELETE ON checklist_items BEGIN INSERT INTO "
    "change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, "
    "label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, "
    "'checklist_items', old.uuid, 'delete', NULL, json_object('template_id', old.template_id, 'phase', "
    "old.phase, 'phase_title', old.phase_title, 'offset_days', old.offset_days, 'title', old.title, "
    "'owner', old.owner, 'position', old.position, 'done_at', old.done_at, 'notes', old.notes), NULL, "
    "old.title FROM change_context c WHERE c.id = 1 AND c.recording = 1 AND 1; END",
    "CREATE TRIGGER checklist_items_log_update AFTER UPDATE ON checklist_items BEGIN INSERT INTO "
    "change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, "
    "label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, "
    "'checklist_items', new.uuid, 'update', f.name, f.o, f.n, new.title FROM change_context c, (SELECT "
    "'template_id' AS name, old.template_id AS o, new.template_id AS n, old.template_id IS NOT "
    "new.template_id AS changed UNION ALL SELECT 'phase' AS name, old.phase AS o, new.phase AS n, "
    "old.phase IS NOT new.phase AS changed UNION ALL SELECT 'phase_title' AS name, old.phase_title AS o, "
    "new.phase_title AS n, old.phase_title IS NOT new.phase_title AS changed UNION ALL SELECT "
    "'offset_days' AS name, old.offset_days AS o, new.offset_days AS n, old.offset_days IS NOT "
    "new.offset_days AS changed UNION ALL SELECT 'title' AS name, old.title AS o, new.title AS n, "
    "old.title IS NOT new.title AS changed UNION ALL SELECT 'owner' AS name, old.owner AS o, new.owner AS "
    "n, old.owner IS NOT new.owner AS changed UNION ALL SELECT 'position' AS name, old.position AS o, "
    "new.position AS n, old.position IS NOT new.position AS changed UNION ALL SELECT 'done_at' AS name, "
    "old.done_at AS o, new.done_at AS n, old.done_at IS NOT new.done_at AS changed UNION ALL SELECT "
    "'notes' AS name, old.notes AS o, new.notes AS n, old.notes IS NOT new.notes AS changed) f WHERE c.id "
    "= 1 AND c.recording = 1 AND f.changed; END",
    "CREATE TRIGGER people_log_insert AFTER INSERT ON people BEGIN INSERT INTO change_log (uuid, txn, "
    "changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT "
    "lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'people', "
    "new.uuid, 'insert', NULL, NULL, json_object('position', new.position, 'name', new.name, 'title', "
    "new.title, 'organisation', new.organisation, 'side', new.side, 'role', new.role, 'bio', new.bio, "
    "'talking_notes', new.talking_notes, 'pronunciation', new.pronunciation, 'photo', CASE WHEN new.photo "
    "IS NULL THEN NULL ELSE length(new.photo) || ' bytes' END, 'photo_type', new.photo_type), new.name "
    "FROM change_context c WHERE c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER people_log_delete AFTER DELETE ON people BEGIN INSERT INTO change_log (uuid, txn, "
    "changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT "
    "lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'people', "
    "old.uuid, 'delete', NULL, json_object('position', old.position, 'name', old.name, 'title', "
    "old.title, 'organisation', old.organisation, 'side', old.side, 'role', old.role, 'bio', old.bio, "
    "'talking_notes', old.talking_notes, 'pronunciation', old.pronunciation, 'photo', CASE WHEN old.photo "
    "IS NULL THEN NULL ELSE length(old.photo) || ' bytes' END, 'photo_type', old.photo_type), NULL, "
    "old.name FROM change_context c WHERE c.id = 1 AND c.recording = 1 AND 1; END",
    "CREATE TRIGGER people_log_update AFTER UPDATE ON people BEGIN INSERT INTO change_log (uuid, txn, "
    "changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT "
    "lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'people', "
    "new.uuid, 'update', f.name, f.o, f.n, new.name FROM change_context c, (SELECT 'position' AS name, "
    "old.position AS o, new.position AS n, old.position IS NOT new.position AS changed UNION ALL SELECT "
    "'name' AS name, old.name AS o, new.name AS n, old.name IS NOT new.name AS changed UNION ALL SELECT "
    "'title' AS name, old.title AS o, new.title AS n, old.title IS NOT new.title AS changed UNION ALL "
    "SELECT 'organisation' AS name, old.organisation AS o, new.organisation AS n, old.organisation IS NOT "
    "new.organisation AS changed UNION ALL SELECT 'side' AS name, old.side AS o, new.side AS n, old.side "
    "IS NOT new.side AS changed UNION ALL SELECT 'role' AS name, old.role AS o, new.role AS n, old.role "
    "IS NOT new.role AS changed UNION ALL SELECT 'bio' AS name, old.bio AS o, new.bio AS n, old.bio IS "
    "NOT new.bio AS changed UNION ALL SELECT 'talking_notes' AS name, old.talking_notes AS o, "
    "new.talking_notes AS n, old.talking_notes IS NOT new.talking_notes AS changed UNION ALL SELECT "
    "'pronunciation' AS name, old.pronunciation AS o, new.pronunciation AS n, old.pronunciation IS NOT "
    "new.pronunciation AS changed UNION ALL SELECT 'photo' AS name, CASE WHEN old.photo IS NULL THEN NULL "
    "ELSE length(old.photo) || ' bytes' END AS o, CASE WHEN new.photo IS NULL THEN NULL ELSE "
    "length(new.photo) || ' bytes' END AS n, old.photo IS NOT new.photo AS changed UNION ALL SELECT "
    "'photo_type' AS name, old.photo_type AS o, new.photo_type AS n, old.photo_type IS NOT new.photo_type "
    "AS changed) f WHERE c.id = 1 AND c.recording = 1 AND f.changed; END",
    "CREATE TRIGGER program_events_log_insert AFTER INSERT ON program_events BEGIN INSERT INTO change_log "
    "(uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT "
    "lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, "
    "'program_events', new.uuid, 'insert', NULL, NULL, json_object('position', new.position, 'day', "
    "new.day, 'start_time', new.start_time, 'duration_minutes', new.duration_minutes, 'kind', new.kind, "
    "'title', new.title, 'place', new.place, 'notes', new.notes), new.title FROM change_context c WHERE "
    "c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER program_events_log_delete AFTER DELETE ON program_events BEGIN INSERT INTO change_log "
    "(uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT "
    "lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, "
    "'program_events', old.uuid, 'delete', NULL, json_object('position', old.position, 'day', old.day, "
    "'start_time', old.start_time, 'duration_minutes', old.duration_minutes, 'kind', old.kind, 'title', "
    "old.title, 'place', old.place, 'notes', old.notes), NULL, old.title FROM change_context c WHERE c.id "
    "= 1 AND c.recording = 1 AND 1; END",
    "CREATE TRIGGER program_events_log_update AFTER UPDATE ON program_events BEGIN INSERT INTO change_log "
    "(uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT "
    "lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, "
    "'program_events', new.uuid, 'update', f.name, f.o, f.n, new.title FROM change_context c, (SELECT "
    "'position' AS name, old.position AS o, new.position AS n, old.position IS NOT new.position AS "
    "changed UNION ALL SELECT 'day' AS name, old.day AS o, new.day AS n, old.day IS NOT new.day AS "
    "changed UNION ALL SELECT 'start_time' AS name, old.start_time AS o, new.start_time AS n, "
    "old.start_time IS NOT new.start_time AS changed UNION ALL SELECT 'duration_minutes' AS name, "
    "old.duration_minutes AS o, new.duration_minutes AS n, old.duration_minutes IS NOT "
    "new.duration_minutes AS changed UNION ALL SELECT 'kind' AS name, old.kind AS o, new.kind AS n, "
    "old.kind IS NOT new.kind AS changed UNION ALL SELECT 'title' AS name, old.title AS o, new.title AS "
    "n, old.title IS NOT new.title AS changed UNION ALL SELECT 'place' AS name, old.place AS o, new.place "
    "AS n, old.place IS NOT new.place AS changed UNION ALL SELECT 'notes' AS name, old.notes AS o, "
    "new.notes AS n, old.notes IS NOT new.notes AS changed) f WHERE c.id = 1 AND c.recording = 1 AND "
    "f.changed; END",
    "CREATE TRIGGER program_event_people_log_insert AFTER INSERT ON program_event_people BEGIN INSERT "
    "INTO change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, "
    "new_value, label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
    "c.author, 'program_event_people', json_array((SELECT uuid FROM program_events WHERE id = "
    "new.event_id), (SELECT uuid FROM people WHERE id = new.person_id)), 'insert', NULL, NULL, '{}', "
    "coalesce((SELECT title FROM program_events WHERE id = new.event_id), '') FROM change_context c WHERE "
    "c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER program_event_people_log_delete AFTER DELETE ON program_event_people BEGIN INSERT "
    "INTO change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, "
    "new_value, label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
    "c.author, 'program_event_people', json_array((SELECT uuid FROM program_events WHERE id = "
    "old.event_id), (SELECT uuid FROM people WHERE id = old.person_id)), 'delete', NULL, '{}', NULL, "
    "coalesce((SELECT title FROM program_events WHERE id = old.event_id), '') FROM change_context c WHERE "
    "c.id = 1 AND c.recording = 1 AND EXISTS (SELECT 1 FROM program_events WHERE id = old.event_id) AND "
    "EXISTS (SELECT 1 FROM people WHERE id = old.person_id); END",
    "CREATE TRIGGER program_event_agenda_log_insert AFTER INSERT ON program_event_agenda BEGIN INSERT "
    "INTO change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, "
    "new_value, label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
    "c.author, 'program_event_agenda', json_array((SELECT uuid FROM program_events WHERE id = "
    "new.event_id), (SELECT uuid FROM agenda_items WHERE id = new.agenda_item_id)), 'insert', NULL, NULL, "
    "'{}', coalesce((SELECT title FROM program_events WHERE id = new.event_id), '') FROM change_context c "
    "WHERE c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER program_event_agenda_log_delete AFTER DELETE ON program_event_agenda BEGIN INSERT "
    "INTO change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, "
    "new_value, label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
    "c.author, 'program_event_agenda', json_array((SELECT uuid FROM program_events WHERE id = "
    "old.event_id), (SELECT uuid FROM agenda_items WHERE id = old.agenda_item_id)), 'delete', NULL, '{}', "
    "NULL, coalesce((SELECT title FROM program_events WHERE id = old.event_id), '') FROM change_context c "
    "WHERE c.id = 1 AND c.recording = 1 AND EXISTS (SELECT 1 FROM program_events WHERE id = old.event_id) "
    "AND EXISTS (SELECT 1 FROM agenda_items WHERE id = old.agenda_item_id); END",
    "CREATE TRIGGER press_qa_log_insert AFTER INSERT ON press_qa BEGIN INSERT INTO change_log (uuid, txn, "
    "changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT "
    "lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'press_qa', "
    "new.uuid, 'insert', NULL, NULL, json_object('position', new.position, 'question', new.question, "
    "'answer', new.answer, 'marking', new.marking, 'prompt', new.prompt), new.question FROM "
    "change_context c WHERE c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER press_qa_log_delete AFTER DELETE ON press_qa BEGIN INSERT INTO change_log (uuid, txn, "
    "changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT "
    "lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'press_qa', "
    "old.uuid, 'delete', NULL, json_object('position', old.position, 'question', old.question, 'answer', "
    "old.answer, 'marking', old.marking, 'prompt', old.prompt), NULL, old.question FROM change_context c "
    "WHERE c.id = 1 AND c.recording = 1 AND EXISTS (SELECT 1 FROM agenda_items WHERE id = "
    "old.agenda_item_id); END",
    "CREATE TRIGGER press_qa_log_update AFTER UPDATE ON press_qa BEGIN INSERT INTO change_log (uuid, txn, "
    "changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT "
    "lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'press_qa', "
    "new.uuid, 'update', f.name, f.o, f.n, new.question FROM change_context c, (SELECT 'position' AS "
    "name, old.position AS o, new.position AS n, old.position IS NOT new.position AS changed UNION ALL "
    "SELECT 'question' AS name, old.question AS o, new.question AS n, old.question IS NOT new.question AS "
    "changed UNION ALL SELECT 'answer' AS name, old.answer AS o, new.answer AS n, old.answer IS NOT "
    "new.answer AS changed UNION ALL SELECT 'marking' AS name, old.marking AS o, new.marking AS n, "
    "old.marking IS NOT new.marking AS changed UNION ALL SELECT 'prompt' AS name, old.prompt AS o, "
    "new.prompt AS n, old.prompt IS NOT new.prompt AS changed) f WHERE c.id = 1 AND c.recording = 1 AND "
    "f.changed; END",
    "CREATE TRIGGER press_top_lines_log_insert AFTER INSERT ON press_top_lines BEGIN INSERT INTO "
    "change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, "
    "label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, "
    "'press_top_lines', json_array((SELECT uuid FROM agenda_items WHERE id = new.agenda_item_id)), "
    "'insert', NULL, NULL, json_object('text', new.text), coalesce((SELECT title FROM agenda_items WHERE "
    "id = new.agenda_item_id), '') FROM change_context c WHERE c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER press_top_lines_log_delete AFTER DELETE ON press_top_lines BEGIN INSERT INTO "
    "change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, "
    "label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, "
    "'press_top_lines', json_array((SELECT uuid FROM agenda_items WHERE id = old.agenda_item_id)), "
    "'delete', NULL, json_object('text', old.text), NULL, coalesce((SELECT title FROM agenda_items WHERE "
    "id = old.agenda_item_id), '') FROM change_context c WHERE c.id = 1 AND c.recording = 1 AND EXISTS "
    "(SELECT 1 FROM agenda_items WHERE id = old.agenda_item_id); END",
    "CREATE TRIGGER press_top_lines_log_update AFTER UPDATE ON press_top_lines BEGIN INSERT INTO "
    "change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, "
    "label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, "
    "'press_top_lines', json_array((SELECT uuid FROM agenda_items WHERE id = new.agenda_item_id)), "
    "'update', f.name, f.o, f.n, coalesce((SELECT title FROM agenda_items WHERE id = new.agenda_item_id), "
    "'') FROM change_context c, (SELECT 'text' AS name, old.text AS o, new.text AS n, old.text IS NOT "
    "new.text AS changed) f WHERE c.id = 1 AND c.recording = 1 AND f.changed; END",
    "CREATE TRIGGER deliverables_log_insert AFTER INSERT ON deliverables BEGIN INSERT INTO change_log "
    "(uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT "
    "lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'deliverables', "
    "new.uuid, 'insert', NULL, NULL, json_object('position', new.position, 'title', new.title, 'kind', "
    "new.kind, 'status', new.status, 'owner', new.owner, 'notes', new.notes, 'suggested_by', "
    "new.suggested_by), new.title FROM change_context c WHERE c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER deliverables_log_delete AFTER DELETE ON deliverables BEGIN INSERT INTO change_log "
    "(uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT "
    "lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'deliverables', "
    "old.uuid, 'delete', NULL, json_object('position', old.position, 'title', old.title, 'kind', "
    "old.kind, 'status', old.status, 'owner', old.owner, 'notes', old.notes, 'suggested_by', "
    "old.suggested_by), NULL, old.title FROM change_context c WHERE c.id = 1 AND c.recording = 1 AND 1; "
    "END",
    "CREATE TRIGGER deliverables_log_update AFTER UPDATE ON deliverables BEGIN INSERT INTO change_log "
    "(uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT "
    "lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'deliverables', "
    "new.uuid, 'update', f.name, f.o, f.n, new.title FROM change_context c, (SELECT 'position' AS name, "
    "old.position AS o, new.position AS n, old.position IS NOT new.position AS changed UNION ALL SELECT "
    "'title' AS name, old.title AS o, new.title AS n, old.title IS NOT new.title AS changed UNION ALL "
    "SELECT 'kind' AS name, old.kind AS o, new.kind AS n, old.kind IS NOT new.kind AS changed UNION ALL "
    "SELECT 'status' AS name, old.status AS o, new.status AS n, old.status IS NOT new.status AS changed "
    "UNION ALL SELECT 'owner' AS name, old.owner AS o, new.owner AS n, old.owner IS NOT new.owner AS "
    "changed UNION ALL SELECT 'notes' AS name, old.notes AS o, new.notes AS n, old.notes IS NOT new.notes "
    "AS changed UNION ALL SELECT 'suggested_by' AS name, old.suggested_by AS o, new.suggested_by AS n, "
    "old.suggested_by IS NOT new.suggested_by AS changed) f WHERE c.id = 1 AND c.recording = 1 AND "
    "f.changed; END",
    "CREATE TRIGGER deliverable_agenda_log_insert AFTER INSERT ON deliverable_agenda BEGIN INSERT INTO "
    "change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, "
    "label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, "
    "'deliverable_agenda', json_array((SELECT uuid FROM deliverables WHERE id = new.deliverable_id), "
    "(SELECT uuid FROM agenda_items WHERE id = new.agenda_item_id)), 'insert', NULL, NULL, '{}', "
    "coalesce((SELECT title FROM deliverables WHERE id = new.deliverable_id), '') FROM change_context c "
    "WHERE c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER deliverable_agenda_log_delete AFTER DELETE ON deliverable_agenda BEGIN INSERT INTO "
    "change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, "
    "label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, "
    "'deliverable_agenda', json_array((SELECT uuid FROM deliverables WHERE id = old.deliverable_id), "
    "(SELECT uuid FROM agenda_items WHERE id = old.agenda_item_id)), 'delete', NULL, '{}', NULL, "
    "coalesce((SELECT title FROM deliverables WHERE id = old.deliverable_id), '') FROM change_context c "
    "WHERE c.id = 1 AND c.recording = 1 AND EXISTS (SELECT 1 FROM deliverables WHERE id = "
    "old.deliverable_id) AND EXISTS (SELECT 1 FROM agenda_items WHERE id = old.agenda_item_id); END",
    "CREATE TRIGGER deliverable_recommendations_log_insert AFTER INSERT ON deliverable_recommendations "
    "BEGIN INSERT INTO change_log (uuid, txn, changed_at, author, entity, row_key, action, field, "
    "old_value, new_value, label) SELECT lower(hex(randomblob(16))), c.txn, "
    "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'deliverable_recommendations', json_array((SELECT "
    "uuid FROM deliverables WHERE id = new.deliverable_id), new.recommendation_id), 'insert', NULL, NULL, "
    "'{}', coalesce((SELECT title FROM deliverables WHERE id = new.deliverable_id), '') FROM "
    "change_context c WHERE c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER deliverable_recommendations_log_delete AFTER DELETE ON deliverable_recommendations "
    "BEGIN INSERT INTO change_log (uuid, txn, changed_at, author, entity, row_key, action, field, "
    "old_value, new_value, label) SELECT lower(hex(randomblob(16))), c.txn, "
    "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'deliverable_recommendations', json_array((SELECT "
    "uuid FROM deliverables WHERE id = old.deliverable_id), old.recommendation_id), 'delete', NULL, '{}', "
    "NULL, coalesce((SELECT title FROM deliverables WHERE id = old.deliverable_id), '') FROM "
    "change_context c WHERE c.id = 1 AND c.recording = 1 AND EXISTS (SELECT 1 FROM deliverables WHERE id "
    "= old.deliverable_id); END",
    "CREATE TRIGGER book_series_log_insert AFTER INSERT ON book_series BEGIN INSERT INTO change_log "
    "(uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT "
    "lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'book_series', "
    "json_array(new.slug), 'insert', NULL, NULL, json_object('name', new.name, 'unit', new.unit, "
    "'source', new.source, 'series_code', new.series_code, 'frequency', new.frequency, 'aggregation', "
    "new.aggregation, 'notes', new.notes), new.name FROM change_context c WHERE c.id = 1 AND c.recording "
    "= 1; END",
    "CREATE TRIGGER book_series_log_delete AFTER DELETE ON book_series BEGIN INSERT INTO change_log "
    "(uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT "
    "lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'book_series', "
    "json_array(old.slug), 'delete', NULL, json_object('name', old.name, 'unit', old.unit, 'source', "
    "old.source, 'series_code', old.series_code, 'frequency', old.frequency, 'aggregation', "
    "old.aggregation, 'notes', old.notes), NULL, old.name FROM change_context c WHERE c.id = 1 AND "
    "c.recording = 1 AND 1; END",
    "CREATE TRIGGER book_series_log_update AFTER UPDATE ON book_series BEGIN INSERT INTO change_log "
    "(uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT "
    "lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'book_series', "
    "json_array(new.slug), 'update', f.name, f.o, f.n, new.name FROM change_context c, (SELECT 'name' AS "
    "name, old.name AS o, new.name AS n, old.name IS NOT new.name AS changed UNION ALL SELECT 'unit' AS "
    "name, old.unit AS o, new.unit AS n, old.unit IS NOT new.unit AS changed UNION ALL SELECT 'source' AS "
    "name, old.source AS o, new.source AS n, old.source IS NOT new.source AS changed UNION ALL SELECT "
    "'series_code' AS name, old.series_code AS o, new.series_code AS n, old.series_code IS NOT "
    "new.series_code AS changed UNION ALL SELECT 'frequency' AS name, old.frequency AS o, new.frequency "
    "AS n, old.frequency IS NOT new.frequency AS changed UNION ALL SELECT 'aggregation' AS name, "
    "old.aggregation AS o, new.aggregation AS n, old.aggregation IS NOT new.aggregation AS changed UNION "
    "ALL SELECT 'notes' AS name, old.notes AS o, new.notes AS n, old.notes IS NOT new.notes AS changed) f "
    "WHERE c.id = 1 AND c.recording = 1 AND f.changed; END",
    "CREATE TRIGGER book_series_vintages_log_insert AFTER INSERT ON book_series_vintages BEGIN INSERT "
    "INTO change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, "
    "new_value, label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
    "c.author, 'book_series_vintages', json_array(new.series_slug, new.imported_at, new.file_sha256), "
    "'insert', NULL, NULL, json_object('as_of', new.as_of, 'layout', new.layout, 'file_name', "
    "new.file_name, 'observations', new.observations), new.series_slug || ' #' || new.vintage FROM "
    "change_context c WHERE c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER book_series_vintages_log_delete AFTER DELETE ON book_series_vintages BEGIN INSERT "
    "INTO change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, "
    "new_value, label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
    "c.author, 'book_series_vintages', json_array(old.series_slug, old.imported_at, old.file_sha256), "
    "'delete', NULL, json_object('as_of', old.as_of, 'layout', old.layout, 'file_name', old.file_name, "
    "'observations', old.observations), NULL, old.series_slug || ' #' || old.vintage FROM change_context "
    "c WHERE c.id = 1 AND c.recording = 1 AND 1; END",
    "CREATE TRIGGER book_series_vintages_log_update AFTER UPDATE ON book_series_vintages BEGIN INSERT "
    "INTO change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, "
    "new_value, label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
    "c.author, 'book_series_vintages', json_array(new.series_slug, new.imported_at, new.file_sha256), "
    "'update', f.name, f.o, f.n, new.series_slug || ' #' || new.vintage FROM change_context c, (SELECT "
    "'as_of' AS name, old.as_of AS o, new.as_of AS n, old.as_of IS NOT new.as_of AS changed UNION ALL "
    "SELECT 'layout' AS name, old.layout AS o, new.layout AS n, old.layout IS NOT new.layout AS changed "
    "UNION ALL SELECT 'file_name' AS name, old.file_name AS o, new.file_name AS n, old.file_name IS NOT "
    "new.file_name AS changed UNION ALL SELECT 'observations' AS name, old.observations AS o, "
    "new.observations AS n, old.observations IS NOT new.observations AS changed) f WHERE c.id = 1 AND "
    "c.recording = 1 AND f.changed; END",
)
