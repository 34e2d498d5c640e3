package org.glassbox.core.model;

/** Which side of the government–enterprise relation a sector is on (FRAMEWORK.md). */
public enum Side {
    GOVERNMENT, ENTERPRISE, OTHER
}
