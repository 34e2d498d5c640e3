/**
 * Coder agreement between versions of one case coded by different coders: events matched across
 * the versions, and every coefficient of {@code org.glassbox.core.agreement} per field.
 */
package org.glassbox.core.agreement.cases;
