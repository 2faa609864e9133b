-- Search folds Urdu (issue 9): what is indexed goes through muhafiz_fold (registered on every connection
-- beside muhafiz_sha256), which drops Arabic-script vowel marks (U+064B–U+065F, U+0670), tatweel and
-- zero-width joiners and unifies Arabic and Urdu yeh, kaf and heh; the query is folded the same way, so
-- an Urdu name is found with or without its diacritics. The views and the hearing and note triggers are
-- replaced, and the index is rebuilt from the records.
DROP VIEW `search_client_docs`;--> statement-breakpoint
CREATE VIEW `search_client_docs` AS
SELECT cl.id AS ref_id,
	muhafiz_fold(concat_ws(' ', cl.full_name, cl.name_ur, cl.codename)) AS name,
	concat_ws(' ', cl.cnic, replace(cl.cnic, '-', ''), muhafiz_fold(cl.district)) AS extra
FROM clients cl;--> statement-breakpoint
DROP VIEW `search_case_docs`;--> statement-breakpoint
CREATE VIEW `search_case_docs` AS
SELECT c.id AS ref_id,
	muhafiz_fold(concat_ws(' ', c.fir_number, c.case_number, c.title)) AS ident,
	muhafiz_fold(concat_ws(' ', ps.name, c.fir_district,
		(SELECT group_concat(o.statute || ' ' || o.section, ' ') FROM offences o WHERE o.case_id = c.id),
		(SELECT group_concat(concat_ws(' ', cl.full_name, cl.name_ur, cl.codename), ' ')
			FROM case_parties cp JOIN clients cl ON cl.id = cp.client_id WHERE cp.case_id = c.id))) AS extra,
	-- The same, as written, for showing what a case was found by.
	concat_ws(' ', ps.name, c.fir_district,
		(SELECT group_concat(o.statute || ' ' || o.section, ' ') FROM offences o WHERE o.case_id = c.id),
		(SELECT group_concat(concat_ws(' ', cl.full_name, cl.name_ur, cl.codename), ' ')
			FROM case_parties cp JOIN clients cl ON cl.id = cp.client_id WHERE cp.case_id = c.id)) AS shown
FROM cases c LEFT JOIN police_stations ps ON ps.id = c.police_station_id;--> statement-breakpoint
DROP TRIGGER `search_hearings_ai`;--> statement-breakpoint
CREATE TRIGGER `search_hearings_ai` AFTER INSERT ON `hearings` WHEN coalesce(new.short_order, '') <> '' BEGIN
	INSERT OR IGNORE INTO search_keys(kind, ref_id) VALUES ('hearing', new.id);
	INSERT INTO search_hearings(rowid, body) SELECT id, muhafiz_fold(new.short_order) FROM search_keys WHERE kind = 'hearing' AND ref_id = new.id;
END;--> statement-breakpoint
DROP TRIGGER `search_hearings_au`;--> statement-breakpoint
CREATE TRIGGER `search_hearings_au` AFTER UPDATE OF `short_order` ON `hearings` BEGIN
	DELETE FROM search_hearings WHERE rowid = (SELECT id FROM search_keys WHERE kind = 'hearing' AND ref_id = new.id);
	INSERT OR IGNORE INTO search_keys(kind, ref_id) SELECT 'hearing', new.id WHERE coalesce(new.short_order, '') <> '';
	INSERT INTO search_hearings(rowid, body) SELECT id, muhafiz_fold(new.short_order) FROM search_keys
		WHERE kind = 'hearing' AND ref_id = new.id AND coalesce(new.short_order, '') <> '';
END;--> statement-breakpoint
DROP TRIGGER `search_notes_ai`;--> statement-breakpoint
CREATE TRIGGER `search_notes_ai` AFTER INSERT ON `notes` BEGIN
	INSERT OR IGNORE INTO search_keys(kind, ref_id) VALUES ('note', new.id);
	INSERT INTO search_notes(rowid, body) SELECT id, muhafiz_fold(new.body) FROM search_keys WHERE kind = 'note' AND ref_id = new.id;
END;--> statement-breakpoint
DROP TRIGGER `search_notes_au`;--> statement-breakpoint
CREATE TRIGGER `search_notes_au` AFTER UPDATE OF `body` ON `notes` BEGIN
	DELETE FROM search_notes WHERE rowid = (SELECT id FROM search_keys WHERE kind = 'note' AND ref_id = new.id);
	INSERT INTO search_notes(rowid, body) SELECT id, muhafiz_fold(new.body) FROM search_keys WHERE kind = 'note' AND ref_id = new.id;
END;--> statement-breakpoint
-- The index rebuilt, folded (the keys stay: the rows keep their rowids).
INSERT INTO search_clients(search_clients) VALUES ('delete-all');--> statement-breakpoint
INSERT INTO search_cases(search_cases) VALUES ('delete-all');--> statement-breakpoint
INSERT INTO search_hearings(search_hearings) VALUES ('delete-all');--> statement-breakpoint
INSERT INTO search_notes(search_notes) VALUES ('delete-all');--> statement-breakpoint
INSERT INTO search_clients(rowid, name, extra) SELECT k.id, d.name, d.extra FROM search_client_docs d JOIN search_keys k ON k.kind = 'client' AND k.ref_id = d.ref_id;--> statement-breakpoint
INSERT INTO search_cases(rowid, ident, extra) SELECT k.id, d.ident, d.extra FROM search_case_docs d JOIN search_keys k ON k.kind = 'case' AND k.ref_id = d.ref_id;--> statement-breakpoint
INSERT INTO search_hearings(rowid, body) SELECT k.id, muhafiz_fold(h.short_order) FROM hearings h JOIN search_keys k ON k.kind = 'hearing' AND k.ref_id = h.id;--> statement-breakpoint
INSERT INTO search_notes(rowid, body) SELECT k.id, muhafiz_fold(n.body) FROM notes n JOIN search_keys k ON k.kind = 'note' AND k.ref_id = n.id;
