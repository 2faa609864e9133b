-- The deadline dashboard at scale (issue 8): each client in custody shows the case's next open
-- deadline, found by one seek in this index instead of sorting the case's deadlines. Partial, as the
-- dashboard reads only open ones; no table is rebuilt.
CREATE INDEX IF NOT EXISTS `deadlines_case_open_due_idx` ON `deadlines` (`case_id`, `due_date`) WHERE `status` = 'open';
