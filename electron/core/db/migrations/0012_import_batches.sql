CREATE TABLE `import_batch_records` (
	`batch_id` text NOT NULL,
	`table_name` text NOT NULL,
	`record_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`batch_id`, `table_name`, `record_id`),
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "import_batch_records_table_check" CHECK(table_name IN ('clients', 'cases', 'hearings', 'notes', 'courts', 'police_stations'))
);
--> statement-breakpoint
CREATE INDEX `import_batch_records_record_idx` ON `import_batch_records` (`table_name`,`record_id`);--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`filename` text NOT NULL,
	`sheet` text,
	`rows_read` integer NOT NULL,
	`rows_imported` integer NOT NULL,
	`rows_skipped` integer NOT NULL,
	`undone_at` text
);
