CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `hearings` ADD `appearing_lawyer_id` text REFERENCES lawyers(id);--> statement-breakpoint
ALTER TABLE `hearings` ADD `adjournment_sought` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `hearings` ADD `clash_note` text;