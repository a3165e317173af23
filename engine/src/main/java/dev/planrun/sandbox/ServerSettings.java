package dev.planrun.sandbox;

import java.nio.file.Path;

/** The settings appended to a throwaway cluster's postgresql.conf: private, and fast rather than durable. */
final class ServerSettings {

    private ServerSettings() {
    }

    static String render(int port, Path socketDir) {
        return """

                # planrun LocalPostgres: a throwaway cluster, reachable from this machine only
                port = %d
                listen_addresses = '127.0.0.1'
                unix_socket_directories = '%s'
                fsync = off
                synchronous_commit = off
                full_page_writes = off
                wal_level = minimal
                max_wal_senders = 0
                max_wal_size = '2GB'
                checkpoint_timeout = '30min'
                autovacuum = off
                max_connections = 60
                shared_buffers = '128MB'
                """.formatted(port, socketDir.toString().replace("'", "''"));
    }
}
