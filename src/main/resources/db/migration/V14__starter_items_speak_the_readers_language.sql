-- A roadmap item from the recommended starter names its text by a message key, so that
-- every reader sees it in their own language until someone edits its title or description.
alter table roadmap_item add column text_key varchar(40);
