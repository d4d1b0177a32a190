package org.qslmail.core;

/**
 * The mode groups LoTW matches on (ham-data.md §1): CW, PHONE, DATA, IMAGE. So SSB and FM are both PHONE and
 * RTTY and FT8 are both DATA.
 */
public enum ModeGroup {
	CW, PHONE, DATA, IMAGE
}
