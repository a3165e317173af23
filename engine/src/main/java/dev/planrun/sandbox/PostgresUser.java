package dev.planrun.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.List;

/**
 * Who PostgreSQL's programs run as: the current user, or {@code postgres} (through
 * {@code runuser}) when the current user is root, whom PostgreSQL refuses.
 */
record PostgresUser(List<String> prefix, UserPrincipal owner) {

    static final String NAME = "postgres";

    static PostgresUser current() throws IOException {
        if (new com.sun.security.auth.module.UnixSystem().getUid() != 0) {
            return new PostgresUser(List.of(), null);
        }
        Path runuser = List.of(Path.of("/usr/sbin/runuser"), Path.of("/sbin/runuser"), Path.of("/usr/bin/runuser"))
                .stream().filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IOException("running as root, PostgreSQL must run as another user, "
                        + "but runuser (util-linux) is not installed"));
        try {
            UserPrincipal owner = Path.of("/").getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(NAME);
            return new PostgresUser(List.of(runuser.toString(), "-u", NAME, "--"), owner);
        } catch (UserPrincipalNotFoundException e) {
            throw new IOException("running as root, PostgreSQL must run as user '" + NAME
                    + "', which does not exist; create it (useradd --system " + NAME + ") or run as another user", e);
        }
    }

    /** Hands {@code path} to the user the programs run as. */
    void own(Path path) throws IOException {
        if (owner != null) {
            Files.setOwner(path, owner);
        }
    }
}
