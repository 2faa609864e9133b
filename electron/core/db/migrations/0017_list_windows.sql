-- The cases and clients pages read one window of their list at a time (issue 8: 100,000 cases took
-- seconds to list whole). These indexes hold each list's order, so a window is a walk that stops
-- after its rows instead of a sort of the whole table. No table is rebuilt.
CREATE INDEX IF NOT EXISTS `cases_status_updated_idx` ON `cases` (`status`, `updated_at` DESC, `id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `cases_updated_idx` ON `cases` (`updated_at` DESC, `id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `clients_name_order_idx` ON `clients` (lower(`full_name`), `full_name`, `id`);
