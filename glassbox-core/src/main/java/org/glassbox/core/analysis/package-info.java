/** The framework's analyses (structure → governance subject → governance mechanism → model), per period, each verdict with its evidence; {@link org.glassbox.core.analysis.Glassbox} is the facade. */
package org.glassbox.core.analysis;
