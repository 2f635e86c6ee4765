"""Book format 11 as it was written (issue 18), frozen: a press question may have no record status.

``press_qa.marking`` accepted only ``on_record``, ``background`` or ``do_not_raise`` and defaulted
to ``on_record``, so every new question (the demo's unanswered placeholders too) went out "on the
record". From format 11 the empty string means "not chosen yet" and is the default. SQLite cannot
change a CHECK constraint in place, so the table is rebuilt: the old one is renamed aside, the new
one created and filled with the same rows (same ids, so the full-text index rows of kind ``press``
still point at them), the old one dropped with its index and triggers, then the index, the
full-text triggers (as step 6 wrote them) and the change-log triggers (as ``history.trigger_sql``
wrote them for ``press_qa``; unchanged since format 7) are created again.

Existing statuses are kept, except on demo placeholders never edited (``prompt = 1``: any edit
clears it): their stored ``on_record`` was the column's default, never a choice, so they get no
status. The copy runs before the triggers exist, so it writes nothing to the change log.

This text is never edited; a later change to ``press_qa`` needs a new step.
"""

STATEMENTS: tuple[str, ...] = (
    "ALTER TABLE press_qa RENAME TO press_qa_v10",
    """CREATE TABLE press_qa (
            id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
            agenda_item_id INTEGER NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
            position INTEGER NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL DEFAULT '',
            marking TEXT NOT NULL DEFAULT '' CHECK (marking IN ('', 'on_record', 'background', 'do_not_raise')),
            prompt INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
    "INSERT INTO press_qa (id, uuid, agenda_item_id, position, question, answer, marking, prompt, created_at, "
    "updated_at) SELECT id, uuid, agenda_item_id, position, question, answer, CASE WHEN prompt = 1 THEN '' "
    "ELSE marking END, prompt, created_at, updated_at FROM press_qa_v10",
    "DROP TABLE press_qa_v10",
    "CREATE INDEX press_qa_item ON press_qa (agenda_item_id, position)",
    "CREATE TRIGGER press_qa_fts_insert AFTER INSERT ON press_qa BEGIN INSERT INTO book_fts (rowid, kind,"
    " ref_id, title, body) VALUES (new.id + 6000000000, 'press', new.id, new.question, new.answer); END",
    "CREATE TRIGGER press_qa_fts_update AFTER UPDATE ON press_qa BEGIN DELETE FROM book_fts WHERE rowid ="
    " old.id + 6000000000; INSERT INTO book_fts (rowid, kind, ref_id, title, body) VALUES (new.id + 60000"
    "00000, 'press', new.id, new.question, new.answer); END",
    "CREATE TRIGGER press_qa_fts_delete AFTER DELETE ON press_qa BEGIN DELETE FROM book_fts WHERE rowid ="
    " old.id + 6000000000; END",
    "CREATE TRIGGER press_qa_log_insert AFTER INSERT ON press_qa BEGIN INSERT INTO change_log (uuid, txn,"
    " changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT lower(hex(r"
    "andomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'press_qa', new.uuid, 'inse"
    "rt', NULL, NULL, json_object('position', new.position, 'question', new.question, 'answer', new.answe"
    "r, 'marking', new.marking, 'prompt', new.prompt), new.question FROM change_context c WHERE c.id = 1 "
    "AND c.recording = 1; END",
    "CREATE TRIGGER press_qa_log_delete AFTER DELETE ON press_qa BEGIN INSERT INTO change_log (uuid, txn,"
    " changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT lower(hex(r"
    "andomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'press_qa', old.uuid, 'dele"
    "te', NULL, json_object('position', old.position, 'question', old.question, 'answer', old.answer, 'ma"
    "rking', old.marking, 'prompt', old.prompt), NULL, old.question FROM change_context c WHERE c.id = 1 "
    "AND c.recording = 1 AND EXISTS (SELECT 1 FROM agenda_items WHERE id = old.agenda_item_id); END",
    "CREATE TRIGGER press_qa_log_update AFTER UPDATE ON press_qa BEGIN INSERT INTO change_log (uuid, txn,"
    " changed_at, author, entity, row_key, action, field, old_value, new_value, label) SELECT lower(hex(r"
    "andomblob(16))), c.txn, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), c.author, 'press_qa', new.uuid, 'upda"
    "te', f.name, f.o, f.n, new.question FROM change_context c, (SELECT 'position' AS name, old.position "
    "AS o, new.position AS n, old.position IS NOT new.position AS changed UNION ALL SELECT 'question' AS "
    "name, old.question AS o, new.question AS n, old.question IS NOT new.question AS changed UNION ALL SE"
    "LECT 'answer' AS name, old.answer AS o, new.answer AS n, old.answer IS NOT new.answer AS changed UNI"
    "ON ALL SELECT 'marking' AS name, old.marking AS o, new.marking AS n, old.marking IS NOT new.marking "
    "AS changed UNION ALL SELECT 'prompt' AS name, old.prompt AS o, new.prompt AS n, old.prompt IS NOT ne"
    "w.prompt AS changed) f WHERE c.id = 1 AND c.recording = 1 AND f.changed; END",
)
