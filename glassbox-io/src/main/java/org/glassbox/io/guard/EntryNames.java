package org.glassbox.io.guard;

/**
 * The one check of an archive entry's name (a case zip, a .qdpx, a .docx package) before anything
 * is read by it: a name that would leave the archive's folder — absolute, with a drive letter, with a
 * {@code ..} segment (either slash), or with a NUL — is refused ("zip slip").
 */
public final class EntryNames {
    private EntryNames() {
    }

    /** Whether entry {@code name} points outside the archive's own folder. */
    public static boolean escapes(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || (n.length() >= 2 && n.charAt(1) == ':') || n.indexOf('\0') >= 0) {
            return true;
        }
        for (String seg : n.split("/")) {
            if (seg.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
