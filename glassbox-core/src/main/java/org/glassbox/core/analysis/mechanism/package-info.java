/** The governance mechanism layer: the mechanism mix, government–enterprise embedding and its trajectory over the phases. */
package org.glassbox.core.analysis.mechanism;
