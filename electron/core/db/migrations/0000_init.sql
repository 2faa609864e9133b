CREATE TABLE `case_lawyers` (
	`case_id` text NOT NULL,
	`lawyer_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`case_id`, `lawyer_id`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`lawyer_id`) REFERENCES `lawyers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `case_parties` (
	`case_id` text NOT NULL,
	`client_id` text NOT NULL,
	`role` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`case_id`, `client_id`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "case_parties_role_check" CHECK(role IN ('accused', 'petitioner', 'detenu', 'appellant', 'complainant'))
);
--> statement-breakpoint
CREATE INDEX `case_parties_client_idx` ON `case_parties` (`client_id`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`case_type` text NOT NULL,
	`stage` text,
	`status` text NOT NULL,
	`fir_number` text,
	`fir_date` text,
	`police_station_id` text,
	`fir_district` text,
	`investigating_agency` text,
	`forum_id` text,
	`case_number` text,
	`custody_status` text NOT NULL,
	`arrest_date` text,
	`release_date` text,
	`prosecutor` text,
	`opposing_counsel` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`police_station_id`) REFERENCES `police_stations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`forum_id`) REFERENCES `courts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "cases_case_type_check" CHECK(case_type IN ('trial', 'bail', 'pre_arrest_bail', 'habeas_corpus', 'quashment', 'appeal', 'revision', 'constitutional_petition', 'commission_complaint')),
	CONSTRAINT "cases_status_check" CHECK(status IN ('active', 'disposed', 'archived')),
	CONSTRAINT "cases_agency_check" CHECK(investigating_agency IN ('police', 'fia_nccia', 'ctd', 'other')),
	CONSTRAINT "cases_custody_check" CHECK(custody_status IN ('not_arrested', 'in_custody', 'on_bail', 'released', 'missing', 'unknown'))
);
--> statement-breakpoint
CREATE INDEX `cases_fir_number_idx` ON `cases` (`fir_number`);--> statement-breakpoint
CREATE INDEX `cases_case_number_idx` ON `cases` (`case_number`);--> statement-breakpoint
CREATE INDEX `cases_status_idx` ON `cases` (`status`);--> statement-breakpoint
CREATE TABLE `offences` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`statute` text NOT NULL,
	`section` text NOT NULL,
	`note` text,
	`position` integer NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "offences_statute_check" CHECK(statute IN ('PPC', 'PECA', 'ATA', 'MPO', 'CrPC', 'other'))
);
--> statement-breakpoint
CREATE INDEX `offences_case_idx` ON `offences` (`case_id`);--> statement-breakpoint
CREATE TABLE `clients` (
	`id` text PRIMARY KEY NOT NULL,
	`full_name` text NOT NULL,
	`name_ur` text,
	`codename` text,
	`cnic` text,
	`phone` text,
	`category` text NOT NULL,
	`district` text,
	`province` text,
	`risk_level` text NOT NULL,
	`contact_person` text,
	`notes` text,
	`sensitive` integer NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "clients_category_check" CHECK(category IN ('journalist', 'activist', 'whrd', 'religious_minority', 'lawyer', 'student', 'labour', 'family_of_disappeared', 'other')),
	CONSTRAINT "clients_province_check" CHECK(province IN ('punjab', 'sindh', 'kp', 'balochistan', 'ict', 'gb', 'ajk')),
	CONSTRAINT "clients_risk_level_check" CHECK(risk_level IN ('low', 'medium', 'high', 'critical'))
);
--> statement-breakpoint
CREATE INDEX `clients_full_name_idx` ON `clients` (`full_name`);--> statement-breakpoint
CREATE TABLE `hearings` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`date` text NOT NULL,
	`time` text,
	`court_id` text,
	`bench` text,
	`purpose` text NOT NULL,
	`outcome` text,
	`short_order` text,
	`next_date` text,
	`next_hearing_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`court_id`) REFERENCES `courts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`next_hearing_id`) REFERENCES `hearings`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "hearings_outcome_check" CHECK(outcome IN ('heard', 'adjourned', 'order_reserved', 'ex_parte', 'disposed', 'bail_granted', 'bail_dismissed', 'other'))
);
--> statement-breakpoint
CREATE INDEX `hearings_date_idx` ON `hearings` (`date`);--> statement-breakpoint
CREATE INDEX `hearings_case_idx` ON `hearings` (`case_id`,`date`);--> statement-breakpoint
CREATE TABLE `notes` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text,
	`client_id` text,
	`date` text NOT NULL,
	`body` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "notes_owner_check" CHECK((case_id IS NULL) <> (client_id IS NULL))
);
--> statement-breakpoint
CREATE INDEX `notes_case_idx` ON `notes` (`case_id`);--> statement-breakpoint
CREATE INDEX `notes_client_idx` ON `notes` (`client_id`);--> statement-breakpoint
CREATE TABLE `courts` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`forum_type` text NOT NULL,
	`city` text,
	`province` text,
	`parent_id` text,
	`source` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `courts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "courts_forum_type_check" CHECK(forum_type IN ('magistrate', 'sessions', 'atc', 'peca_court', 'high_court', 'supreme_court', 'fcc', 'fsc', 'commission', 'other')),
	CONSTRAINT "courts_province_check" CHECK(province IN ('punjab', 'sindh', 'kp', 'balochistan', 'ict', 'gb', 'ajk'))
);
--> statement-breakpoint
CREATE INDEX `courts_name_idx` ON `courts` (`name`);--> statement-breakpoint
CREATE TABLE `lawyers` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `lawyers_name_unique` ON `lawyers` (`name`);--> statement-breakpoint
CREATE TABLE `police_stations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`district` text NOT NULL,
	`province` text,
	`created_at` text NOT NULL,
	CONSTRAINT "police_stations_province_check" CHECK(province IN ('punjab', 'sindh', 'kp', 'balochistan', 'ict', 'gb', 'ajk'))
);
--> statement-breakpoint
CREATE INDEX `police_stations_name_idx` ON `police_stations` (`name`);