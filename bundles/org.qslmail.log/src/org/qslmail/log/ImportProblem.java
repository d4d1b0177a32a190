package org.qslmail.log;

/**
 * A record the import skipped.
 *
 * @param byteOffset where the record starts in the file, in bytes from the start
 * @param line       the line of that position (1-based)
 * @param reason     why it was skipped
 * @param detail     the offending field or text, in the user's language
 */
public record ImportProblem(long byteOffset, long line, SkipReason reason, String detail) {
}
