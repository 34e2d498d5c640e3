/** Guards against hostile input shared by the readers: a byte-counting stream whose limit is a policy. */
package org.glassbox.io.guard;
