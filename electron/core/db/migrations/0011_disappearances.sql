CREATE TABLE `appeal_drafts` (
	`draft_id` text PRIMARY KEY NOT NULL,
	`record_id` text NOT NULL,
	`recipient` text NOT NULL,
	`organisation` text,
	`anonymised` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`draft_id`) REFERENCES `petition_drafts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`record_id`) REFERENCES `disappearances`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "appeal_drafts_recipient_check" CHECK(recipient IN ('un_sr_hrd', 'un_wgeid', 'nchr', 'organisation'))
);
--> statement-breakpoint
CREATE TABLE `disappearance_cases` (
	`record_id` text NOT NULL,
	`case_id` text NOT NULL,
	`role` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`record_id`, `case_id`),
	FOREIGN KEY (`record_id`) REFERENCES `disappearances`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "disappearance_cases_role_check" CHECK(role IN ('habeas', 'commission', 'petition_22a', 'other'))
);
--> statement-breakpoint
CREATE INDEX `disappearance_cases_case_idx` ON `disappearance_cases` (`case_id`);--> statement-breakpoint
CREATE TABLE `disappearance_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`record_id` text NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`reference` text,
	`person` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`record_id`) REFERENCES `disappearances`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "disappearance_entries_kind_check" CHECK(kind IN ('fir_application', 'police_refusal', 'petition_22a', 'habeas_petition', 'commission_complaint', 'commission_hearing', 'jit_sitting', 'contact'))
);
--> statement-breakpoint
CREATE INDEX `disappearance_entries_record_idx` ON `disappearance_entries` (`record_id`,`date`);--> statement-breakpoint
CREATE TABLE `disappearances` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`last_seen_date` text NOT NULL,
	`last_seen_time` text,
	`last_seen_place` text,
	`last_seen_district` text,
	`last_seen_with` text,
	`taken_by` text,
	`family_contact_name` text,
	`family_contact_relation` text,
	`family_contact_phone` text,
	`outcome` text NOT NULL,
	`outcome_date` text,
	`outcome_note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "disappearances_outcome_check" CHECK(outcome IN ('still_missing', 'traced', 'released', 'produced_in_case', 'found_dead'))
);
--> statement-breakpoint
CREATE INDEX `disappearances_client_idx` ON `disappearances` (`client_id`);--> statement-breakpoint
CREATE TABLE `identity_consents` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`recipient` text NOT NULL,
	`organisation` text,
	`given_by` text NOT NULL,
	`given_by_name` text,
	`date` text NOT NULL,
	`method` text NOT NULL,
	`note` text,
	`withdrawn_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "identity_consents_recipient_check" CHECK(recipient IN ('un_sr_hrd', 'un_wgeid', 'nchr', 'organisation')),
	CONSTRAINT "identity_consents_given_by_check" CHECK(given_by IN ('client', 'family_member')),
	CONSTRAINT "identity_consents_method_check" CHECK(method IN ('in_person', 'written', 'phone', 'message', 'other'))
);
--> statement-breakpoint
CREATE INDEX `identity_consents_client_idx` ON `identity_consents` (`client_id`);--> statement-breakpoint
CREATE TABLE `production_deadlines` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`case_id` text NOT NULL,
	`due_date` text NOT NULL,
	`status` text NOT NULL,
	`status_note` text,
	`explanation` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `production_orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "production_deadlines_status_check" CHECK(status IN ('open', 'completed', 'dismissed'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `production_deadlines_order_idx` ON `production_deadlines` (`order_id`);--> statement-breakpoint
CREATE INDEX `production_deadlines_due_idx` ON `production_deadlines` (`due_date`);--> statement-breakpoint
CREATE TABLE `production_orders` (
	`id` text PRIMARY KEY NOT NULL,
	`record_id` text NOT NULL,
	`case_id` text NOT NULL,
	`court` text NOT NULL,
	`ordered_on` text NOT NULL,
	`produce_by` text NOT NULL,
	`status` text NOT NULL,
	`obeyed_on` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`record_id`) REFERENCES `disappearances`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "production_orders_status_check" CHECK(status IN ('pending', 'obeyed', 'not_obeyed'))
);
--> statement-breakpoint
CREATE INDEX `production_orders_record_idx` ON `production_orders` (`record_id`);
--> statement-breakpoint
-- Audit triggers of the new tables (electron/core/db/audit-triggers.ts).
DROP TRIGGER IF EXISTS "audit_disappearances_insert";
--> statement-breakpoint
CREATE TRIGGER "audit_disappearances_insert" AFTER INSERT ON "disappearances"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'disappearances', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'disappearances', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN NEW."client_id" IS NOT NULL THEN 'client_id,' ELSE '' END || CASE WHEN NEW."last_seen_date" IS NOT NULL THEN 'last_seen_date,' ELSE '' END || CASE WHEN NEW."last_seen_time" IS NOT NULL THEN 'last_seen_time,' ELSE '' END || CASE WHEN NEW."last_seen_place" IS NOT NULL THEN 'last_seen_place,' ELSE '' END || CASE WHEN NEW."last_seen_district" IS NOT NULL THEN 'last_seen_district,' ELSE '' END || CASE WHEN NEW."last_seen_with" IS NOT NULL THEN 'last_seen_with,' ELSE '' END || CASE WHEN NEW."taken_by" IS NOT NULL THEN 'taken_by,' ELSE '' END || CASE WHEN NEW."family_contact_name" IS NOT NULL THEN 'family_contact_name,' ELSE '' END || CASE WHEN NEW."family_contact_relation" IS NOT NULL THEN 'family_contact_relation,' ELSE '' END || CASE WHEN NEW."family_contact_phone" IS NOT NULL THEN 'family_contact_phone,' ELSE '' END || CASE WHEN NEW."outcome" IS NOT NULL THEN 'outcome,' ELSE '' END || CASE WHEN NEW."outcome_date" IS NOT NULL THEN 'outcome_date,' ELSE '' END || CASE WHEN NEW."outcome_note" IS NOT NULL THEN 'outcome_note,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_disappearances_update";
--> statement-breakpoint
CREATE TRIGGER "audit_disappearances_update" AFTER UPDATE ON "disappearances" WHEN (OLD."id" IS NOT NEW."id" OR OLD."client_id" IS NOT NEW."client_id" OR OLD."last_seen_date" IS NOT NEW."last_seen_date" OR OLD."last_seen_time" IS NOT NEW."last_seen_time" OR OLD."last_seen_place" IS NOT NEW."last_seen_place" OR OLD."last_seen_district" IS NOT NEW."last_seen_district" OR OLD."last_seen_with" IS NOT NEW."last_seen_with" OR OLD."taken_by" IS NOT NEW."taken_by" OR OLD."family_contact_name" IS NOT NEW."family_contact_name" OR OLD."family_contact_relation" IS NOT NEW."family_contact_relation" OR OLD."family_contact_phone" IS NOT NEW."family_contact_phone" OR OLD."outcome" IS NOT NEW."outcome" OR OLD."outcome_date" IS NOT NEW."outcome_date" OR OLD."outcome_note" IS NOT NEW."outcome_note" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'disappearances', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'disappearances', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."client_id" IS NOT NEW."client_id" THEN 'client_id,' ELSE '' END || CASE WHEN OLD."last_seen_date" IS NOT NEW."last_seen_date" THEN 'last_seen_date,' ELSE '' END || CASE WHEN OLD."last_seen_time" IS NOT NEW."last_seen_time" THEN 'last_seen_time,' ELSE '' END || CASE WHEN OLD."last_seen_place" IS NOT NEW."last_seen_place" THEN 'last_seen_place,' ELSE '' END || CASE WHEN OLD."last_seen_district" IS NOT NEW."last_seen_district" THEN 'last_seen_district,' ELSE '' END || CASE WHEN OLD."last_seen_with" IS NOT NEW."last_seen_with" THEN 'last_seen_with,' ELSE '' END || CASE WHEN OLD."taken_by" IS NOT NEW."taken_by" THEN 'taken_by,' ELSE '' END || CASE WHEN OLD."family_contact_name" IS NOT NEW."family_contact_name" THEN 'family_contact_name,' ELSE '' END || CASE WHEN OLD."family_contact_relation" IS NOT NEW."family_contact_relation" THEN 'family_contact_relation,' ELSE '' END || CASE WHEN OLD."family_contact_phone" IS NOT NEW."family_contact_phone" THEN 'family_contact_phone,' ELSE '' END || CASE WHEN OLD."outcome" IS NOT NEW."outcome" THEN 'outcome,' ELSE '' END || CASE WHEN OLD."outcome_date" IS NOT NEW."outcome_date" THEN 'outcome_date,' ELSE '' END || CASE WHEN OLD."outcome_note" IS NOT NEW."outcome_note" THEN 'outcome_note,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_disappearances_delete";
--> statement-breakpoint
CREATE TRIGGER "audit_disappearances_delete" AFTER DELETE ON "disappearances"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'disappearances', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'disappearances', r, c, 'delete', f)
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
DROP TRIGGER IF EXISTS "audit_disappearance_cases_insert";
--> statement-breakpoint
CREATE TRIGGER "audit_disappearance_cases_insert" AFTER INSERT ON "disappearance_cases"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'disappearance_cases', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'disappearance_cases', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.record_id || '/' || NEW.case_id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN NEW."record_id" IS NOT NULL THEN 'record_id,' ELSE '' END || CASE WHEN NEW."case_id" IS NOT NULL THEN 'case_id,' ELSE '' END || CASE WHEN NEW."role" IS NOT NULL THEN 'role,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_disappearance_cases_update";
--> statement-breakpoint
CREATE TRIGGER "audit_disappearance_cases_update" AFTER UPDATE ON "disappearance_cases" WHEN (OLD."record_id" IS NOT NEW."record_id" OR OLD."case_id" IS NOT NEW."case_id" OR OLD."role" IS NOT NEW."role" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'disappearance_cases', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'disappearance_cases', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.record_id || '/' || NEW.case_id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN OLD."record_id" IS NOT NEW."record_id" THEN 'record_id,' ELSE '' END || CASE WHEN OLD."case_id" IS NOT NEW."case_id" THEN 'case_id,' ELSE '' END || CASE WHEN OLD."role" IS NOT NEW."role" THEN 'role,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_disappearance_cases_delete";
--> statement-breakpoint
CREATE TRIGGER "audit_disappearance_cases_delete" AFTER DELETE ON "disappearance_cases"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'disappearance_cases', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'disappearance_cases', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.record_id || '/' || OLD.case_id AS TEXT) AS r,
    OLD.case_id AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_disappearance_entries_insert";
--> statement-breakpoint
CREATE TRIGGER "audit_disappearance_entries_insert" AFTER INSERT ON "disappearance_entries"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'disappearance_entries', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'disappearance_entries', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN NEW."record_id" IS NOT NULL THEN 'record_id,' ELSE '' END || CASE WHEN NEW."kind" IS NOT NULL THEN 'kind,' ELSE '' END || CASE WHEN NEW."date" IS NOT NULL THEN 'date,' ELSE '' END || CASE WHEN NEW."reference" IS NOT NULL THEN 'reference,' ELSE '' END || CASE WHEN NEW."person" IS NOT NULL THEN 'person,' ELSE '' END || CASE WHEN NEW."note" IS NOT NULL THEN 'note,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_disappearance_entries_update";
--> statement-breakpoint
CREATE TRIGGER "audit_disappearance_entries_update" AFTER UPDATE ON "disappearance_entries" WHEN (OLD."id" IS NOT NEW."id" OR OLD."record_id" IS NOT NEW."record_id" OR OLD."kind" IS NOT NEW."kind" OR OLD."date" IS NOT NEW."date" OR OLD."reference" IS NOT NEW."reference" OR OLD."person" IS NOT NEW."person" OR OLD."note" IS NOT NEW."note" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'disappearance_entries', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'disappearance_entries', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."record_id" IS NOT NEW."record_id" THEN 'record_id,' ELSE '' END || CASE WHEN OLD."kind" IS NOT NEW."kind" THEN 'kind,' ELSE '' END || CASE WHEN OLD."date" IS NOT NEW."date" THEN 'date,' ELSE '' END || CASE WHEN OLD."reference" IS NOT NEW."reference" THEN 'reference,' ELSE '' END || CASE WHEN OLD."person" IS NOT NEW."person" THEN 'person,' ELSE '' END || CASE WHEN OLD."note" IS NOT NEW."note" THEN 'note,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_disappearance_entries_delete";
--> statement-breakpoint
CREATE TRIGGER "audit_disappearance_entries_delete" AFTER DELETE ON "disappearance_entries"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'disappearance_entries', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'disappearance_entries', r, c, 'delete', f)
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
DROP TRIGGER IF EXISTS "audit_production_orders_insert";
--> statement-breakpoint
CREATE TRIGGER "audit_production_orders_insert" AFTER INSERT ON "production_orders"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'production_orders', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'production_orders', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN NEW."record_id" IS NOT NULL THEN 'record_id,' ELSE '' END || CASE WHEN NEW."case_id" IS NOT NULL THEN 'case_id,' ELSE '' END || CASE WHEN NEW."court" IS NOT NULL THEN 'court,' ELSE '' END || CASE WHEN NEW."ordered_on" IS NOT NULL THEN 'ordered_on,' ELSE '' END || CASE WHEN NEW."produce_by" IS NOT NULL THEN 'produce_by,' ELSE '' END || CASE WHEN NEW."status" IS NOT NULL THEN 'status,' ELSE '' END || CASE WHEN NEW."obeyed_on" IS NOT NULL THEN 'obeyed_on,' ELSE '' END || CASE WHEN NEW."note" IS NOT NULL THEN 'note,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_production_orders_update";
--> statement-breakpoint
CREATE TRIGGER "audit_production_orders_update" AFTER UPDATE ON "production_orders" WHEN (OLD."id" IS NOT NEW."id" OR OLD."record_id" IS NOT NEW."record_id" OR OLD."case_id" IS NOT NEW."case_id" OR OLD."court" IS NOT NEW."court" OR OLD."ordered_on" IS NOT NEW."ordered_on" OR OLD."produce_by" IS NOT NEW."produce_by" OR OLD."status" IS NOT NEW."status" OR OLD."obeyed_on" IS NOT NEW."obeyed_on" OR OLD."note" IS NOT NEW."note" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'production_orders', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'production_orders', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."record_id" IS NOT NEW."record_id" THEN 'record_id,' ELSE '' END || CASE WHEN OLD."case_id" IS NOT NEW."case_id" THEN 'case_id,' ELSE '' END || CASE WHEN OLD."court" IS NOT NEW."court" THEN 'court,' ELSE '' END || CASE WHEN OLD."ordered_on" IS NOT NEW."ordered_on" THEN 'ordered_on,' ELSE '' END || CASE WHEN OLD."produce_by" IS NOT NEW."produce_by" THEN 'produce_by,' ELSE '' END || CASE WHEN OLD."status" IS NOT NEW."status" THEN 'status,' ELSE '' END || CASE WHEN OLD."obeyed_on" IS NOT NEW."obeyed_on" THEN 'obeyed_on,' ELSE '' END || CASE WHEN OLD."note" IS NOT NEW."note" THEN 'note,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_production_orders_delete";
--> statement-breakpoint
CREATE TRIGGER "audit_production_orders_delete" AFTER DELETE ON "production_orders"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'production_orders', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'production_orders', r, c, 'delete', f)
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
DROP TRIGGER IF EXISTS "audit_production_deadlines_insert";
--> statement-breakpoint
CREATE TRIGGER "audit_production_deadlines_insert" AFTER INSERT ON "production_deadlines"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'production_deadlines', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'production_deadlines', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN NEW."order_id" IS NOT NULL THEN 'order_id,' ELSE '' END || CASE WHEN NEW."case_id" IS NOT NULL THEN 'case_id,' ELSE '' END || CASE WHEN NEW."due_date" IS NOT NULL THEN 'due_date,' ELSE '' END || CASE WHEN NEW."status" IS NOT NULL THEN 'status,' ELSE '' END || CASE WHEN NEW."status_note" IS NOT NULL THEN 'status_note,' ELSE '' END || CASE WHEN NEW."explanation" IS NOT NULL THEN 'explanation,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_production_deadlines_update";
--> statement-breakpoint
CREATE TRIGGER "audit_production_deadlines_update" AFTER UPDATE ON "production_deadlines" WHEN (OLD."id" IS NOT NEW."id" OR OLD."order_id" IS NOT NEW."order_id" OR OLD."case_id" IS NOT NEW."case_id" OR OLD."due_date" IS NOT NEW."due_date" OR OLD."status" IS NOT NEW."status" OR OLD."status_note" IS NOT NEW."status_note" OR OLD."explanation" IS NOT NEW."explanation" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'production_deadlines', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'production_deadlines', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NEW.case_id AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."order_id" IS NOT NEW."order_id" THEN 'order_id,' ELSE '' END || CASE WHEN OLD."case_id" IS NOT NEW."case_id" THEN 'case_id,' ELSE '' END || CASE WHEN OLD."due_date" IS NOT NEW."due_date" THEN 'due_date,' ELSE '' END || CASE WHEN OLD."status" IS NOT NEW."status" THEN 'status,' ELSE '' END || CASE WHEN OLD."status_note" IS NOT NEW."status_note" THEN 'status_note,' ELSE '' END || CASE WHEN OLD."explanation" IS NOT NEW."explanation" THEN 'explanation,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_production_deadlines_delete";
--> statement-breakpoint
CREATE TRIGGER "audit_production_deadlines_delete" AFTER DELETE ON "production_deadlines"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'production_deadlines', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'production_deadlines', r, c, 'delete', f)
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
DROP TRIGGER IF EXISTS "audit_identity_consents_insert";
--> statement-breakpoint
CREATE TRIGGER "audit_identity_consents_insert" AFTER INSERT ON "identity_consents"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'identity_consents', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'identity_consents', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN NEW."client_id" IS NOT NULL THEN 'client_id,' ELSE '' END || CASE WHEN NEW."recipient" IS NOT NULL THEN 'recipient,' ELSE '' END || CASE WHEN NEW."organisation" IS NOT NULL THEN 'organisation,' ELSE '' END || CASE WHEN NEW."given_by" IS NOT NULL THEN 'given_by,' ELSE '' END || CASE WHEN NEW."given_by_name" IS NOT NULL THEN 'given_by_name,' ELSE '' END || CASE WHEN NEW."date" IS NOT NULL THEN 'date,' ELSE '' END || CASE WHEN NEW."method" IS NOT NULL THEN 'method,' ELSE '' END || CASE WHEN NEW."note" IS NOT NULL THEN 'note,' ELSE '' END || CASE WHEN NEW."withdrawn_on" IS NOT NULL THEN 'withdrawn_on,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_identity_consents_update";
--> statement-breakpoint
CREATE TRIGGER "audit_identity_consents_update" AFTER UPDATE ON "identity_consents" WHEN (OLD."id" IS NOT NEW."id" OR OLD."client_id" IS NOT NEW."client_id" OR OLD."recipient" IS NOT NEW."recipient" OR OLD."organisation" IS NOT NEW."organisation" OR OLD."given_by" IS NOT NEW."given_by" OR OLD."given_by_name" IS NOT NEW."given_by_name" OR OLD."date" IS NOT NEW."date" OR OLD."method" IS NOT NEW."method" OR OLD."note" IS NOT NEW."note" OR OLD."withdrawn_on" IS NOT NEW."withdrawn_on" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'identity_consents', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'identity_consents', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.id AS TEXT) AS r,
    NULL AS c,
    rtrim(CASE WHEN OLD."id" IS NOT NEW."id" THEN 'id,' ELSE '' END || CASE WHEN OLD."client_id" IS NOT NEW."client_id" THEN 'client_id,' ELSE '' END || CASE WHEN OLD."recipient" IS NOT NEW."recipient" THEN 'recipient,' ELSE '' END || CASE WHEN OLD."organisation" IS NOT NEW."organisation" THEN 'organisation,' ELSE '' END || CASE WHEN OLD."given_by" IS NOT NEW."given_by" THEN 'given_by,' ELSE '' END || CASE WHEN OLD."given_by_name" IS NOT NEW."given_by_name" THEN 'given_by_name,' ELSE '' END || CASE WHEN OLD."date" IS NOT NEW."date" THEN 'date,' ELSE '' END || CASE WHEN OLD."method" IS NOT NEW."method" THEN 'method,' ELSE '' END || CASE WHEN OLD."note" IS NOT NEW."note" THEN 'note,' ELSE '' END || CASE WHEN OLD."withdrawn_on" IS NOT NEW."withdrawn_on" THEN 'withdrawn_on,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_identity_consents_delete";
--> statement-breakpoint
CREATE TRIGGER "audit_identity_consents_delete" AFTER DELETE ON "identity_consents"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'identity_consents', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'identity_consents', r, c, 'delete', f)
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
DROP TRIGGER IF EXISTS "audit_appeal_drafts_insert";
--> statement-breakpoint
CREATE TRIGGER "audit_appeal_drafts_insert" AFTER INSERT ON "appeal_drafts"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'appeal_drafts', r, c, 'insert', f, p, muhafiz_sha256(p, s, a, w, 'appeal_drafts', r, c, 'insert', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.draft_id AS TEXT) AS r,
    (SELECT case_id FROM petition_drafts WHERE id = NEW.draft_id) AS c,
    rtrim(CASE WHEN NEW."draft_id" IS NOT NULL THEN 'draft_id,' ELSE '' END || CASE WHEN NEW."record_id" IS NOT NULL THEN 'record_id,' ELSE '' END || CASE WHEN NEW."recipient" IS NOT NULL THEN 'recipient,' ELSE '' END || CASE WHEN NEW."organisation" IS NOT NULL THEN 'organisation,' ELSE '' END || CASE WHEN NEW."anonymised" IS NOT NULL THEN 'anonymised,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_appeal_drafts_update";
--> statement-breakpoint
CREATE TRIGGER "audit_appeal_drafts_update" AFTER UPDATE ON "appeal_drafts" WHEN (OLD."draft_id" IS NOT NEW."draft_id" OR OLD."record_id" IS NOT NEW."record_id" OR OLD."recipient" IS NOT NEW."recipient" OR OLD."organisation" IS NOT NEW."organisation" OR OLD."anonymised" IS NOT NEW."anonymised" OR OLD."created_at" IS NOT NEW."created_at")
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'appeal_drafts', r, c, 'update', f, p, muhafiz_sha256(p, s, a, w, 'appeal_drafts', r, c, 'update', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(NEW.draft_id AS TEXT) AS r,
    (SELECT case_id FROM petition_drafts WHERE id = NEW.draft_id) AS c,
    rtrim(CASE WHEN OLD."draft_id" IS NOT NEW."draft_id" THEN 'draft_id,' ELSE '' END || CASE WHEN OLD."record_id" IS NOT NEW."record_id" THEN 'record_id,' ELSE '' END || CASE WHEN OLD."recipient" IS NOT NEW."recipient" THEN 'recipient,' ELSE '' END || CASE WHEN OLD."organisation" IS NOT NEW."organisation" THEN 'organisation,' ELSE '' END || CASE WHEN OLD."anonymised" IS NOT NEW."anonymised" THEN 'anonymised,' ELSE '' END || CASE WHEN OLD."created_at" IS NOT NEW."created_at" THEN 'created_at,' ELSE '' END, ',') AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_appeal_drafts_delete";
--> statement-breakpoint
CREATE TRIGGER "audit_appeal_drafts_delete" AFTER DELETE ON "appeal_drafts"
BEGIN
  INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, 'appeal_drafts', r, c, 'delete', f, p, muhafiz_sha256(p, s, a, w, 'appeal_drafts', r, c, 'delete', f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = 'profile' AND json_valid(value)), 'Counsel') AS w,
    CAST(OLD.draft_id AS TEXT) AS r,
    (SELECT case_id FROM petition_drafts WHERE id = OLD.draft_id) AS c,
    '' AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS p);
END;
