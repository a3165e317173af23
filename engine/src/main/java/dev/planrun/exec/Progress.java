package dev.planrun.exec;

/**
 * How far a step is, as its executor counts: e.g. 12,345 statements, 2.1 MB of a 5.2 MB script.
 *
 * @param done       units done so far
 * @param unit       what {@code done} counts, plural: {@code statements}
 * @param bytesDone  bytes of the input processed so far (0 when not counted)
 * @param bytesTotal bytes of the whole input (0 when not known)
 */
public record Progress(long done, String unit, long bytesDone, long bytesTotal) {
}
