-- A decision or an action may name the agenda point it came from; it stays when the
-- point is removed, no longer tied to it.
ALTER TABLE decision ADD COLUMN agenda_point_id BIGINT REFERENCES agenda_point (id) ON DELETE SET NULL;
ALTER TABLE action_item ADD COLUMN agenda_point_id BIGINT REFERENCES agenda_point (id) ON DELETE SET NULL;
CREATE INDEX action_item_agenda_point ON action_item (agenda_point_id);
