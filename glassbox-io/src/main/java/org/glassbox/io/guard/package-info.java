/**
 * Guards shared by the readers and writers: a byte-counting stream whose limit is a policy against hostile
 * input, the one check of an archive entry's name against zip slip,
 * and the part files writers fill and move into place with the umask's ordinary permissions.
 */
package org.glassbox.io.guard;
