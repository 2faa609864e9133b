CREATE TABLE `evidence_custody_events` (
	`id` text PRIMARY KEY NOT NULL,
	`evidence_id` text NOT NULL,
	`seq` integer NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`detail` text,
	FOREIGN KEY (`evidence_id`) REFERENCES `incident_evidence`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "evidence_custody_events_action_check" CHECK(action IN ('added', 'viewed', 'exported', 'verified', 'edited', 'sheet_printed', 'sheet_exported'))
);
--> statement-breakpoint
CREATE INDEX `evidence_custody_events_item_idx` ON `evidence_custody_events` (`evidence_id`,`seq`);--> statement-breakpoint
CREATE TABLE `evidence_files` (
	`evidence_id` text PRIMARY KEY NOT NULL,
	`bytes` blob NOT NULL,
	FOREIGN KEY (`evidence_id`) REFERENCES `incident_evidence`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `incident_evidence` (
	`id` text PRIMARY KEY NOT NULL,
	`incident_id` text NOT NULL,
	`filename` text NOT NULL,
	`mime` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`sha256` text NOT NULL,
	`source_url` text,
	`description` text,
	`added_at` text NOT NULL,
	`added_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `incident_evidence_incident_idx` ON `incident_evidence` (`incident_id`);--> statement-breakpoint
CREATE TABLE `incident_reports` (
	`id` text PRIMARY KEY NOT NULL,
	`incident_id` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`made_to` text,
	`reference` text,
	`date` text,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "incident_reports_kind_check" CHECK(kind IN ('fir_sought', 'fir_registered', 'fir_refused', 'police_complaint', 'petition_22a', 'commission_complaint', 'fia_complaint', 'court_petition', 'other'))
);
--> statement-breakpoint
CREATE INDEX `incident_reports_incident_idx` ON `incident_reports` (`incident_id`,`position`);--> statement-breakpoint
CREATE TABLE `incidents` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`case_id` text,
	`date` text NOT NULL,
	`time` text,
	`place` text,
	`kind` text NOT NULL,
	`perpetrator_category` text NOT NULL,
	`perpetrator_description` text,
	`witnesses` text,
	`narrative` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "incidents_kind_check" CHECK(kind IN ('threat_in_person', 'online_threat', 'raid', 'surveillance', 'arrest_without_warrant', 'abduction', 'assault', 'family_harassment', 'defamation_campaign', 'travel_ban', 'device_seizure', 'other')),
	CONSTRAINT "incidents_perpetrator_check" CHECK(perpetrator_category IN ('state_agency', 'police', 'unknown', 'private'))
);
--> statement-breakpoint
CREATE INDEX `incidents_client_idx` ON `incidents` (`client_id`,`date`);--> statement-breakpoint
CREATE INDEX `incidents_case_idx` ON `incidents` (`case_id`);
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_incidents_insert";
--> statement-breakpoint
CREATE TRIGGER "audit_incidents_insert" AFTER INSERT ON "incidents"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'incidents', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'incidents', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN NEW."client_id" IS NOT NULL THEN 'client_id,' ELSE '' END || CASE WHEN NEW."case_id" IS NOT NULL THEN 'case_id,' ELSE '' END || CASE WHEN NEW."date" IS NOT NULL THEN 'date,' ELSE '' END || CASE WHEN NEW."time" IS NOT NULL THEN 'time,' ELSE '' END || CASE WHEN NEW."place" IS NOT NULL THEN 'place,' ELSE '' END || CASE WHEN NEW."kind" IS NOT NULL THEN 'kind,' ELSE '' END || CASE WHEN NEW."perpetrator_category" IS NOT NULL THEN 'perpetrator_category,' ELSE '' END || CASE WHEN NEW."perpetrator_description" IS NOT NULL THEN 'perpetrator_description,' ELSE '' END || CASE WHEN NEW."witnesses" IS NOT NULL THEN 'witnesses,' ELSE '' END || CASE WHEN NEW."narrative" IS NOT NULL THEN 'narrative,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_incidents_update";
--> statement-breakpoint
CREATE TRIGGER "audit_incidents_update" AFTER UPDATE ON "incidents" WHEN (OLD."id" IS NOT NEW."id" OR OLD."client_id" IS NOT NEW."client_id" OR OLD."case_id" IS NOT NEW."case_id" OR OLD."date" IS NOT NEW."date" OR OLD."time" IS NOT NEW."time" OR OLD."place" IS NOT NEW."place" OR OLD."kind" IS NOT NEW."kind" OR OLD."perpetrator_category" IS NOT NEW."perpetrator_category" OR OLD."perpetrator_description" IS NOT NEW."perpetrator_description" OR OLD."witnesses" IS NOT NEW."witnesses" OR OLD."narrative" IS NOT NEW."narrative" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'incidents', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'incidents', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."client_id" IS NOT NEW."client_id" THEN 'client_id,' ELSE '' END || CASE WHEN OLD."case_id" IS NOT NEW."case_id" THEN 'case_id,' ELSE '' END || CASE WHEN OLD."date" IS NOT NEW."date" THEN 'date,' ELSE '' END || CASE WHEN OLD."time" IS NOT NEW."time" THEN 'time,' ELSE '' END || CASE WHEN OLD."place" IS NOT NEW."place" THEN 'place,' ELSE '' END || CASE WHEN OLD."kind" IS NOT NEW."kind" THEN 'kind,' ELSE '' END || CASE WHEN OLD."perpetrator_category" IS NOT NEW."perpetrator_category" THEN 'perpetrator_category,' ELSE '' END || CASE WHEN OLD."perpetrator_description" IS NOT NEW."perpetrator_description" THEN 'perpetrator_description,' ELSE '' END || CASE WHEN OLD."witnesses" IS NOT NEW."witnesses" THEN 'witnesses,' ELSE '' END || CASE WHEN OLD."narrative" IS NOT NEW."narrative" THEN 'narrative,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_incidents_delete";
--> statement-breakpoint
CREATE TRIGGER "audit_incidents_delete" AFTER DELETE ON "incidents"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'incidents', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'incidents', r, c, 'delete', f)
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
DROP TRIGGER IF EXISTS "audit_incident_reports_insert";
--> statement-breakpoint
CREATE TRIGGER "audit_incident_reports_insert" AFTER INSERT ON "incident_reports"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'incident_reports', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'incident_reports', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    (SELECT case_id FROM incidents WHERE id = NEW.incident_id) AS c,
    rtrim(CASE WHEN NEW."incident_id" IS NOT NULL THEN 'incident_id,' ELSE '' END || CASE WHEN NEW."position" IS NOT NULL THEN 'position,' ELSE '' END || CASE WHEN NEW."kind" IS NOT NULL THEN 'kind,' ELSE '' END || CASE WHEN NEW."made_to" IS NOT NULL THEN 'made_to,' ELSE '' END || CASE WHEN NEW."reference" IS NOT NULL THEN 'reference,' ELSE '' END || CASE WHEN NEW."date" IS NOT NULL THEN 'date,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_incident_reports_update";
--> statement-breakpoint
CREATE TRIGGER "audit_incident_reports_update" AFTER UPDATE ON "incident_reports" WHEN (OLD."id" IS NOT NEW."id" OR OLD."incident_id" IS NOT NEW."incident_id" OR OLD."position" IS NOT NEW."position" OR OLD."kind" IS NOT NEW."kind" OR OLD."made_to" IS NOT NEW."made_to" OR OLD."reference" IS NOT NEW."reference" OR OLD."date" IS NOT NEW."date")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'incident_reports', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'incident_reports', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    (SELECT case_id FROM incidents WHERE id = NEW.incident_id) AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."incident_id" IS NOT NEW."incident_id" THEN 'incident_id,' ELSE '' END || CASE WHEN OLD."position" IS NOT NEW."position" THEN 'position,' ELSE '' END || CASE WHEN OLD."kind" IS NOT NEW."kind" THEN 'kind,' ELSE '' END || CASE WHEN OLD."made_to" IS NOT NEW."made_to" THEN 'made_to,' ELSE '' END || CASE WHEN OLD."reference" IS NOT NEW."reference" THEN 'reference,' ELSE '' END || CASE WHEN OLD."date" IS NOT NEW."date" THEN 'date,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_incident_reports_delete";
--> statement-breakpoint
CREATE TRIGGER "audit_incident_reports_delete" AFTER DELETE ON "incident_reports"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'incident_reports', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'incident_reports', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.id AS TEXT) AS r,
    (SELECT case_id FROM incidents WHERE id = OLD.incident_id) AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_incident_evidence_insert";
--> statement-breakpoint
CREATE TRIGGER "audit_incident_evidence_insert" AFTER INSERT ON "incident_evidence"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'incident_evidence', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'incident_evidence', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    (SELECT case_id FROM incidents WHERE id = NEW.incident_id) AS c,
    rtrim(CASE WHEN NEW."incident_id" IS NOT NULL THEN 'incident_id,' ELSE '' END || CASE WHEN NEW."filename" IS NOT NULL THEN 'filename,' ELSE '' END || CASE WHEN NEW."mime" IS NOT NULL THEN 'mime,' ELSE '' END || CASE WHEN NEW."size_bytes" IS NOT NULL THEN 'size_bytes,' ELSE '' END || CASE WHEN NEW."sha256" IS NOT NULL THEN 'sha256,' ELSE '' END || CASE WHEN NEW."source_url" IS NOT NULL THEN 'source_url,' ELSE '' END || CASE WHEN NEW."description" IS NOT NULL THEN 'description,' ELSE '' END || CASE WHEN NEW."added_at" IS NOT NULL THEN 'added_at,' ELSE '' END || CASE WHEN NEW."added_by" IS NOT NULL THEN 'added_by,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_incident_evidence_update";
--> statement-breakpoint
CREATE TRIGGER "audit_incident_evidence_update" AFTER UPDATE ON "incident_evidence" WHEN (OLD."id" IS NOT NEW."id" OR OLD."incident_id" IS NOT NEW."incident_id" OR OLD."filename" IS NOT NEW."filename" OR OLD."mime" IS NOT NEW."mime" OR OLD."size_bytes" IS NOT NEW."size_bytes" OR OLD."sha256" IS NOT NEW."sha256" OR OLD."source_url" IS NOT NEW."source_url" OR OLD."description" IS NOT NEW."description" OR OLD."added_at" IS NOT NEW."added_at" OR OLD."added_by" IS NOT NEW."added_by" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'incident_evidence', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'incident_evidence', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    (SELECT case_id FROM incidents WHERE id = NEW.incident_id) AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."incident_id" IS NOT NEW."incident_id" THEN 'incident_id,' ELSE '' END || CASE WHEN OLD."filename" IS NOT NEW."filename" THEN 'filename,' ELSE '' END || CASE WHEN OLD."mime" IS NOT NEW."mime" THEN 'mime,' ELSE '' END || CASE WHEN OLD."size_bytes" IS NOT NEW."size_bytes" THEN 'size_bytes,' ELSE '' END || CASE WHEN OLD."sha256" IS NOT NEW."sha256" THEN 'sha256,' ELSE '' END || CASE WHEN OLD."source_url" IS NOT NEW."source_url" THEN 'source_url,' ELSE '' END || CASE WHEN OLD."description" IS NOT NEW."description" THEN 'description,' ELSE '' END || CASE WHEN OLD."added_at" IS NOT NEW."added_at" THEN 'added_at,' ELSE '' END || CASE WHEN OLD."added_by" IS NOT NEW."added_by" THEN 'added_by,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_incident_evidence_delete";
--> statement-breakpoint
CREATE TRIGGER "audit_incident_evidence_delete" AFTER DELETE ON "incident_evidence"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'incident_evidence', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'incident_evidence', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.id AS TEXT) AS r,
    (SELECT case_id FROM incidents WHERE id = OLD.incident_id) AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_evidence_files_insert";
--> statement-breakpoint
CREATE TRIGGER "audit_evidence_files_insert" AFTER INSERT ON "evidence_files"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'evidence_files', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'evidence_files', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.evidence_id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN NEW."evidence_id" IS NOT NULL THEN 'evidence_id,' ELSE '' END || CASE WHEN NEW."bytes" IS NOT NULL THEN 'bytes,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_evidence_files_update";
--> statement-breakpoint
CREATE TRIGGER "audit_evidence_files_update" AFTER UPDATE ON "evidence_files" WHEN (OLD."evidence_id" IS NOT NEW."evidence_id" OR OLD."bytes" IS NOT NEW."bytes")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'evidence_files', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'evidence_files', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.evidence_id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN OLD."evidence_id" IS NOT NEW."evidence_id" THEN 'evidence_id,' ELSE '' END || CASE WHEN OLD."bytes" IS NOT NEW."bytes" THEN 'bytes,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_evidence_files_delete";
--> statement-breakpoint
CREATE TRIGGER "audit_evidence_files_delete" AFTER DELETE ON "evidence_files"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'evidence_files', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'evidence_files', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.evidence_id AS TEXT) AS r,
    NULL AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_evidence_custody_events_insert";
--> statement-breakpoint
CREATE TRIGGER "audit_evidence_custody_events_insert" AFTER INSERT ON "evidence_custody_events"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'evidence_custody_events', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'evidence_custody_events', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN NEW."evidence_id" IS NOT NULL THEN 'evidence_id,' ELSE '' END || CASE WHEN NEW."seq" IS NOT NULL THEN 'seq,' ELSE '' END || CASE WHEN NEW."at" IS NOT NULL THEN 'at,' ELSE '' END || CASE WHEN NEW."actor" IS NOT NULL THEN 'actor,' ELSE '' END || CASE WHEN NEW."action" IS NOT NULL THEN 'action,' ELSE '' END || CASE WHEN NEW."detail" IS NOT NULL THEN 'detail,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_evidence_custody_events_update";
--> statement-breakpoint
CREATE TRIGGER "audit_evidence_custody_events_update" AFTER UPDATE ON "evidence_custody_events" WHEN (OLD."id" IS NOT NEW."id" OR OLD."evidence_id" IS NOT NEW."evidence_id" OR OLD."seq" IS NOT NEW."seq" OR OLD."at" IS NOT NEW."at" OR OLD."actor" IS NOT NEW."actor" OR OLD."action" IS NOT NEW."action" OR OLD."detail" IS NOT NEW."detail")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'evidence_custody_events', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'evidence_custody_events', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."evidence_id" IS NOT NEW."evidence_id" THEN 'evidence_id,' ELSE '' END || CASE WHEN OLD."seq" IS NOT NEW."seq" THEN 'seq,' ELSE '' END || CASE WHEN OLD."at" IS NOT NEW."at" THEN 'at,' ELSE '' END || CASE WHEN OLD."actor" IS NOT NEW."actor" THEN 'actor,' ELSE '' END || CASE WHEN OLD."action" IS NOT NEW."action" THEN 'action,' ELSE '' END || CASE WHEN OLD."detail" IS NOT NEW."detail" THEN 'detail,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_evidence_custody_events_delete";
--> statement-breakpoint
CREATE TRIGGER "audit_evidence_custody_events_delete" AFTER DELETE ON "evidence_custody_events"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'evidence_custody_events', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'evidence_custody_events', r, c, 'delete', f)
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
CREATE TRIGGER "evidence_custody_events_no_update" BEFORE UPDATE ON "evidence_custody_events"
BEGIN
  SELECT RAISE(ABORT, 'The chain of custody is append-only');
END;
