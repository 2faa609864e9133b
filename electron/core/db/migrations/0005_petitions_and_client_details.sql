CREATE TABLE `petition_drafts` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`client_id` text,
	`template_id` text NOT NULL,
	`title` text NOT NULL,
	`language` text NOT NULL,
	`answers` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "petition_drafts_language_check" CHECK(language IN ('en', 'ur'))
);
--> statement-breakpoint
CREATE INDEX `petition_drafts_case_idx` ON `petition_drafts` (`case_id`);--> statement-breakpoint
CREATE TABLE `petition_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`draft_id` text NOT NULL,
	`version` integer NOT NULL,
	`html` text NOT NULL,
	`reason` text NOT NULL,
	`author` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`draft_id`) REFERENCES `petition_drafts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "petition_versions_reason_check" CHECK(reason IN ('generated', 'edited', 'regenerated'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `petition_versions_draft_version_idx` ON `petition_versions` (`draft_id`,`version`);--> statement-breakpoint
CREATE TABLE `user_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`language` text NOT NULL,
	`content` text NOT NULL,
	`placeholders` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `clients` ADD `gender` text DEFAULT 'unknown' NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `guardian_relation` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `guardian_name` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `address` text;