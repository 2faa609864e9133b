CREATE TABLE `bail_petitions` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`client_id` text,
	`kind` text NOT NULL,
	`forum_id` text,
	`filing_date` text,
	`status` text NOT NULL,
	`surety` text,
	`bond_amount` integer,
	`conditions` text,
	`notes` text,
	`escalated_from_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`forum_id`) REFERENCES `courts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`escalated_from_id`) REFERENCES `bail_petitions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "bail_petitions_kind_check" CHECK(kind IN ('crpc_496', 'crpc_497', 'crpc_498', 'protective', 'crpc_426', 'ata_21d')),
	CONSTRAINT "bail_petitions_status_check" CHECK(status IN ('drafted', 'filed', 'fixed', 'ad_interim_granted', 'confirmed', 'granted', 'dismissed', 'withdrawn', 'cancelled'))
);
--> statement-breakpoint
CREATE INDEX `bail_petitions_case_idx` ON `bail_petitions` (`case_id`);--> statement-breakpoint
CREATE TABLE `case_events` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`time` text,
	`end_date` text,
	`court_id` text,
	`related_event_id` text,
	`details` text NOT NULL,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`court_id`) REFERENCES `courts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`related_event_id`) REFERENCES `case_events`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "case_events_kind_check" CHECK(kind IN ('police_remand', 'judicial_remand', 'ata_remand', 'judgment', 'copy_applied', 'copy_ready', 'protective_bail', 'detention_order', 'bail_order'))
);
--> statement-breakpoint
CREATE INDEX `case_events_case_idx` ON `case_events` (`case_id`);--> statement-breakpoint
CREATE TABLE `court_closures` (
	`id` text PRIMARY KEY NOT NULL,
	`court_id` text,
	`forum_type` text,
	`province` text,
	`weekday` integer NOT NULL,
	`source` text NOT NULL,
	`confidence` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`court_id`) REFERENCES `courts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "court_closures_weekday_check" CHECK(weekday BETWEEN 0 AND 6),
	CONSTRAINT "court_closures_forum_type_check" CHECK(forum_type IN ('magistrate', 'sessions', 'atc', 'peca_court', 'high_court', 'supreme_court', 'fcc', 'fsc', 'commission', 'other')),
	CONSTRAINT "court_closures_province_check" CHECK(province IN ('punjab', 'sindh', 'kp', 'balochistan', 'ict', 'gb', 'ajk'))
);
--> statement-breakpoint
CREATE TABLE `deadlines` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`rule_id` text NOT NULL,
	`trigger_key` text NOT NULL,
	`occurrence` integer NOT NULL,
	`due_date` text NOT NULL,
	`due_time` text,
	`status` text NOT NULL,
	`explanation` text NOT NULL,
	`status_note` text,
	`obsolete` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`rule_id`) REFERENCES `legal_rules`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "deadlines_status_check" CHECK(status IN ('open', 'completed', 'dismissed'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deadlines_identity_idx` ON `deadlines` (`case_id`,`rule_id`,`trigger_key`,`occurrence`);--> statement-breakpoint
CREATE INDEX `deadlines_due_idx` ON `deadlines` (`due_date`);--> statement-breakpoint
CREATE TABLE `holidays` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`date_from` text NOT NULL,
	`date_to` text NOT NULL,
	`province` text,
	`forum_type` text,
	`court_id` text,
	`provisional` integer NOT NULL,
	`source` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`court_id`) REFERENCES `courts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "holidays_kind_check" CHECK(kind IN ('gazetted', 'provincial', 'local', 'vacation')),
	CONSTRAINT "holidays_range_check" CHECK(date_to >= date_from)
);
--> statement-breakpoint
CREATE INDEX `holidays_date_idx` ON `holidays` (`date_from`,`date_to`);--> statement-breakpoint
CREATE TABLE `legal_rules` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`statute` text NOT NULL,
	`section` text NOT NULL,
	`trigger` text NOT NULL,
	`anchor` text NOT NULL,
	`period` integer NOT NULL,
	`unit` text NOT NULL,
	`exclude_trigger_day` integer NOT NULL,
	`exclude_copy_time` integer NOT NULL,
	`roll_forward` integer NOT NULL,
	`condonable` integer NOT NULL,
	`recurring` integer NOT NULL,
	`filing_forum_type` text,
	`conditions` text NOT NULL,
	`effective_from` text,
	`effective_to` text,
	`source` text NOT NULL,
	`confidence` text NOT NULL,
	`active` integer NOT NULL,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "legal_rules_trigger_check" CHECK(trigger IN ('arrest', 'fir', 'police_remand', 'police_remand_first', 'judicial_remand', 'ata_remand', 'judgment', 'protective_bail', 'detention_order')),
	CONSTRAINT "legal_rules_unit_check" CHECK(unit IN ('hours', 'days', 'months', 'years')),
	CONSTRAINT "legal_rules_anchor_check" CHECK(anchor IN ('start', 'end')),
	CONSTRAINT "legal_rules_confidence_check" CHECK(confidence IN ('verified', 'needs_checking')),
	CONSTRAINT "legal_rules_filing_forum_check" CHECK(filing_forum_type IN ('magistrate', 'sessions', 'atc', 'peca_court', 'high_court', 'supreme_court', 'fcc', 'fsc', 'commission', 'other'))
);
--> statement-breakpoint
ALTER TABLE `cases` ADD `arrest_time` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `capital_charge` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `hearings` ADD `bail_petition_id` text REFERENCES bail_petitions(id);