/** Digital formalism diagnostics: copy without diagnosis, platform proliferation, assessment-driven bursts, people-centredness. */
package org.glassbox.core.analysis.formalism;
