CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`table_name` text NOT NULL,
	`record_id` text NOT NULL,
	`case_id` text,
	`op` text NOT NULL,
	`fields` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL,
	CONSTRAINT "audit_log_op_check" CHECK(op IN ('insert', 'update', 'delete'))
);
--> statement-breakpoint
CREATE INDEX `audit_log_case_idx` ON `audit_log` (`case_id`,`seq`);--> statement-breakpoint
CREATE INDEX `audit_log_table_idx` ON `audit_log` (`table_name`,`seq`);--> statement-breakpoint
-- Audit log triggers (issue 7), written by electron/core/db/audit-triggers.ts. Every data table
-- appends one hash-chained entry per inserted, changed or deleted row (field names only, never
-- values); the log itself refuses UPDATE, DELETE and any entry that does not continue the chain.
-- The triggers call muhafiz_sha256, registered on every connection by openEncrypted.
CREATE TRIGGER "audit_log_no_update" BEFORE UPDATE ON "audit_log"
BEGIN
  SELECT RAISE(ABORT, 'The audit log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER "audit_log_no_delete" BEFORE DELETE ON "audit_log"
BEGIN
  SELECT RAISE(ABORT, 'The audit log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER "audit_log_chain" BEFORE INSERT ON "audit_log"
  WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM audit_log)
    OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000')
    OR NEW.hash IS NOT muhafiz_sha256(NEW.prev_hash, NEW.seq, NEW.at, NEW.actor, NEW.table_name, NEW.record_id, NEW.case_id, NEW.op, NEW.fields)
BEGIN
  SELECT RAISE(ABORT, 'An audit entry must continue the chain');
END;
--> statement-breakpoint
CREATE TRIGGER "audit_clients_insert" AFTER INSERT ON "clients"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'clients', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'clients', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN NEW."full_name" IS NOT NULL THEN 'full_name,' ELSE '' END || CASE WHEN NEW."name_ur" IS NOT NULL THEN 'name_ur,' ELSE '' END || CASE WHEN NEW."codename" IS NOT NULL THEN 'codename,' ELSE '' END || CASE WHEN NEW."cnic" IS NOT NULL THEN 'cnic,' ELSE '' END || CASE WHEN NEW."phone" IS NOT NULL THEN 'phone,' ELSE '' END || CASE WHEN NEW."category" IS NOT NULL THEN 'category,' ELSE '' END || CASE WHEN NEW."district" IS NOT NULL THEN 'district,' ELSE '' END || CASE WHEN NEW."province" IS NOT NULL THEN 'province,' ELSE '' END || CASE WHEN NEW."risk_level" IS NOT NULL THEN 'risk_level,' ELSE '' END || CASE WHEN NEW."contact_person" IS NOT NULL THEN 'contact_person,' ELSE '' END || CASE WHEN NEW."notes" IS NOT NULL THEN 'notes,' ELSE '' END || CASE WHEN NEW."sensitive" IS NOT NULL THEN 'sensitive,' ELSE '' END || CASE WHEN NEW."gender" IS NOT NULL THEN 'gender,' ELSE '' END || CASE WHEN NEW."guardian_relation" IS NOT NULL THEN 'guardian_relation,' ELSE '' END || CASE WHEN NEW."guardian_name" IS NOT NULL THEN 'guardian_name,' ELSE '' END || CASE WHEN NEW."address" IS NOT NULL THEN 'address,' ELSE '' END || CASE WHEN NEW."archived_at" IS NOT NULL THEN 'archived_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_clients_update" AFTER UPDATE ON "clients" WHEN (OLD."id" IS NOT NEW."id" OR OLD."full_name" IS NOT NEW."full_name" OR OLD."name_ur" IS NOT NEW."name_ur" OR OLD."codename" IS NOT NEW."codename" OR OLD."cnic" IS NOT NEW."cnic" OR OLD."phone" IS NOT NEW."phone" OR OLD."category" IS NOT NEW."category" OR OLD."district" IS NOT NEW."district" OR OLD."province" IS NOT NEW."province" OR OLD."risk_level" IS NOT NEW."risk_level" OR OLD."contact_person" IS NOT NEW."contact_person" OR OLD."notes" IS NOT NEW."notes" OR OLD."sensitive" IS NOT NEW."sensitive" OR OLD."gender" IS NOT NEW."gender" OR OLD."guardian_relation" IS NOT NEW."guardian_relation" OR OLD."guardian_name" IS NOT NEW."guardian_name" OR OLD."address" IS NOT NEW."address" OR OLD."archived_at" IS NOT NEW."archived_at" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'clients', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'clients', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."full_name" IS NOT NEW."full_name" THEN 'full_name,' ELSE '' END || CASE WHEN OLD."name_ur" IS NOT NEW."name_ur" THEN 'name_ur,' ELSE '' END || CASE WHEN OLD."codename" IS NOT NEW."codename" THEN 'codename,' ELSE '' END || CASE WHEN OLD."cnic" IS NOT NEW."cnic" THEN 'cnic,' ELSE '' END || CASE WHEN OLD."phone" IS NOT NEW."phone" THEN 'phone,' ELSE '' END || CASE WHEN OLD."category" IS NOT NEW."category" THEN 'category,' ELSE '' END || CASE WHEN OLD."district" IS NOT NEW."district" THEN 'district,' ELSE '' END || CASE WHEN OLD."province" IS NOT NEW."province" THEN 'province,' ELSE '' END || CASE WHEN OLD."risk_level" IS NOT NEW."risk_level" THEN 'risk_level,' ELSE '' END || CASE WHEN OLD."contact_person" IS NOT NEW."contact_person" THEN 'contact_person,' ELSE '' END || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END || CASE WHEN OLD."sensitive" IS NOT NEW."sensitive" THEN 'sensitive,' ELSE '' END || CASE WHEN OLD."gender" IS NOT NEW."gender" THEN 'gender,' ELSE '' END || CASE WHEN OLD."guardian_relation" IS NOT NEW."guardian_relation" THEN 'guardian_relation,' ELSE '' END || CASE WHEN OLD."guardian_name" IS NOT NEW."guardian_name" THEN 'guardian_name,' ELSE '' END || CASE WHEN OLD."address" IS NOT NEW."address" THEN 'address,' ELSE '' END || CASE WHEN OLD."archived_at" IS NOT NEW."archived_at" THEN 'archived_at,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_clients_delete" AFTER DELETE ON "clients"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'clients', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'clients', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.id AS TEXT) AS r,
    NULL AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_cases_insert" AFTER INSERT ON "cases"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'cases', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'cases', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NEW.id AS c,
    rtrim(CASE WHEN NEW."title" IS NOT NULL THEN 'title,' ELSE '' END || CASE WHEN NEW."case_type" IS NOT NULL THEN 'case_type,' ELSE '' END || CASE WHEN NEW."stage" IS NOT NULL THEN 'stage,' ELSE '' END || CASE WHEN NEW."status" IS NOT NULL THEN 'status,' ELSE '' END || CASE WHEN NEW."fir_number" IS NOT NULL THEN 'fir_number,' ELSE '' END || CASE WHEN NEW."fir_date" IS NOT NULL THEN 'fir_date,' ELSE '' END || CASE WHEN NEW."police_station_id" IS NOT NULL THEN 'police_station_id,' ELSE '' END || CASE WHEN NEW."fir_district" IS NOT NULL THEN 'fir_district,' ELSE '' END || CASE WHEN NEW."investigating_agency" IS NOT NULL THEN 'investigating_agency,' ELSE '' END || CASE WHEN NEW."forum_id" IS NOT NULL THEN 'forum_id,' ELSE '' END || CASE WHEN NEW."case_number" IS NOT NULL THEN 'case_number,' ELSE '' END || CASE WHEN NEW."custody_status" IS NOT NULL THEN 'custody_status,' ELSE '' END || CASE WHEN NEW."arrest_date" IS NOT NULL THEN 'arrest_date,' ELSE '' END || CASE WHEN NEW."arrest_time" IS NOT NULL THEN 'arrest_time,' ELSE '' END || CASE WHEN NEW."capital_charge" IS NOT NULL THEN 'capital_charge,' ELSE '' END || CASE WHEN NEW."release_date" IS NOT NULL THEN 'release_date,' ELSE '' END || CASE WHEN NEW."prosecutor" IS NOT NULL THEN 'prosecutor,' ELSE '' END || CASE WHEN NEW."opposing_counsel" IS NOT NULL THEN 'opposing_counsel,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_cases_update" AFTER UPDATE ON "cases" WHEN (OLD."id" IS NOT NEW."id" OR OLD."title" IS NOT NEW."title" OR OLD."case_type" IS NOT NEW."case_type" OR OLD."stage" IS NOT NEW."stage" OR OLD."status" IS NOT NEW."status" OR OLD."fir_number" IS NOT NEW."fir_number" OR OLD."fir_date" IS NOT NEW."fir_date" OR OLD."police_station_id" IS NOT NEW."police_station_id" OR OLD."fir_district" IS NOT NEW."fir_district" OR OLD."investigating_agency" IS NOT NEW."investigating_agency" OR OLD."forum_id" IS NOT NEW."forum_id" OR OLD."case_number" IS NOT NEW."case_number" OR OLD."custody_status" IS NOT NEW."custody_status" OR OLD."arrest_date" IS NOT NEW."arrest_date" OR OLD."arrest_time" IS NOT NEW."arrest_time" OR OLD."capital_charge" IS NOT NEW."capital_charge" OR OLD."release_date" IS NOT NEW."release_date" OR OLD."prosecutor" IS NOT NEW."prosecutor" OR OLD."opposing_counsel" IS NOT NEW."opposing_counsel" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'cases', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'cases', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NEW.id AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."title" IS NOT NEW."title" THEN 'title,' ELSE '' END || CASE WHEN OLD."case_type" IS NOT NEW."case_type" THEN 'case_type,' ELSE '' END || CASE WHEN OLD."stage" IS NOT NEW."stage" THEN 'stage,' ELSE '' END || CASE WHEN OLD."status" IS NOT NEW."status" THEN 'status,' ELSE '' END || CASE WHEN OLD."fir_number" IS NOT NEW."fir_number" THEN 'fir_number,' ELSE '' END || CASE WHEN OLD."fir_date" IS NOT NEW."fir_date" THEN 'fir_date,' ELSE '' END || CASE WHEN OLD."police_station_id" IS NOT NEW."police_station_id" THEN 'police_station_id,' ELSE '' END || CASE WHEN OLD."fir_district" IS NOT NEW."fir_district" THEN 'fir_district,' ELSE '' END || CASE WHEN OLD."investigating_agency" IS NOT NEW."investigating_agency" THEN 'investigating_agency,' ELSE '' END || CASE WHEN OLD."forum_id" IS NOT NEW."forum_id" THEN 'forum_id,' ELSE '' END || CASE WHEN OLD."case_number" IS NOT NEW."case_number" THEN 'case_number,' ELSE '' END || CASE WHEN OLD."custody_status" IS NOT NEW."custody_status" THEN 'custody_status,' ELSE '' END || CASE WHEN OLD."arrest_date" IS NOT NEW."arrest_date" THEN 'arrest_date,' ELSE '' END || CASE WHEN OLD."arrest_time" IS NOT NEW."arrest_time" THEN 'arrest_time,' ELSE '' END || CASE WHEN OLD."capital_charge" IS NOT NEW."capital_charge" THEN 'capital_charge,' ELSE '' END || CASE WHEN OLD."release_date" IS NOT NEW."release_date" THEN 'release_date,' ELSE '' END || CASE WHEN OLD."prosecutor" IS NOT NEW."prosecutor" THEN 'prosecutor,' ELSE '' END || CASE WHEN OLD."opposing_counsel" IS NOT NEW."opposing_counsel" THEN 'opposing_counsel,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_cases_delete" AFTER DELETE ON "cases"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'cases', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'cases', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.id AS TEXT) AS r,
    OLD.id AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_case_parties_insert" AFTER INSERT ON "case_parties"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'case_parties', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'case_parties', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.case_id || '/' || NEW.client_id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN NEW."case_id" IS NOT NULL THEN 'case_id,' ELSE '' END || CASE WHEN NEW."client_id" IS NOT NULL THEN 'client_id,' ELSE '' END || CASE WHEN NEW."role" IS NOT NULL THEN 'role,' ELSE '' END || CASE WHEN NEW."position" IS NOT NULL THEN 'position,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_case_parties_update" AFTER UPDATE ON "case_parties" WHEN (OLD."case_id" IS NOT NEW."case_id" OR OLD."client_id" IS NOT NEW."client_id" OR OLD."role" IS NOT NEW."role" OR OLD."position" IS NOT NEW."position")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'case_parties', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'case_parties', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.case_id || '/' || NEW.client_id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN OLD."case_id" IS NOT NEW."case_id" THEN 'case_id,' ELSE '' END || CASE WHEN OLD."client_id" IS NOT NEW."client_id" THEN 'client_id,' ELSE '' END || CASE WHEN OLD."role" IS NOT NEW."role" THEN 'role,' ELSE '' END || CASE WHEN OLD."position" IS NOT NEW."position" THEN 'position,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_case_parties_delete" AFTER DELETE ON "case_parties"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'case_parties', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'case_parties', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.case_id || '/' || OLD.client_id AS TEXT) AS r,
    OLD.case_id AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_offences_insert" AFTER INSERT ON "offences"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'offences', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'offences', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN NEW."case_id" IS NOT NULL THEN 'case_id,' ELSE '' END || CASE WHEN NEW."statute" IS NOT NULL THEN 'statute,' ELSE '' END || CASE WHEN NEW."section" IS NOT NULL THEN 'section,' ELSE '' END || CASE WHEN NEW."note" IS NOT NULL THEN 'note,' ELSE '' END || CASE WHEN NEW."position" IS NOT NULL THEN 'position,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_offences_update" AFTER UPDATE ON "offences" WHEN (OLD."id" IS NOT NEW."id" OR OLD."case_id" IS NOT NEW."case_id" OR OLD."statute" IS NOT NEW."statute" OR OLD."section" IS NOT NEW."section" OR OLD."note" IS NOT NEW."note" OR OLD."position" IS NOT NEW."position")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'offences', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'offences', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."case_id" IS NOT NEW."case_id" THEN 'case_id,' ELSE '' END || CASE WHEN OLD."statute" IS NOT NEW."statute" THEN 'statute,' ELSE '' END || CASE WHEN OLD."section" IS NOT NEW."section" THEN 'section,' ELSE '' END || CASE WHEN OLD."note" IS NOT NEW."note" THEN 'note,' ELSE '' END || CASE WHEN OLD."position" IS NOT NEW."position" THEN 'position,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_offences_delete" AFTER DELETE ON "offences"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'offences', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'offences', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.id AS TEXT) AS r,
    OLD.case_id AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_case_lawyers_insert" AFTER INSERT ON "case_lawyers"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'case_lawyers', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'case_lawyers', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.case_id || '/' || NEW.lawyer_id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN NEW."case_id" IS NOT NULL THEN 'case_id,' ELSE '' END || CASE WHEN NEW."lawyer_id" IS NOT NULL THEN 'lawyer_id,' ELSE '' END || CASE WHEN NEW."position" IS NOT NULL THEN 'position,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_case_lawyers_update" AFTER UPDATE ON "case_lawyers" WHEN (OLD."case_id" IS NOT NEW."case_id" OR OLD."lawyer_id" IS NOT NEW."lawyer_id" OR OLD."position" IS NOT NEW."position")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'case_lawyers', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'case_lawyers', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.case_id || '/' || NEW.lawyer_id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN OLD."case_id" IS NOT NEW."case_id" THEN 'case_id,' ELSE '' END || CASE WHEN OLD."lawyer_id" IS NOT NEW."lawyer_id" THEN 'lawyer_id,' ELSE '' END || CASE WHEN OLD."position" IS NOT NEW."position" THEN 'position,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_case_lawyers_delete" AFTER DELETE ON "case_lawyers"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'case_lawyers', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'case_lawyers', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.case_id || '/' || OLD.lawyer_id AS TEXT) AS r,
    OLD.case_id AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_lawyers_insert" AFTER INSERT ON "lawyers"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'lawyers', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'lawyers', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN NEW."name" IS NOT NULL THEN 'name,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_lawyers_update" AFTER UPDATE ON "lawyers" WHEN (OLD."id" IS NOT NEW."id" OR OLD."name" IS NOT NEW."name" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'lawyers', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'lawyers', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_lawyers_delete" AFTER DELETE ON "lawyers"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'lawyers', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'lawyers', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.id AS TEXT) AS r,
    NULL AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_hearings_insert" AFTER INSERT ON "hearings"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'hearings', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'hearings', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN NEW."case_id" IS NOT NULL THEN 'case_id,' ELSE '' END || CASE WHEN NEW."date" IS NOT NULL THEN 'date,' ELSE '' END || CASE WHEN NEW."time" IS NOT NULL THEN 'time,' ELSE '' END || CASE WHEN NEW."court_id" IS NOT NULL THEN 'court_id,' ELSE '' END || CASE WHEN NEW."bench" IS NOT NULL THEN 'bench,' ELSE '' END || CASE WHEN NEW."purpose" IS NOT NULL THEN 'purpose,' ELSE '' END || CASE WHEN NEW."outcome" IS NOT NULL THEN 'outcome,' ELSE '' END || CASE WHEN NEW."short_order" IS NOT NULL THEN 'short_order,' ELSE '' END || CASE WHEN NEW."next_date" IS NOT NULL THEN 'next_date,' ELSE '' END || CASE WHEN NEW."next_hearing_id" IS NOT NULL THEN 'next_hearing_id,' ELSE '' END || CASE WHEN NEW."appearing_lawyer_id" IS NOT NULL THEN 'appearing_lawyer_id,' ELSE '' END || CASE WHEN NEW."adjournment_sought" IS NOT NULL THEN 'adjournment_sought,' ELSE '' END || CASE WHEN NEW."clash_note" IS NOT NULL THEN 'clash_note,' ELSE '' END || CASE WHEN NEW."bail_petition_id" IS NOT NULL THEN 'bail_petition_id,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_hearings_update" AFTER UPDATE ON "hearings" WHEN (OLD."id" IS NOT NEW."id" OR OLD."case_id" IS NOT NEW."case_id" OR OLD."date" IS NOT NEW."date" OR OLD."time" IS NOT NEW."time" OR OLD."court_id" IS NOT NEW."court_id" OR OLD."bench" IS NOT NEW."bench" OR OLD."purpose" IS NOT NEW."purpose" OR OLD."outcome" IS NOT NEW."outcome" OR OLD."short_order" IS NOT NEW."short_order" OR OLD."next_date" IS NOT NEW."next_date" OR OLD."next_hearing_id" IS NOT NEW."next_hearing_id" OR OLD."appearing_lawyer_id" IS NOT NEW."appearing_lawyer_id" OR OLD."adjournment_sought" IS NOT NEW."adjournment_sought" OR OLD."clash_note" IS NOT NEW."clash_note" OR OLD."bail_petition_id" IS NOT NEW."bail_petition_id" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'hearings', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'hearings', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."case_id" IS NOT NEW."case_id" THEN 'case_id,' ELSE '' END || CASE WHEN OLD."date" IS NOT NEW."date" THEN 'date,' ELSE '' END || CASE WHEN OLD."time" IS NOT NEW."time" THEN 'time,' ELSE '' END || CASE WHEN OLD."court_id" IS NOT NEW."court_id" THEN 'court_id,' ELSE '' END || CASE WHEN OLD."bench" IS NOT NEW."bench" THEN 'bench,' ELSE '' END || CASE WHEN OLD."purpose" IS NOT NEW."purpose" THEN 'purpose,' ELSE '' END || CASE WHEN OLD."outcome" IS NOT NEW."outcome" THEN 'outcome,' ELSE '' END || CASE WHEN OLD."short_order" IS NOT NEW."short_order" THEN 'short_order,' ELSE '' END || CASE WHEN OLD."next_date" IS NOT NEW."next_date" THEN 'next_date,' ELSE '' END || CASE WHEN OLD."next_hearing_id" IS NOT NEW."next_hearing_id" THEN 'next_hearing_id,' ELSE '' END || CASE WHEN OLD."appearing_lawyer_id" IS NOT NEW."appearing_lawyer_id" THEN 'appearing_lawyer_id,' ELSE '' END || CASE WHEN OLD."adjournment_sought" IS NOT NEW."adjournment_sought" THEN 'adjournment_sought,' ELSE '' END || CASE WHEN OLD."clash_note" IS NOT NEW."clash_note" THEN 'clash_note,' ELSE '' END || CASE WHEN OLD."bail_petition_id" IS NOT NEW."bail_petition_id" THEN 'bail_petition_id,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_hearings_delete" AFTER DELETE ON "hearings"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'hearings', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'hearings', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.id AS TEXT) AS r,
    OLD.case_id AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_notes_insert" AFTER INSERT ON "notes"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'notes', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'notes', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN NEW."case_id" IS NOT NULL THEN 'case_id,' ELSE '' END || CASE WHEN NEW."client_id" IS NOT NULL THEN 'client_id,' ELSE '' END || CASE WHEN NEW."date" IS NOT NULL THEN 'date,' ELSE '' END || CASE WHEN NEW."body" IS NOT NULL THEN 'body,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_notes_update" AFTER UPDATE ON "notes" WHEN (OLD."id" IS NOT NEW."id" OR OLD."case_id" IS NOT NEW."case_id" OR OLD."client_id" IS NOT NEW."client_id" OR OLD."date" IS NOT NEW."date" OR OLD."body" IS NOT NEW."body" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'notes', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'notes', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."case_id" IS NOT NEW."case_id" THEN 'case_id,' ELSE '' END || CASE WHEN OLD."client_id" IS NOT NEW."client_id" THEN 'client_id,' ELSE '' END || CASE WHEN OLD."date" IS NOT NEW."date" THEN 'date,' ELSE '' END || CASE WHEN OLD."body" IS NOT NEW."body" THEN 'body,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_notes_delete" AFTER DELETE ON "notes"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'notes', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'notes', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.id AS TEXT) AS r,
    OLD.case_id AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_courts_insert" AFTER INSERT ON "courts"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'courts', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'courts', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN NEW."name" IS NOT NULL THEN 'name,' ELSE '' END || CASE WHEN NEW."forum_type" IS NOT NULL THEN 'forum_type,' ELSE '' END || CASE WHEN NEW."city" IS NOT NULL THEN 'city,' ELSE '' END || CASE WHEN NEW."province" IS NOT NULL THEN 'province,' ELSE '' END || CASE WHEN NEW."parent_id" IS NOT NULL THEN 'parent_id,' ELSE '' END || CASE WHEN NEW."source" IS NOT NULL THEN 'source,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_courts_update" AFTER UPDATE ON "courts" WHEN (OLD."id" IS NOT NEW."id" OR OLD."name" IS NOT NEW."name" OR OLD."forum_type" IS NOT NEW."forum_type" OR OLD."city" IS NOT NEW."city" OR OLD."province" IS NOT NEW."province" OR OLD."parent_id" IS NOT NEW."parent_id" OR OLD."source" IS NOT NEW."source" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'courts', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'courts', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END || CASE WHEN OLD."forum_type" IS NOT NEW."forum_type" THEN 'forum_type,' ELSE '' END || CASE WHEN OLD."city" IS NOT NEW."city" THEN 'city,' ELSE '' END || CASE WHEN OLD."province" IS NOT NEW."province" THEN 'province,' ELSE '' END || CASE WHEN OLD."parent_id" IS NOT NEW."parent_id" THEN 'parent_id,' ELSE '' END || CASE WHEN OLD."source" IS NOT NEW."source" THEN 'source,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_courts_delete" AFTER DELETE ON "courts"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'courts', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'courts', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.id AS TEXT) AS r,
    NULL AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_police_stations_insert" AFTER INSERT ON "police_stations"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'police_stations', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'police_stations', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN NEW."name" IS NOT NULL THEN 'name,' ELSE '' END || CASE WHEN NEW."district" IS NOT NULL THEN 'district,' ELSE '' END || CASE WHEN NEW."province" IS NOT NULL THEN 'province,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_police_stations_update" AFTER UPDATE ON "police_stations" WHEN (OLD."id" IS NOT NEW."id" OR OLD."name" IS NOT NEW."name" OR OLD."district" IS NOT NEW."district" OR OLD."province" IS NOT NEW."province" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'police_stations', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'police_stations', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END || CASE WHEN OLD."district" IS NOT NEW."district" THEN 'district,' ELSE '' END || CASE WHEN OLD."province" IS NOT NEW."province" THEN 'province,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_police_stations_delete" AFTER DELETE ON "police_stations"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'police_stations', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'police_stations', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.id AS TEXT) AS r,
    NULL AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_case_events_insert" AFTER INSERT ON "case_events"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'case_events', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'case_events', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN NEW."case_id" IS NOT NULL THEN 'case_id,' ELSE '' END || CASE WHEN NEW."kind" IS NOT NULL THEN 'kind,' ELSE '' END || CASE WHEN NEW."date" IS NOT NULL THEN 'date,' ELSE '' END || CASE WHEN NEW."time" IS NOT NULL THEN 'time,' ELSE '' END || CASE WHEN NEW."end_date" IS NOT NULL THEN 'end_date,' ELSE '' END || CASE WHEN NEW."court_id" IS NOT NULL THEN 'court_id,' ELSE '' END || CASE WHEN NEW."related_event_id" IS NOT NULL THEN 'related_event_id,' ELSE '' END || CASE WHEN NEW."details" IS NOT NULL THEN 'details,' ELSE '' END || CASE WHEN NEW."note" IS NOT NULL THEN 'note,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_case_events_update" AFTER UPDATE ON "case_events" WHEN (OLD."id" IS NOT NEW."id" OR OLD."case_id" IS NOT NEW."case_id" OR OLD."kind" IS NOT NEW."kind" OR OLD."date" IS NOT NEW."date" OR OLD."time" IS NOT NEW."time" OR OLD."end_date" IS NOT NEW."end_date" OR OLD."court_id" IS NOT NEW."court_id" OR OLD."related_event_id" IS NOT NEW."related_event_id" OR OLD."details" IS NOT NEW."details" OR OLD."note" IS NOT NEW."note" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'case_events', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'case_events', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."case_id" IS NOT NEW."case_id" THEN 'case_id,' ELSE '' END || CASE WHEN OLD."kind" IS NOT NEW."kind" THEN 'kind,' ELSE '' END || CASE WHEN OLD."date" IS NOT NEW."date" THEN 'date,' ELSE '' END || CASE WHEN OLD."time" IS NOT NEW."time" THEN 'time,' ELSE '' END || CASE WHEN OLD."end_date" IS NOT NEW."end_date" THEN 'end_date,' ELSE '' END || CASE WHEN OLD."court_id" IS NOT NEW."court_id" THEN 'court_id,' ELSE '' END || CASE WHEN OLD."related_event_id" IS NOT NEW."related_event_id" THEN 'related_event_id,' ELSE '' END || CASE WHEN OLD."details" IS NOT NEW."details" THEN 'details,' ELSE '' END || CASE WHEN OLD."note" IS NOT NEW."note" THEN 'note,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_case_events_delete" AFTER DELETE ON "case_events"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'case_events', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'case_events', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.id AS TEXT) AS r,
    OLD.case_id AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_deadlines_insert" AFTER INSERT ON "deadlines"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'deadlines', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'deadlines', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN NEW."case_id" IS NOT NULL THEN 'case_id,' ELSE '' END || CASE WHEN NEW."rule_id" IS NOT NULL THEN 'rule_id,' ELSE '' END || CASE WHEN NEW."trigger_key" IS NOT NULL THEN 'trigger_key,' ELSE '' END || CASE WHEN NEW."occurrence" IS NOT NULL THEN 'occurrence,' ELSE '' END || CASE WHEN NEW."due_date" IS NOT NULL THEN 'due_date,' ELSE '' END || CASE WHEN NEW."due_time" IS NOT NULL THEN 'due_time,' ELSE '' END || CASE WHEN NEW."status" IS NOT NULL THEN 'status,' ELSE '' END || CASE WHEN NEW."explanation" IS NOT NULL THEN 'explanation,' ELSE '' END || CASE WHEN NEW."status_note" IS NOT NULL THEN 'status_note,' ELSE '' END || CASE WHEN NEW."obsolete" IS NOT NULL THEN 'obsolete,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_deadlines_update" AFTER UPDATE ON "deadlines" WHEN (OLD."id" IS NOT NEW."id" OR OLD."case_id" IS NOT NEW."case_id" OR OLD."rule_id" IS NOT NEW."rule_id" OR OLD."trigger_key" IS NOT NEW."trigger_key" OR OLD."occurrence" IS NOT NEW."occurrence" OR OLD."due_date" IS NOT NEW."due_date" OR OLD."due_time" IS NOT NEW."due_time" OR OLD."status" IS NOT NEW."status" OR OLD."explanation" IS NOT NEW."explanation" OR OLD."status_note" IS NOT NEW."status_note" OR OLD."obsolete" IS NOT NEW."obsolete" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'deadlines', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'deadlines', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."case_id" IS NOT NEW."case_id" THEN 'case_id,' ELSE '' END || CASE WHEN OLD."rule_id" IS NOT NEW."rule_id" THEN 'rule_id,' ELSE '' END || CASE WHEN OLD."trigger_key" IS NOT NEW."trigger_key" THEN 'trigger_key,' ELSE '' END || CASE WHEN OLD."occurrence" IS NOT NEW."occurrence" THEN 'occurrence,' ELSE '' END || CASE WHEN OLD."due_date" IS NOT NEW."due_date" THEN 'due_date,' ELSE '' END || CASE WHEN OLD."due_time" IS NOT NEW."due_time" THEN 'due_time,' ELSE '' END || CASE WHEN OLD."status" IS NOT NEW."status" THEN 'status,' ELSE '' END || CASE WHEN OLD."explanation" IS NOT NEW."explanation" THEN 'explanation,' ELSE '' END || CASE WHEN OLD."status_note" IS NOT NEW."status_note" THEN 'status_note,' ELSE '' END || CASE WHEN OLD."obsolete" IS NOT NEW."obsolete" THEN 'obsolete,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_deadlines_delete" AFTER DELETE ON "deadlines"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'deadlines', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'deadlines', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.id AS TEXT) AS r,
    OLD.case_id AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_legal_rules_insert" AFTER INSERT ON "legal_rules"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'legal_rules', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'legal_rules', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN NEW."name" IS NOT NULL THEN 'name,' ELSE '' END || CASE WHEN NEW."statute" IS NOT NULL THEN 'statute,' ELSE '' END || CASE WHEN NEW."section" IS NOT NULL THEN 'section,' ELSE '' END || CASE WHEN NEW."trigger" IS NOT NULL THEN 'trigger,' ELSE '' END || CASE WHEN NEW."anchor" IS NOT NULL THEN 'anchor,' ELSE '' END || CASE WHEN NEW."period" IS NOT NULL THEN 'period,' ELSE '' END || CASE WHEN NEW."unit" IS NOT NULL THEN 'unit,' ELSE '' END || CASE WHEN NEW."exclude_trigger_day" IS NOT NULL THEN 'exclude_trigger_day,' ELSE '' END || CASE WHEN NEW."exclude_copy_time" IS NOT NULL THEN 'exclude_copy_time,' ELSE '' END || CASE WHEN NEW."roll_forward" IS NOT NULL THEN 'roll_forward,' ELSE '' END || CASE WHEN NEW."condonable" IS NOT NULL THEN 'condonable,' ELSE '' END || CASE WHEN NEW."recurring" IS NOT NULL THEN 'recurring,' ELSE '' END || CASE WHEN NEW."repeat_every" IS NOT NULL THEN 'repeat_every,' ELSE '' END || CASE WHEN NEW."filing_forum_type" IS NOT NULL THEN 'filing_forum_type,' ELSE '' END || CASE WHEN NEW."conditions" IS NOT NULL THEN 'conditions,' ELSE '' END || CASE WHEN NEW."effective_from" IS NOT NULL THEN 'effective_from,' ELSE '' END || CASE WHEN NEW."effective_to" IS NOT NULL THEN 'effective_to,' ELSE '' END || CASE WHEN NEW."source" IS NOT NULL THEN 'source,' ELSE '' END || CASE WHEN NEW."confidence" IS NOT NULL THEN 'confidence,' ELSE '' END || CASE WHEN NEW."active" IS NOT NULL THEN 'active,' ELSE '' END || CASE WHEN NEW."notes" IS NOT NULL THEN 'notes,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_legal_rules_update" AFTER UPDATE ON "legal_rules" WHEN (OLD."id" IS NOT NEW."id" OR OLD."name" IS NOT NEW."name" OR OLD."statute" IS NOT NEW."statute" OR OLD."section" IS NOT NEW."section" OR OLD."trigger" IS NOT NEW."trigger" OR OLD."anchor" IS NOT NEW."anchor" OR OLD."period" IS NOT NEW."period" OR OLD."unit" IS NOT NEW."unit" OR OLD."exclude_trigger_day" IS NOT NEW."exclude_trigger_day" OR OLD."exclude_copy_time" IS NOT NEW."exclude_copy_time" OR OLD."roll_forward" IS NOT NEW."roll_forward" OR OLD."condonable" IS NOT NEW."condonable" OR OLD."recurring" IS NOT NEW."recurring" OR OLD."repeat_every" IS NOT NEW."repeat_every" OR OLD."filing_forum_type" IS NOT NEW."filing_forum_type" OR OLD."conditions" IS NOT NEW."conditions" OR OLD."effective_from" IS NOT NEW."effective_from" OR OLD."effective_to" IS NOT NEW."effective_to" OR OLD."source" IS NOT NEW."source" OR OLD."confidence" IS NOT NEW."confidence" OR OLD."active" IS NOT NEW."active" OR OLD."notes" IS NOT NEW."notes" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'legal_rules', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'legal_rules', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END || CASE WHEN OLD."statute" IS NOT NEW."statute" THEN 'statute,' ELSE '' END || CASE WHEN OLD."section" IS NOT NEW."section" THEN 'section,' ELSE '' END || CASE WHEN OLD."trigger" IS NOT NEW."trigger" THEN 'trigger,' ELSE '' END || CASE WHEN OLD."anchor" IS NOT NEW."anchor" THEN 'anchor,' ELSE '' END || CASE WHEN OLD."period" IS NOT NEW."period" THEN 'period,' ELSE '' END || CASE WHEN OLD."unit" IS NOT NEW."unit" THEN 'unit,' ELSE '' END || CASE WHEN OLD."exclude_trigger_day" IS NOT NEW."exclude_trigger_day" THEN 'exclude_trigger_day,' ELSE '' END || CASE WHEN OLD."exclude_copy_time" IS NOT NEW."exclude_copy_time" THEN 'exclude_copy_time,' ELSE '' END || CASE WHEN OLD."roll_forward" IS NOT NEW."roll_forward" THEN 'roll_forward,' ELSE '' END || CASE WHEN OLD."condonable" IS NOT NEW."condonable" THEN 'condonable,' ELSE '' END || CASE WHEN OLD."recurring" IS NOT NEW."recurring" THEN 'recurring,' ELSE '' END || CASE WHEN OLD."repeat_every" IS NOT NEW."repeat_every" THEN 'repeat_every,' ELSE '' END || CASE WHEN OLD."filing_forum_type" IS NOT NEW."filing_forum_type" THEN 'filing_forum_type,' ELSE '' END || CASE WHEN OLD."conditions" IS NOT NEW."conditions" THEN 'conditions,' ELSE '' END || CASE WHEN OLD."effective_from" IS NOT NEW."effective_from" THEN 'effective_from,' ELSE '' END || CASE WHEN OLD."effective_to" IS NOT NEW."effective_to" THEN 'effective_to,' ELSE '' END || CASE WHEN OLD."source" IS NOT NEW."source" THEN 'source,' ELSE '' END || CASE WHEN OLD."confidence" IS NOT NEW."confidence" THEN 'confidence,' ELSE '' END || CASE WHEN OLD."active" IS NOT NEW."active" THEN 'active,' ELSE '' END || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_legal_rules_delete" AFTER DELETE ON "legal_rules"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'legal_rules', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'legal_rules', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.id AS TEXT) AS r,
    NULL AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_holidays_insert" AFTER INSERT ON "holidays"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'holidays', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'holidays', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN NEW."name" IS NOT NULL THEN 'name,' ELSE '' END || CASE WHEN NEW."kind" IS NOT NULL THEN 'kind,' ELSE '' END || CASE WHEN NEW."date_from" IS NOT NULL THEN 'date_from,' ELSE '' END || CASE WHEN NEW."date_to" IS NOT NULL THEN 'date_to,' ELSE '' END || CASE WHEN NEW."province" IS NOT NULL THEN 'province,' ELSE '' END || CASE WHEN NEW."forum_type" IS NOT NULL THEN 'forum_type,' ELSE '' END || CASE WHEN NEW."court_id" IS NOT NULL THEN 'court_id,' ELSE '' END || CASE WHEN NEW."provisional" IS NOT NULL THEN 'provisional,' ELSE '' END || CASE WHEN NEW."source" IS NOT NULL THEN 'source,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_holidays_update" AFTER UPDATE ON "holidays" WHEN (OLD."id" IS NOT NEW."id" OR OLD."name" IS NOT NEW."name" OR OLD."kind" IS NOT NEW."kind" OR OLD."date_from" IS NOT NEW."date_from" OR OLD."date_to" IS NOT NEW."date_to" OR OLD."province" IS NOT NEW."province" OR OLD."forum_type" IS NOT NEW."forum_type" OR OLD."court_id" IS NOT NEW."court_id" OR OLD."provisional" IS NOT NEW."provisional" OR OLD."source" IS NOT NEW."source" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'holidays', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'holidays', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END || CASE WHEN OLD."kind" IS NOT NEW."kind" THEN 'kind,' ELSE '' END || CASE WHEN OLD."date_from" IS NOT NEW."date_from" THEN 'date_from,' ELSE '' END || CASE WHEN OLD."date_to" IS NOT NEW."date_to" THEN 'date_to,' ELSE '' END || CASE WHEN OLD."province" IS NOT NEW."province" THEN 'province,' ELSE '' END || CASE WHEN OLD."forum_type" IS NOT NEW."forum_type" THEN 'forum_type,' ELSE '' END || CASE WHEN OLD."court_id" IS NOT NEW."court_id" THEN 'court_id,' ELSE '' END || CASE WHEN OLD."provisional" IS NOT NEW."provisional" THEN 'provisional,' ELSE '' END || CASE WHEN OLD."source" IS NOT NEW."source" THEN 'source,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_holidays_delete" AFTER DELETE ON "holidays"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'holidays', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'holidays', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.id AS TEXT) AS r,
    NULL AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_court_closures_insert" AFTER INSERT ON "court_closures"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'court_closures', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'court_closures', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN NEW."court_id" IS NOT NULL THEN 'court_id,' ELSE '' END || CASE WHEN NEW."forum_type" IS NOT NULL THEN 'forum_type,' ELSE '' END || CASE WHEN NEW."province" IS NOT NULL THEN 'province,' ELSE '' END || CASE WHEN NEW."weekday" IS NOT NULL THEN 'weekday,' ELSE '' END || CASE WHEN NEW."source" IS NOT NULL THEN 'source,' ELSE '' END || CASE WHEN NEW."confidence" IS NOT NULL THEN 'confidence,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_court_closures_update" AFTER UPDATE ON "court_closures" WHEN (OLD."id" IS NOT NEW."id" OR OLD."court_id" IS NOT NEW."court_id" OR OLD."forum_type" IS NOT NEW."forum_type" OR OLD."province" IS NOT NEW."province" OR OLD."weekday" IS NOT NEW."weekday" OR OLD."source" IS NOT NEW."source" OR OLD."confidence" IS NOT NEW."confidence" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'court_closures', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'court_closures', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."court_id" IS NOT NEW."court_id" THEN 'court_id,' ELSE '' END || CASE WHEN OLD."forum_type" IS NOT NEW."forum_type" THEN 'forum_type,' ELSE '' END || CASE WHEN OLD."province" IS NOT NEW."province" THEN 'province,' ELSE '' END || CASE WHEN OLD."weekday" IS NOT NEW."weekday" THEN 'weekday,' ELSE '' END || CASE WHEN OLD."source" IS NOT NEW."source" THEN 'source,' ELSE '' END || CASE WHEN OLD."confidence" IS NOT NEW."confidence" THEN 'confidence,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_court_closures_delete" AFTER DELETE ON "court_closures"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'court_closures', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'court_closures', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.id AS TEXT) AS r,
    NULL AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_bail_petitions_insert" AFTER INSERT ON "bail_petitions"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'bail_petitions', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'bail_petitions', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN NEW."case_id" IS NOT NULL THEN 'case_id,' ELSE '' END || CASE WHEN NEW."client_id" IS NOT NULL THEN 'client_id,' ELSE '' END || CASE WHEN NEW."kind" IS NOT NULL THEN 'kind,' ELSE '' END || CASE WHEN NEW."forum_id" IS NOT NULL THEN 'forum_id,' ELSE '' END || CASE WHEN NEW."filing_date" IS NOT NULL THEN 'filing_date,' ELSE '' END || CASE WHEN NEW."status" IS NOT NULL THEN 'status,' ELSE '' END || CASE WHEN NEW."surety" IS NOT NULL THEN 'surety,' ELSE '' END || CASE WHEN NEW."bond_amount" IS NOT NULL THEN 'bond_amount,' ELSE '' END || CASE WHEN NEW."conditions" IS NOT NULL THEN 'conditions,' ELSE '' END || CASE WHEN NEW."notes" IS NOT NULL THEN 'notes,' ELSE '' END || CASE WHEN NEW."escalated_from_id" IS NOT NULL THEN 'escalated_from_id,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_bail_petitions_update" AFTER UPDATE ON "bail_petitions" WHEN (OLD."id" IS NOT NEW."id" OR OLD."case_id" IS NOT NEW."case_id" OR OLD."client_id" IS NOT NEW."client_id" OR OLD."kind" IS NOT NEW."kind" OR OLD."forum_id" IS NOT NEW."forum_id" OR OLD."filing_date" IS NOT NEW."filing_date" OR OLD."status" IS NOT NEW."status" OR OLD."surety" IS NOT NEW."surety" OR OLD."bond_amount" IS NOT NEW."bond_amount" OR OLD."conditions" IS NOT NEW."conditions" OR OLD."notes" IS NOT NEW."notes" OR OLD."escalated_from_id" IS NOT NEW."escalated_from_id" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'bail_petitions', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'bail_petitions', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."case_id" IS NOT NEW."case_id" THEN 'case_id,' ELSE '' END || CASE WHEN OLD."client_id" IS NOT NEW."client_id" THEN 'client_id,' ELSE '' END || CASE WHEN OLD."kind" IS NOT NEW."kind" THEN 'kind,' ELSE '' END || CASE WHEN OLD."forum_id" IS NOT NEW."forum_id" THEN 'forum_id,' ELSE '' END || CASE WHEN OLD."filing_date" IS NOT NEW."filing_date" THEN 'filing_date,' ELSE '' END || CASE WHEN OLD."status" IS NOT NEW."status" THEN 'status,' ELSE '' END || CASE WHEN OLD."surety" IS NOT NEW."surety" THEN 'surety,' ELSE '' END || CASE WHEN OLD."bond_amount" IS NOT NEW."bond_amount" THEN 'bond_amount,' ELSE '' END || CASE WHEN OLD."conditions" IS NOT NEW."conditions" THEN 'conditions,' ELSE '' END || CASE WHEN OLD."notes" IS NOT NEW."notes" THEN 'notes,' ELSE '' END || CASE WHEN OLD."escalated_from_id" IS NOT NEW."escalated_from_id" THEN 'escalated_from_id,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_bail_petitions_delete" AFTER DELETE ON "bail_petitions"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'bail_petitions', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'bail_petitions', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.id AS TEXT) AS r,
    OLD.case_id AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_petition_drafts_insert" AFTER INSERT ON "petition_drafts"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'petition_drafts', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'petition_drafts', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN NEW."case_id" IS NOT NULL THEN 'case_id,' ELSE '' END || CASE WHEN NEW."client_id" IS NOT NULL THEN 'client_id,' ELSE '' END || CASE WHEN NEW."template_id" IS NOT NULL THEN 'template_id,' ELSE '' END || CASE WHEN NEW."title" IS NOT NULL THEN 'title,' ELSE '' END || CASE WHEN NEW."language" IS NOT NULL THEN 'language,' ELSE '' END || CASE WHEN NEW."answers" IS NOT NULL THEN 'answers,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_petition_drafts_update" AFTER UPDATE ON "petition_drafts" WHEN (OLD."id" IS NOT NEW."id" OR OLD."case_id" IS NOT NEW."case_id" OR OLD."client_id" IS NOT NEW."client_id" OR OLD."template_id" IS NOT NEW."template_id" OR OLD."title" IS NOT NEW."title" OR OLD."language" IS NOT NEW."language" OR OLD."answers" IS NOT NEW."answers" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'petition_drafts', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'petition_drafts', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."case_id" IS NOT NEW."case_id" THEN 'case_id,' ELSE '' END || CASE WHEN OLD."client_id" IS NOT NEW."client_id" THEN 'client_id,' ELSE '' END || CASE WHEN OLD."template_id" IS NOT NEW."template_id" THEN 'template_id,' ELSE '' END || CASE WHEN OLD."title" IS NOT NEW."title" THEN 'title,' ELSE '' END || CASE WHEN OLD."language" IS NOT NEW."language" THEN 'language,' ELSE '' END || CASE WHEN OLD."answers" IS NOT NEW."answers" THEN 'answers,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_petition_drafts_delete" AFTER DELETE ON "petition_drafts"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'petition_drafts', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'petition_drafts', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.id AS TEXT) AS r,
    OLD.case_id AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_petition_versions_insert" AFTER INSERT ON "petition_versions"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'petition_versions', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'petition_versions', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    (SELECT case_id FROM petition_drafts WHERE id = NEW.draft_id) AS c,
    rtrim(CASE WHEN NEW."draft_id" IS NOT NULL THEN 'draft_id,' ELSE '' END || CASE WHEN NEW."version" IS NOT NULL THEN 'version,' ELSE '' END || CASE WHEN NEW."html" IS NOT NULL THEN 'html,' ELSE '' END || CASE WHEN NEW."reason" IS NOT NULL THEN 'reason,' ELSE '' END || CASE WHEN NEW."author" IS NOT NULL THEN 'author,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_petition_versions_update" AFTER UPDATE ON "petition_versions" WHEN (OLD."id" IS NOT NEW."id" OR OLD."draft_id" IS NOT NEW."draft_id" OR OLD."version" IS NOT NEW."version" OR OLD."html" IS NOT NEW."html" OR OLD."reason" IS NOT NEW."reason" OR OLD."author" IS NOT NEW."author" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'petition_versions', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'petition_versions', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    (SELECT case_id FROM petition_drafts WHERE id = NEW.draft_id) AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."draft_id" IS NOT NEW."draft_id" THEN 'draft_id,' ELSE '' END || CASE WHEN OLD."version" IS NOT NEW."version" THEN 'version,' ELSE '' END || CASE WHEN OLD."html" IS NOT NEW."html" THEN 'html,' ELSE '' END || CASE WHEN OLD."reason" IS NOT NEW."reason" THEN 'reason,' ELSE '' END || CASE WHEN OLD."author" IS NOT NEW."author" THEN 'author,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_petition_versions_delete" AFTER DELETE ON "petition_versions"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'petition_versions', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'petition_versions', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.id AS TEXT) AS r,
    (SELECT case_id FROM petition_drafts WHERE id = OLD.draft_id) AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_user_templates_insert" AFTER INSERT ON "user_templates"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'user_templates', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'user_templates', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN NEW."name" IS NOT NULL THEN 'name,' ELSE '' END || CASE WHEN NEW."language" IS NOT NULL THEN 'language,' ELSE '' END || CASE WHEN NEW."content" IS NOT NULL THEN 'content,' ELSE '' END || CASE WHEN NEW."placeholders" IS NOT NULL THEN 'placeholders,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_user_templates_update" AFTER UPDATE ON "user_templates" WHEN (OLD."id" IS NOT NEW."id" OR OLD."name" IS NOT NEW."name" OR OLD."language" IS NOT NEW."language" OR OLD."content" IS NOT NEW."content" OR OLD."placeholders" IS NOT NEW."placeholders" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'user_templates', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'user_templates', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."name" IS NOT NEW."name" THEN 'name,' ELSE '' END || CASE WHEN OLD."language" IS NOT NEW."language" THEN 'language,' ELSE '' END || CASE WHEN OLD."content" IS NOT NEW."content" THEN 'content,' ELSE '' END || CASE WHEN OLD."placeholders" IS NOT NEW."placeholders" THEN 'placeholders,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_user_templates_delete" AFTER DELETE ON "user_templates"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'user_templates', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'user_templates', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.id AS TEXT) AS r,
    NULL AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_settings_insert" AFTER INSERT ON "settings" WHEN NOT (NEW.key GLOB '*.lastRunAt')
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'settings', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'settings', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.key AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN NEW."key" IS NOT NULL THEN 'key,' ELSE '' END || CASE WHEN NEW."value" IS NOT NULL THEN 'value,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_settings_update" AFTER UPDATE ON "settings" WHEN NOT (NEW.key GLOB '*.lastRunAt') AND (OLD."key" IS NOT NEW."key" OR OLD."value" IS NOT NEW."value")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'settings', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'settings', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.key AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN OLD."key" IS NOT NEW."key" THEN 'key,' ELSE '' END || CASE WHEN OLD."value" IS NOT NEW."value" THEN 'value,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
CREATE TRIGGER "audit_settings_delete" AFTER DELETE ON "settings" WHEN NOT (OLD.key GLOB '*.lastRunAt')
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'settings', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'settings', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.key AS TEXT) AS r,
    NULL AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
