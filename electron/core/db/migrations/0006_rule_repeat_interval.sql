ALTER TABLE `legal_rules` ADD `repeat_every` integer;--> statement-breakpoint
-- CrPC 497(1) third proviso (pakistan-law.md §2.1, Syeda Ayesha Subhani PLD 2023 SC 648): the right
-- re-ripens for each further year of delay, also in capital cases (two years, then yearly), and only
-- for a person in continuous detention.
UPDATE `legal_rules` SET `repeat_every` = 1, `conditions` = '{"capital":true,"inCustody":true}' WHERE `id` = 'statutory-bail-2y';--> statement-breakpoint
UPDATE `legal_rules` SET `conditions` = '{"capital":false,"inCustody":true}' WHERE `id` = 'statutory-bail-1y';
