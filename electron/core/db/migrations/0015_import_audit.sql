-- The spreadsheet imports in the audit log (who imported, and when an import was undone); the list of
-- records each created is not audited: each of those records is, as itself.
DROP TRIGGER IF EXISTS "audit_import_batches_insert";
--> statement-breakpoint
CREATE TRIGGER "audit_import_batches_insert" AFTER INSERT ON "import_batches"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'import_batches', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'import_batches', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN NEW."filename" IS NOT NULL THEN 'filename,' ELSE '' END || CASE WHEN NEW."sheet" IS NOT NULL THEN 'sheet,' ELSE '' END || CASE WHEN NEW."rows_read" IS NOT NULL THEN 'rows_read,' ELSE '' END || CASE WHEN NEW."rows_imported" IS NOT NULL THEN 'rows_imported,' ELSE '' END || CASE WHEN NEW."rows_skipped" IS NOT NULL THEN 'rows_skipped,' ELSE '' END || CASE WHEN NEW."undone_at" IS NOT NULL THEN 'undone_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_import_batches_update";
--> statement-breakpoint
CREATE TRIGGER "audit_import_batches_update" AFTER UPDATE ON "import_batches" WHEN (OLD."id" IS NOT NEW."id" OR OLD."created_at" IS NOT NEW."created_at" OR OLD."filename" IS NOT NEW."filename" OR OLD."sheet" IS NOT NEW."sheet" OR OLD."rows_read" IS NOT NEW."rows_read" OR OLD."rows_imported" IS NOT NEW."rows_imported" OR OLD."rows_skipped" IS NOT NEW."rows_skipped" OR OLD."undone_at" IS NOT NEW."undone_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'import_batches', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'import_batches', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END || CASE WHEN OLD."filename" IS NOT NEW."filename" THEN 'filename,' ELSE '' END || CASE WHEN OLD."sheet" IS NOT NEW."sheet" THEN 'sheet,' ELSE '' END || CASE WHEN OLD."rows_read" IS NOT NEW."rows_read" THEN 'rows_read,' ELSE '' END || CASE WHEN OLD."rows_imported" IS NOT NEW."rows_imported" THEN 'rows_imported,' ELSE '' END || CASE WHEN OLD."rows_skipped" IS NOT NEW."rows_skipped" THEN 'rows_skipped,' ELSE '' END || CASE WHEN OLD."undone_at" IS NOT NEW."undone_at" THEN 'undone_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_import_batches_delete";
--> statement-breakpoint
CREATE TRIGGER "audit_import_batches_delete" AFTER DELETE ON "import_batches"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'import_batches', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'import_batches', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.id AS TEXT) AS r,
    NULL AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
