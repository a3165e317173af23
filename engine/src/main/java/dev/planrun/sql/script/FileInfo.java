package dev.planrun.sql.script;

/**
 * A file a script run read, for the review and the reviewed-plan check.
 *
 * @param name   how reports name it
 * @param size   bytes
 * @param sha256 lower-case hex SHA-256 of its bytes
 */
public record FileInfo(String name, long size, String sha256) {
}
