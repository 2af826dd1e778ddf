package io.floorview.domain.alert;

/** Where a figure stands against its levels. */
public enum AlertLevel { OK, WARNING, CRITICAL }
