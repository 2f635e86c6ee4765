"""Book format 8 as it was written (issue 21), frozen: the principal's book.

``scene_setter`` (one text per headed part: context, our_aims, their_aims, sensitivities,
atmospherics); ``meeting_memos`` (one per program event: objectives, what the other side will
raise, notes) with ``meeting_memo_people`` (participants with their role, ordered),
``meeting_memo_agenda`` (agenda items to raise, ordered: linked, not copied) and
``meeting_memo_deliverables`` (deliverables to announce, ordered), all named by their event;
``scenario_steps`` (per event: minutes from the event's start, what happens, who; ordered);
``remarks`` (occasion, speaker, text; ordered) and ``remark_events`` (a remark's event);
``people.last_met``. The change-log triggers of these tables, and those of ``people`` (which gained
a field), are what ``history.trigger_sql`` wrote when this step landed, pasted in as text.
Never edit this file: a later change is a new step.
"""

STATEMENTS: tuple[str, ...] = (
    """CREATE TABLE scene_setter (
            id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
            part TEXT NOT NULL UNIQUE CHECK (part IN ('context', 'our_aims', 'their_aims', 'sensitivities',
                'atmospherics')),
            text TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
    """CREATE TABLE meeting_memos (
            id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
            event_id INTEGER NOT NULL UNIQUE REFERENCES program_events (id) ON DELETE CASCADE,
            objectives TEXT NOT NULL DEFAULT '', they_raise TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
    """CREATE TABLE meeting_memo_people (
            id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
            event_id INTEGER NOT NULL REFERENCES program_events (id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0, role TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            UNIQUE (event_id, person_id))""",
    """CREATE TABLE meeting_memo_agenda (
            id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
            event_id INTEGER NOT NULL REFERENCES program_events (id) ON DELETE CASCADE,
            agenda_item_id INTEGER NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            UNIQUE (event_id, agenda_item_id))""",
    """CREATE TABLE meeting_memo_deliverables (
            id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
            event_id INTEGER NOT NULL REFERENCES program_events (id) ON DELETE CASCADE,
            deliverable_id INTEGER NOT NULL REFERENCES deliverables (id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            UNIQUE (event_id, deliverable_id))""",
    """CREATE TABLE scenario_steps (
            id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
            event_id INTEGER NOT NULL REFERENCES program_events (id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0, offset_minutes INTEGER NOT NULL DEFAULT 0,
            action TEXT NOT NULL, who TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
    "CREATE INDEX scenario_steps_event ON scenario_steps (event_id, offset_minutes, position)",
    """CREATE TABLE remarks (
            id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, position INTEGER NOT NULL,
            occasion TEXT NOT NULL, speaker TEXT NOT NULL DEFAULT '', text TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
    """CREATE TABLE remark_events (
            id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
            remark_id INTEGER NOT NULL REFERENCES remarks (id) ON DELETE CASCADE,
            event_id INTEGER NOT NULL REFERENCES program_events (id) ON DELETE CASCADE,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            UNIQUE (remark_id, event_id))""",
    "ALTER TABLE people ADD COLUMN last_met TEXT NOT NULL DEFAULT ''",
    "DROP TRIGGER people_log_insert",
    "DROP TRIGGER people_log_update",
    "DROP TRIGGER people_log_delete",
    "CREATE TRIGGER people_log_insert AFTER INSERT ON people BEGIN INSERT INTO change_log (uuid, txn, cha"
    "nged_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT lower(hex(rando"
    "mblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'people', new.uuid, 'insert', N"
    "ULL, NULL, json_object('position', new.position, 'name', new.name, 'title', new.title, 'organisation"
    "', new.organisation, 'side', new.side, 'role', new.role, 'bio', new.bio, 'talking_notes', new.talkin"
    "g_notes, 'pronunciation', new.pronunciation, 'photo', CASE WHEN new.photo IS NULL THEN NULL ELSE len"
    "gth(new.photo) || ' bytes' END, 'photo_type', new.photo_type, 'last_met', new.last_met), new.name FR"
    "OM change_context c WHERE c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER people_log_delete AFTER DELETE ON people BEGIN INSERT INTO change_log (uuid, txn, cha"
    "nged_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT lower(hex(rando"
    "mblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'people', old.uuid, 'delete', N"
    "ULL, json_object('position', old.position, 'name', old.name, 'title', old.title, 'organisation', old"
    ".organisation, 'side', old.side, 'role', old.role, 'bio', old.bio, 'talking_notes', old.talking_note"
    "s, 'pronunciation', old.pronunciation, 'photo', CASE WHEN old.photo IS NULL THEN NULL ELSE length(ol"
    "d.photo) || ' bytes' END, 'photo_type', old.photo_type, 'last_met', old.last_met), NULL, old.name FR"
    "OM change_context c WHERE c.id = 1 AND c.recording = 1 AND 1; END",
    "CREATE TRIGGER people_log_update AFTER UPDATE ON people BEGIN INSERT INTO change_log (uuid, txn, cha"
    "nged_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT lower(hex(rando"
    "mblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'people', new.uuid, 'update', f"
    ".name, f.o, f.n, new.name FROM change_context c, (SELECT 'position' AS name, old.position AS o, new."
    "position AS n, old.position IS NOT new.position AS changed UNION ALL SELECT 'name' AS name, old.name"
    " AS o, new.name AS n, old.name IS NOT new.name AS changed UNION ALL SELECT 'title' AS name, old.titl"
    "e AS o, new.title AS n, old.title IS NOT new.title AS changed UNION ALL SELECT 'organisation' AS nam"
    "e, old.organisation AS o, new.organisation AS n, old.organisation IS NOT new.organisation AS changed"
    " UNION ALL SELECT 'side' AS name, old.side AS o, new.side AS n, old.side IS NOT new.side AS changed "
    "UNION ALL SELECT 'role' AS name, old.role AS o, new.role AS n, old.role IS NOT new.role AS changed U"
    "NION ALL SELECT 'bio' AS name, old.bio AS o, new.bio AS n, old.bio IS NOT new.bio AS changed UNION A"
    "LL SELECT 'talking_notes' AS name, old.talking_notes AS o, new.talking_notes AS n, old.talking_notes"
    " IS NOT new.talking_notes AS changed UNION ALL SELECT 'pronunciation' AS name, old.pronunciation AS "
    "o, new.pronunciation AS n, old.pronunciation IS NOT new.pronunciation AS changed UNION ALL SELECT 'p"
    "hoto' AS name, CASE WHEN old.photo IS NULL THEN NULL ELSE length(old.photo) || ' bytes' END AS o, CA"
    "SE WHEN new.photo IS NULL THEN NULL ELSE length(new.photo) || ' bytes' END AS n, old.photo IS NOT ne"
    "w.photo AS changed UNION ALL SELECT 'photo_type' AS name, old.photo_type AS o, new.photo_type AS n, "
    "old.photo_type IS NOT new.photo_type AS changed UNION ALL SELECT 'last_met' AS name, old.last_met AS"
    " o, new.last_met AS n, old.last_met IS NOT new.last_met AS changed) f WHERE c.id = 1 AND c.recording"
    " = 1 AND f.changed; END",
    "CREATE TRIGGER scene_setter_log_insert AFTER INSERT ON scene_setter BEGIN INSERT INTO change_log (uu"
    "id, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT low"
    "er(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'scene_setter', jso"
    "n_array(new.part), 'insert', NULL, NULL, json_object('text', new.text), new.part FROM change_context"
    " c WHERE c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER scene_setter_log_delete AFTER DELETE ON scene_setter BEGIN INSERT INTO change_log (uu"
    "id, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT low"
    "er(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'scene_setter', jso"
    "n_array(old.part), 'delete', NULL, json_object('text', old.text), NULL, old.part FROM change_context"
    " c WHERE c.id = 1 AND c.recording = 1 AND 1; END",
    "CREATE TRIGGER scene_setter_log_update AFTER UPDATE ON scene_setter BEGIN INSERT INTO change_log (uu"
    "id, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT low"
    "er(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'scene_setter', jso"
    "n_array(new.part), 'update', f.name, f.o, f.n, new.part FROM change_context c, (SELECT 'text' AS nam"
    "e, old.text AS o, new.text AS n, old.text IS NOT new.text AS changed) f WHERE c.id = 1 AND c.recordi"
    "ng = 1 AND f.changed; END",
    "CREATE TRIGGER meeting_memos_log_insert AFTER INSERT ON meeting_memos BEGIN INSERT INTO change_log ("
    "uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT l"
    "ower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'meeting_memos', "
    "json_array((SELECT uuid FROM program_events WHERE id = new.event_id)), 'insert', NULL, NULL, json_ob"
    "ject('objectives', new.objectives, 'they_raise', new.they_raise, 'notes', new.notes), coalesce((SELE"
    "CT title FROM program_events WHERE id = new.event_id), '') FROM change_context c WHERE c.id = 1 AND "
    "c.recording = 1; END",
    "CREATE TRIGGER meeting_memos_log_delete AFTER DELETE ON meeting_memos BEGIN INSERT INTO change_log ("
    "uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT l"
    "ower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'meeting_memos', "
    "json_array((SELECT uuid FROM program_events WHERE id = old.event_id)), 'delete', NULL, json_object('"
    "objectives', old.objectives, 'they_raise', old.they_raise, 'notes', old.notes), NULL, coalesce((SELE"
    "CT title FROM program_events WHERE id = old.event_id), '') FROM change_context c WHERE c.id = 1 AND "
    "c.recording = 1 AND EXISTS (SELECT 1 FROM program_events WHERE id = old.event_id); END",
    "CREATE TRIGGER meeting_memos_log_update AFTER UPDATE ON meeting_memos BEGIN INSERT INTO change_log ("
    "uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT l"
    "ower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'meeting_memos', "
    "json_array((SELECT uuid FROM program_events WHERE id = new.event_id)), 'update', f.name, f.o, f.n, c"
    "oalesce((SELECT title FROM program_events WHERE id = new.event_id), '') FROM change_context c, (SELE"
    "CT 'objectives' AS name, old.objectives AS o, new.objectives AS n, old.objectives IS NOT new.objecti"
    "ves AS changed UNION ALL SELECT 'they_raise' AS name, old.they_raise AS o, new.they_raise AS n, old."
    "they_raise IS NOT new.they_raise AS changed UNION ALL SELECT 'notes' AS name, old.notes AS o, new.no"
    "tes AS n, old.notes IS NOT new.notes AS changed) f WHERE c.id = 1 AND c.recording = 1 AND f.changed;"
    " END",
    "CREATE TRIGGER meeting_memo_people_log_insert AFTER INSERT ON meeting_memo_people BEGIN INSERT INTO "
    "change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, lab"
    "el) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'meet"
    "ing_memo_people', json_array((SELECT uuid FROM program_events WHERE id = new.event_id), (SELECT uuid"
    " FROM people WHERE id = new.person_id)), 'insert', NULL, NULL, json_object('position', new.position,"
    " 'role', new.role), coalesce((SELECT title FROM program_events WHERE id = new.event_id), '') FROM ch"
    "ange_context c WHERE c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER meeting_memo_people_log_delete AFTER DELETE ON meeting_memo_people BEGIN INSERT INTO "
    "change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, lab"
    "el) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'meet"
    "ing_memo_people', json_array((SELECT uuid FROM program_events WHERE id = old.event_id), (SELECT uuid"
    " FROM people WHERE id = old.person_id)), 'delete', NULL, json_object('position', old.position, 'role"
    "', old.role), NULL, coalesce((SELECT title FROM program_events WHERE id = old.event_id), '') FROM ch"
    "ange_context c WHERE c.id = 1 AND c.recording = 1 AND EXISTS (SELECT 1 FROM program_events WHERE id "
    "= old.event_id) AND EXISTS (SELECT 1 FROM people WHERE id = old.person_id); END",
    "CREATE TRIGGER meeting_memo_people_log_update AFTER UPDATE ON meeting_memo_people BEGIN INSERT INTO "
    "change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, lab"
    "el) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'meet"
    "ing_memo_people', json_array((SELECT uuid FROM program_events WHERE id = new.event_id), (SELECT uuid"
    " FROM people WHERE id = new.person_id)), 'update', f.name, f.o, f.n, coalesce((SELECT title FROM pro"
    "gram_events WHERE id = new.event_id), '') FROM change_context c, (SELECT 'position' AS name, old.pos"
    "ition AS o, new.position AS n, old.position IS NOT new.position AS changed UNION ALL SELECT 'role' A"
    "S name, old.role AS o, new.role AS n, old.role IS NOT new.role AS changed) f WHERE c.id = 1 AND c.re"
    "cording = 1 AND f.changed; END",
    "CREATE TRIGGER meeting_memo_agenda_log_insert AFTER INSERT ON meeting_memo_agenda BEGIN INSERT INTO "
    "change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, lab"
    "el) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'meet"
    "ing_memo_agenda', json_array((SELECT uuid FROM program_events WHERE id = new.event_id), (SELECT uuid"
    " FROM agenda_items WHERE id = new.agenda_item_id)), 'insert', NULL, NULL, json_object('position', ne"
    "w.position), coalesce((SELECT title FROM program_events WHERE id = new.event_id), '') FROM change_co"
    "ntext c WHERE c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER meeting_memo_agenda_log_delete AFTER DELETE ON meeting_memo_agenda BEGIN INSERT INTO "
    "change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, lab"
    "el) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'meet"
    "ing_memo_agenda', json_array((SELECT uuid FROM program_events WHERE id = old.event_id), (SELECT uuid"
    " FROM agenda_items WHERE id = old.agenda_item_id)), 'delete', NULL, json_object('position', old.posi"
    "tion), NULL, coalesce((SELECT title FROM program_events WHERE id = old.event_id), '') FROM change_co"
    "ntext c WHERE c.id = 1 AND c.recording = 1 AND EXISTS (SELECT 1 FROM program_events WHERE id = old.e"
    "vent_id) AND EXISTS (SELECT 1 FROM agenda_items WHERE id = old.agenda_item_id); END",
    "CREATE TRIGGER meeting_memo_agenda_log_update AFTER UPDATE ON meeting_memo_agenda BEGIN INSERT INTO "
    "change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, lab"
    "el) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'meet"
    "ing_memo_agenda', json_array((SELECT uuid FROM program_events WHERE id = new.event_id), (SELECT uuid"
    " FROM agenda_items WHERE id = new.agenda_item_id)), 'update', f.name, f.o, f.n, coalesce((SELECT tit"
    "le FROM program_events WHERE id = new.event_id), '') FROM change_context c, (SELECT 'position' AS na"
    "me, old.position AS o, new.position AS n, old.position IS NOT new.position AS changed) f WHERE c.id "
    "= 1 AND c.recording = 1 AND f.changed; END",
    "CREATE TRIGGER meeting_memo_deliverables_log_insert AFTER INSERT ON meeting_memo_deliverables BEGIN "
    "INSERT INTO change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, ne"
    "w_value, label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.a"
    "uthor, 'meeting_memo_deliverables', json_array((SELECT uuid FROM program_events WHERE id = new.event"
    "_id), (SELECT uuid FROM deliverables WHERE id = new.deliverable_id)), 'insert', NULL, NULL, json_obj"
    "ect('position', new.position), coalesce((SELECT title FROM program_events WHERE id = new.event_id), "
    "'') FROM change_context c WHERE c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER meeting_memo_deliverables_log_delete AFTER DELETE ON meeting_memo_deliverables BEGIN "
    "INSERT INTO change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, ne"
    "w_value, label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.a"
    "uthor, 'meeting_memo_deliverables', json_array((SELECT uuid FROM program_events WHERE id = old.event"
    "_id), (SELECT uuid FROM deliverables WHERE id = old.deliverable_id)), 'delete', NULL, json_object('p"
    "osition', old.position), NULL, coalesce((SELECT title FROM program_events WHERE id = old.event_id), "
    "'') FROM change_context c WHERE c.id = 1 AND c.recording = 1 AND EXISTS (SELECT 1 FROM program_event"
    "s WHERE id = old.event_id) AND EXISTS (SELECT 1 FROM deliverables WHERE id = old.deliverable_id); EN"
    "D",
    "CREATE TRIGGER meeting_memo_deliverables_log_update AFTER UPDATE ON meeting_memo_deliverables BEGIN "
    "INSERT INTO change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, ne"
    "w_value, label) SELECT lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.a"
    "uthor, 'meeting_memo_deliverables', json_array((SELECT uuid FROM program_events WHERE id = new.event"
    "_id), (SELECT uuid FROM deliverables WHERE id = new.deliverable_id)), 'update', f.name, f.o, f.n, co"
    "alesce((SELECT title FROM program_events WHERE id = new.event_id), '') FROM change_context c, (SELEC"
    "T 'position' AS name, old.position AS o, new.position AS n, old.position IS NOT new.position AS chan"
    "ged) f WHERE c.id = 1 AND c.recording = 1 AND f.changed; END",
    "CREATE TRIGGER scenario_steps_log_insert AFTER INSERT ON scenario_steps BEGIN INSERT INTO change_log"
    " (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT"
    " lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'scenario_steps"
    "', new.uuid, 'insert', NULL, NULL, json_object('position', new.position, 'offset_minutes', new.offse"
    "t_minutes, 'action', new.action, 'who', new.who), coalesce((SELECT title FROM program_events WHERE i"
    "d = new.event_id), '') FROM change_context c WHERE c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER scenario_steps_log_delete AFTER DELETE ON scenario_steps BEGIN INSERT INTO change_log"
    " (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT"
    " lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'scenario_steps"
    "', old.uuid, 'delete', NULL, json_object('position', old.position, 'offset_minutes', old.offset_minu"
    "tes, 'action', old.action, 'who', old.who), NULL, coalesce((SELECT title FROM program_events WHERE i"
    "d = old.event_id), '') FROM change_context c WHERE c.id = 1 AND c.recording = 1 AND EXISTS (SELECT 1"
    " FROM program_events WHERE id = old.event_id); END",
    "CREATE TRIGGER scenario_steps_log_update AFTER UPDATE ON scenario_steps BEGIN INSERT INTO change_log"
    " (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT"
    " lower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'scenario_steps"
    "', new.uuid, 'update', f.name, f.o, f.n, coalesce((SELECT title FROM program_events WHERE id = new.e"
    "vent_id), '') FROM change_context c, (SELECT 'position' AS name, old.position AS o, new.position AS "
    "n, old.position IS NOT new.position AS changed UNION ALL SELECT 'offset_minutes' AS name, old.offset"
    "_minutes AS o, new.offset_minutes AS n, old.offset_minutes IS NOT new.offset_minutes AS changed UNIO"
    "N ALL SELECT 'action' AS name, old.action AS o, new.action AS n, old.action IS NOT new.action AS cha"
    "nged UNION ALL SELECT 'who' AS name, old.who AS o, new.who AS n, old.who IS NOT new.who AS changed) "
    "f WHERE c.id = 1 AND c.recording = 1 AND f.changed; END",
    "CREATE TRIGGER remarks_log_insert AFTER INSERT ON remarks BEGIN INSERT INTO change_log (uuid, txn, c"
    "hanged_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT lower(hex(ran"
    "domblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'remarks', new.uuid, 'insert'"
    ", NULL, NULL, json_object('position', new.position, 'occasion', new.occasion, 'speaker', new.speaker"
    ", 'text', new.text), new.occasion FROM change_context c WHERE c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER remarks_log_delete AFTER DELETE ON remarks BEGIN INSERT INTO change_log (uuid, txn, c"
    "hanged_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT lower(hex(ran"
    "domblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'remarks', old.uuid, 'delete'"
    ", NULL, json_object('position', old.position, 'occasion', old.occasion, 'speaker', old.speaker, 'tex"
    "t', old.text), NULL, old.occasion FROM change_context c WHERE c.id = 1 AND c.recording = 1 AND 1; EN"
    "D",
    "CREATE TRIGGER remarks_log_update AFTER UPDATE ON remarks BEGIN INSERT INTO change_log (uuid, txn, c"
    "hanged_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT lower(hex(ran"
    "domblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'remarks', new.uuid, 'update'"
    ", f.name, f.o, f.n, new.occasion FROM change_context c, (SELECT 'position' AS name, old.position AS "
    "o, new.position AS n, old.position IS NOT new.position AS changed UNION ALL SELECT 'occasion' AS nam"
    "e, old.occasion AS o, new.occasion AS n, old.occasion IS NOT new.occasion AS changed UNION ALL SELEC"
    "T 'speaker' AS name, old.speaker AS o, new.speaker AS n, old.speaker IS NOT new.speaker AS changed U"
    "NION ALL SELECT 'text' AS name, old.text AS o, new.text AS n, old.text IS NOT new.text AS changed) f"
    " WHERE c.id = 1 AND c.recording = 1 AND f.changed; END",
    "CREATE TRIGGER remark_events_log_insert AFTER INSERT ON remark_events BEGIN INSERT INTO change_log ("
    "uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT l"
    "ower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'remark_events', "
    "json_array((SELECT uuid FROM remarks WHERE id = new.remark_id), (SELECT uuid FROM program_events WHE"
    "RE id = new.event_id)), 'insert', NULL, NULL, '{}', coalesce((SELECT occasion FROM remarks WHERE id "
    "= new.remark_id), '') FROM change_context c WHERE c.id = 1 AND c.recording = 1; END",
    "CREATE TRIGGER remark_events_log_delete AFTER DELETE ON remark_events BEGIN INSERT INTO change_log ("
    "uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT l"
    "ower(hex(randomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'remark_events', "
    "json_array((SELECT uuid FROM remarks WHERE id = old.remark_id), (SELECT uuid FROM program_events WHE"
    "RE id = old.event_id)), 'delete', NULL, '{}', NULL, coalesce((SELECT occasion FROM remarks WHERE id "
    "= old.remark_id), '') FROM change_context c WHERE c.id = 1 AND c.recording = 1 AND EXISTS (SELECT 1 "
    "FROM remarks WHERE id = old.remark_id) AND EXISTS (SELECT 1 FROM program_events WHERE id = old.event"
    "_id); END",
)
