package org.qslmail.mail;

import java.util.List;

/** The mechanisms the server offered and the one that was used (null when none succeeded). */
public record AuthInfo(List<String> offered, String used) {
}
