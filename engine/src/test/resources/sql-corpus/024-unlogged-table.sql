CREATE UNLOGGED TABLE _updated_annotations (
    event_id BIGINT NOT NULL,
    entity_type TEXT NOT NULL
);
CREATE INDEX _updated_annotations_event_index ON _updated_annotations (event_id);
