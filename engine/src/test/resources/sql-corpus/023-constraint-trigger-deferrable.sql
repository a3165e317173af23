CREATE CONSTRAINT TRIGGER annotation_link_event_trigger
    AFTER UPDATE ON annotation
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW
    EXECUTE PROCEDURE annotation_link_event_trigger('ome.model.annotations.Annotation');
SELECT 1;
