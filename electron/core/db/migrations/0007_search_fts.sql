-- Full-text search (issue 8). One contentless FTS5 table per kind of record, trigram-tokenised so a
-- part of a FIR or case number ("8959-B", "112/20"), of a CNIC or of an Urdu name is found as typed.
-- contentless_delete lets the triggers below replace a record's row by rowid without its old text.
-- FTS rowids come from search_keys (an INTEGER PRIMARY KEY, so VACUUM INTO keeps them), because the
-- records' own ids are text. The triggers keep the index in step inside the writing transaction.
CREATE TABLE `search_keys` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`ref_id` text NOT NULL
);--> statement-breakpoint
CREATE UNIQUE INDEX `search_keys_kind_ref_unique` ON `search_keys` (`kind`,`ref_id`);--> statement-breakpoint
CREATE VIRTUAL TABLE `search_clients` USING fts5(`name`, `extra`, content='', contentless_delete=1, tokenize='trigram remove_diacritics 1');--> statement-breakpoint
CREATE VIRTUAL TABLE `search_cases` USING fts5(`ident`, `extra`, content='', contentless_delete=1, tokenize='trigram remove_diacritics 1');--> statement-breakpoint
CREATE VIRTUAL TABLE `search_hearings` USING fts5(`body`, content='', contentless_delete=1, tokenize='trigram remove_diacritics 1');--> statement-breakpoint
CREATE VIRTUAL TABLE `search_notes` USING fts5(`body`, content='', contentless_delete=1, tokenize='trigram remove_diacritics 1');--> statement-breakpoint
-- What each record is found by. A CNIC is indexed with and without its dashes.
CREATE VIEW `search_client_docs` AS
SELECT cl.id AS ref_id,
	concat_ws(' ', cl.full_name, cl.name_ur, cl.codename) AS name,
	concat_ws(' ', cl.cnic, replace(cl.cnic, '-', ''), cl.district) AS extra
FROM clients cl;--> statement-breakpoint
CREATE VIEW `search_case_docs` AS
SELECT c.id AS ref_id,
	concat_ws(' ', c.fir_number, c.case_number, c.title) AS ident,
	concat_ws(' ', ps.name, c.fir_district,
		(SELECT group_concat(o.statute || ' ' || o.section, ' ') FROM offences o WHERE o.case_id = c.id),
		(SELECT group_concat(concat_ws(' ', cl.full_name, cl.name_ur, cl.codename), ' ')
			FROM case_parties cp JOIN clients cl ON cl.id = cp.client_id WHERE cp.case_id = c.id)) AS extra
FROM cases c LEFT JOIN police_stations ps ON ps.id = c.police_station_id;--> statement-breakpoint
-- clients
CREATE TRIGGER `search_clients_ai` AFTER INSERT ON `clients` BEGIN
	INSERT OR IGNORE INTO search_keys(kind, ref_id) VALUES ('client', new.id);
	INSERT INTO search_clients(rowid, name, extra)
		SELECT k.id, d.name, d.extra FROM search_client_docs d JOIN search_keys k ON k.kind = 'client' AND k.ref_id = d.ref_id
		WHERE d.ref_id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `search_clients_au` AFTER UPDATE OF `full_name`, `name_ur`, `codename`, `cnic`, `district` ON `clients` BEGIN
	DELETE FROM search_clients WHERE rowid = (SELECT id FROM search_keys WHERE kind = 'client' AND ref_id = new.id);
	INSERT INTO search_clients(rowid, name, extra)
		SELECT k.id, d.name, d.extra FROM search_client_docs d JOIN search_keys k ON k.kind = 'client' AND k.ref_id = d.ref_id
		WHERE d.ref_id = new.id;
END;--> statement-breakpoint
-- A case is found by its clients' names, so renaming a client refreshes the client's cases.
CREATE TRIGGER `search_clients_au_cases` AFTER UPDATE OF `full_name`, `name_ur`, `codename` ON `clients` BEGIN
	DELETE FROM search_cases WHERE rowid IN (SELECT k.id FROM case_parties cp JOIN search_keys k ON k.kind = 'case' AND k.ref_id = cp.case_id WHERE cp.client_id = new.id);
	INSERT INTO search_cases(rowid, ident, extra)
		SELECT k.id, d.ident, d.extra FROM search_case_docs d JOIN search_keys k ON k.kind = 'case' AND k.ref_id = d.ref_id
		WHERE d.ref_id IN (SELECT case_id FROM case_parties WHERE client_id = new.id);
END;--> statement-breakpoint
CREATE TRIGGER `search_clients_ad` AFTER DELETE ON `clients` BEGIN
	DELETE FROM search_clients WHERE rowid = (SELECT id FROM search_keys WHERE kind = 'client' AND ref_id = old.id);
	DELETE FROM search_keys WHERE kind = 'client' AND ref_id = old.id;
END;--> statement-breakpoint
-- cases, and what a case's text is made of
CREATE TRIGGER `search_cases_ai` AFTER INSERT ON `cases` BEGIN
	INSERT OR IGNORE INTO search_keys(kind, ref_id) VALUES ('case', new.id);
	INSERT INTO search_cases(rowid, ident, extra)
		SELECT k.id, d.ident, d.extra FROM search_case_docs d JOIN search_keys k ON k.kind = 'case' AND k.ref_id = d.ref_id
		WHERE d.ref_id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `search_cases_au` AFTER UPDATE OF `fir_number`, `case_number`, `title`, `police_station_id`, `fir_district` ON `cases` BEGIN
	DELETE FROM search_cases WHERE rowid = (SELECT id FROM search_keys WHERE kind = 'case' AND ref_id = new.id);
	INSERT INTO search_cases(rowid, ident, extra)
		SELECT k.id, d.ident, d.extra FROM search_case_docs d JOIN search_keys k ON k.kind = 'case' AND k.ref_id = d.ref_id
		WHERE d.ref_id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `search_cases_ad` AFTER DELETE ON `cases` BEGIN
	DELETE FROM search_cases WHERE rowid = (SELECT id FROM search_keys WHERE kind = 'case' AND ref_id = old.id);
	DELETE FROM search_keys WHERE kind = 'case' AND ref_id = old.id;
END;--> statement-breakpoint
CREATE TRIGGER `search_offences_ai` AFTER INSERT ON `offences` BEGIN
	DELETE FROM search_cases WHERE rowid = (SELECT id FROM search_keys WHERE kind = 'case' AND ref_id = new.case_id);
	INSERT INTO search_cases(rowid, ident, extra)
		SELECT k.id, d.ident, d.extra FROM search_case_docs d JOIN search_keys k ON k.kind = 'case' AND k.ref_id = d.ref_id
		WHERE d.ref_id = new.case_id;
END;--> statement-breakpoint
CREATE TRIGGER `search_offences_au` AFTER UPDATE ON `offences` BEGIN
	DELETE FROM search_cases WHERE rowid IN (SELECT id FROM search_keys WHERE kind = 'case' AND ref_id IN (old.case_id, new.case_id));
	INSERT INTO search_cases(rowid, ident, extra)
		SELECT k.id, d.ident, d.extra FROM search_case_docs d JOIN search_keys k ON k.kind = 'case' AND k.ref_id = d.ref_id
		WHERE d.ref_id IN (old.case_id, new.case_id);
END;--> statement-breakpoint
CREATE TRIGGER `search_offences_ad` AFTER DELETE ON `offences` BEGIN
	DELETE FROM search_cases WHERE rowid = (SELECT id FROM search_keys WHERE kind = 'case' AND ref_id = old.case_id);
	INSERT INTO search_cases(rowid, ident, extra)
		SELECT k.id, d.ident, d.extra FROM search_case_docs d JOIN search_keys k ON k.kind = 'case' AND k.ref_id = d.ref_id
		WHERE d.ref_id = old.case_id;
END;--> statement-breakpoint
CREATE TRIGGER `search_parties_ai` AFTER INSERT ON `case_parties` BEGIN
	DELETE FROM search_cases WHERE rowid = (SELECT id FROM search_keys WHERE kind = 'case' AND ref_id = new.case_id);
	INSERT INTO search_cases(rowid, ident, extra)
		SELECT k.id, d.ident, d.extra FROM search_case_docs d JOIN search_keys k ON k.kind = 'case' AND k.ref_id = d.ref_id
		WHERE d.ref_id = new.case_id;
END;--> statement-breakpoint
CREATE TRIGGER `search_parties_au` AFTER UPDATE ON `case_parties` BEGIN
	DELETE FROM search_cases WHERE rowid IN (SELECT id FROM search_keys WHERE kind = 'case' AND ref_id IN (old.case_id, new.case_id));
	INSERT INTO search_cases(rowid, ident, extra)
		SELECT k.id, d.ident, d.extra FROM search_case_docs d JOIN search_keys k ON k.kind = 'case' AND k.ref_id = d.ref_id
		WHERE d.ref_id IN (old.case_id, new.case_id);
END;--> statement-breakpoint
CREATE TRIGGER `search_parties_ad` AFTER DELETE ON `case_parties` BEGIN
	DELETE FROM search_cases WHERE rowid = (SELECT id FROM search_keys WHERE kind = 'case' AND ref_id = old.case_id);
	INSERT INTO search_cases(rowid, ident, extra)
		SELECT k.id, d.ident, d.extra FROM search_case_docs d JOIN search_keys k ON k.kind = 'case' AND k.ref_id = d.ref_id
		WHERE d.ref_id = old.case_id;
END;--> statement-breakpoint
CREATE TRIGGER `search_police_au` AFTER UPDATE OF `name` ON `police_stations` BEGIN
	DELETE FROM search_cases WHERE rowid IN (SELECT k.id FROM cases c JOIN search_keys k ON k.kind = 'case' AND k.ref_id = c.id WHERE c.police_station_id = new.id);
	INSERT INTO search_cases(rowid, ident, extra)
		SELECT k.id, d.ident, d.extra FROM search_case_docs d JOIN search_keys k ON k.kind = 'case' AND k.ref_id = d.ref_id
		WHERE d.ref_id IN (SELECT id FROM cases WHERE police_station_id = new.id);
END;--> statement-breakpoint
-- hearings: the short order, once there is one
CREATE TRIGGER `search_hearings_ai` AFTER INSERT ON `hearings` WHEN coalesce(new.short_order, '') <> '' BEGIN
	INSERT OR IGNORE INTO search_keys(kind, ref_id) VALUES ('hearing', new.id);
	INSERT INTO search_hearings(rowid, body) SELECT id, new.short_order FROM search_keys WHERE kind = 'hearing' AND ref_id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `search_hearings_au` AFTER UPDATE OF `short_order` ON `hearings` BEGIN
	DELETE FROM search_hearings WHERE rowid = (SELECT id FROM search_keys WHERE kind = 'hearing' AND ref_id = new.id);
	INSERT OR IGNORE INTO search_keys(kind, ref_id) SELECT 'hearing', new.id WHERE coalesce(new.short_order, '') <> '';
	INSERT INTO search_hearings(rowid, body) SELECT id, new.short_order FROM search_keys
		WHERE kind = 'hearing' AND ref_id = new.id AND coalesce(new.short_order, '') <> '';
END;--> statement-breakpoint
CREATE TRIGGER `search_hearings_ad` AFTER DELETE ON `hearings` BEGIN
	DELETE FROM search_hearings WHERE rowid = (SELECT id FROM search_keys WHERE kind = 'hearing' AND ref_id = old.id);
	DELETE FROM search_keys WHERE kind = 'hearing' AND ref_id = old.id;
END;--> statement-breakpoint
-- notes
CREATE TRIGGER `search_notes_ai` AFTER INSERT ON `notes` BEGIN
	INSERT OR IGNORE INTO search_keys(kind, ref_id) VALUES ('note', new.id);
	INSERT INTO search_notes(rowid, body) SELECT id, new.body FROM search_keys WHERE kind = 'note' AND ref_id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `search_notes_au` AFTER UPDATE OF `body` ON `notes` BEGIN
	DELETE FROM search_notes WHERE rowid = (SELECT id FROM search_keys WHERE kind = 'note' AND ref_id = new.id);
	INSERT INTO search_notes(rowid, body) SELECT id, new.body FROM search_keys WHERE kind = 'note' AND ref_id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `search_notes_ad` AFTER DELETE ON `notes` BEGIN
	DELETE FROM search_notes WHERE rowid = (SELECT id FROM search_keys WHERE kind = 'note' AND ref_id = old.id);
	DELETE FROM search_keys WHERE kind = 'note' AND ref_id = old.id;
END;--> statement-breakpoint
-- An existing database is indexed as it is migrated (search:rebuild does the same on demand).
INSERT INTO search_keys(kind, ref_id) SELECT 'client', id FROM clients;--> statement-breakpoint
INSERT INTO search_keys(kind, ref_id) SELECT 'case', id FROM cases;--> statement-breakpoint
INSERT INTO search_keys(kind, ref_id) SELECT 'hearing', id FROM hearings WHERE coalesce(short_order, '') <> '';--> statement-breakpoint
INSERT INTO search_keys(kind, ref_id) SELECT 'note', id FROM notes;--> statement-breakpoint
INSERT INTO search_clients(rowid, name, extra) SELECT k.id, d.name, d.extra FROM search_client_docs d JOIN search_keys k ON k.kind = 'client' AND k.ref_id = d.ref_id;--> statement-breakpoint
INSERT INTO search_cases(rowid, ident, extra) SELECT k.id, d.ident, d.extra FROM search_case_docs d JOIN search_keys k ON k.kind = 'case' AND k.ref_id = d.ref_id;--> statement-breakpoint
INSERT INTO search_hearings(rowid, body) SELECT k.id, h.short_order FROM hearings h JOIN search_keys k ON k.kind = 'hearing' AND k.ref_id = h.id;--> statement-breakpoint
INSERT INTO search_notes(rowid, body) SELECT k.id, n.body FROM notes n JOIN search_keys k ON k.kind = 'note' AND k.ref_id = n.id;
