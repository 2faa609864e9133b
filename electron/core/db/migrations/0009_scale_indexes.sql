-- Indexes the benchmark (issue 8, npm run bench on npm run seed:large) asks for. New indexes only: no table is rebuilt.
-- Hearings still awaiting their outcome (hearings:unrecorded, the diary's "not recorded" list) without
-- reading every past hearing.
CREATE INDEX `hearings_unrecorded_idx` ON `hearings` (`date`) WHERE `outcome` IS NULL;--> statement-breakpoint
-- The deadline dashboard: open, current deadlines by due date.
CREATE INDEX `deadlines_open_due_idx` ON `deadlines` (`due_date`, `due_time`) WHERE `status` = 'open' AND `obsolete` = 0;--> statement-breakpoint
-- The custody list on the dashboard.
CREATE INDEX `cases_custody_idx` ON `cases` (`custody_status`, `status`);--> statement-breakpoint
-- A day's or a month's list: the rows in date and time order straight from the index, with the case and forum.
CREATE INDEX `hearings_day_idx` ON `hearings` (`date`, `time`, `case_id`, `court_id`);
