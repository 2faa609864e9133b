-- Indexes for the diary at scale (issue 8): each list reads its rows from one index, in order, with
-- the 64 MB page cache holding them; no table is rebuilt. A day's or a month's list: every column the
-- agenda shows of a hearing, in date and time order (replaces hearings_day_idx, its first four).
DROP INDEX IF EXISTS `hearings_day_idx`;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `hearings_agenda_idx` ON `hearings` (`date`, `time`, `case_id`, `court_id`, `id`, `bench`, `purpose`, `outcome`, `short_order`, `next_date`, `next_hearing_id`, `bail_petition_id`, `appearing_lawyer_id`, `adjournment_sought`, `clash_note`);--> statement-breakpoint
-- Each hearing's previous one in its case (the cause list's "last date"), with what the list shows of
-- it: one backward seek a row.
CREATE INDEX IF NOT EXISTS `hearings_case_seq_idx` ON `hearings` (`case_id`, `date`, coalesce(`time`, ''), `outcome`, `short_order`);--> statement-breakpoint
-- The case columns a hearing's row shows, the parties in their order with their names, the lead lawyer.
CREATE INDEX IF NOT EXISTS `cases_agenda_idx` ON `cases` (`id`, `status`, `title`, `case_number`, `fir_number`, `custody_status`, `case_type`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `case_parties_case_pos_idx` ON `case_parties` (`case_id`, `position`, `client_id`, `role`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `clients_party_idx` ON `clients` (`id`, `full_name`, `codename`, `sensitive`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `case_lawyers_lead_idx` ON `case_lawyers` (`case_id`, `position`, `lawyer_id`);
