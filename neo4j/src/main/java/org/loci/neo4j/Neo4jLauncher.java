package org.loci.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs Neo4j Community 5.26 in-process with Bolt on loopback, for local development and tests.
 *
 * <pre>
 * java [JVM flags] -Xmx512m -cp "target/classes:target/lib/*" org.loci.neo4j.Neo4jLauncher \
 *      &lt;homeDir&gt; [boltPort=7687] [pageCache=128m]
 * </pre>
 *
 * <ul>
 *   <li>Store files go to {@code <homeDir>/data}, Neo4j's debug log to {@code <homeDir>/logs/debug.log}; the
 *       user log (startup/shutdown, errors) goes to stderr.</li>
 *   <li>Bolt port 0 picks a free port; the real one is in the ready line.</li>
 *   <li>When Bolt accepts connections, exactly one line {@code NEO4J_READY bolt://127.0.0.1:<port>} is printed on
 *       stdout. Nothing else is ever written to stdout.</li>
 *   <li>After the ready line, SIGTERM/SIGINT shut the DBMS down cleanly (store checkpointed, {@code NEO4J_STOPPED}
 *       on stderr) and exit with status 0. A signal before it ends the JVM with 143/130; Neo4j then recovers
 *       from its transaction logs on the next start. Startup failure: exit 1 ({@code NEO4J_FAILED} on stderr).</li>
 * </ul>
 *
 * <p><b>Authentication is on</b>: user {@code neo4j}, with the password read from {@code <homeDir>/neo4j-password}
 * (scripts/local-neo4j.mjs generates it, mode 0600). Bolt also accepts WebSocket connections, so without a password
 * any web page open on this machine could reach the graph. A fresh store gets the password before it first starts
 * (the initial user file, as {@code neo4j-admin dbms set-initial-password} writes it); an older store (made when
 * authentication was off, or with another password file) is brought in line right after start. Every connector is
 * still bound to 127.0.0.1.
 *
 * <p>JVM flags: none is required on Java 17 (checked with 5.26.31), but without
 * {@code --add-opens=java.base/java.nio=ALL-UNNAMED} the page cache logs a warning and uses a fallback for
 * direct buffers, and without both {@code --add-opens=java.base/java.io=ALL-UNNAMED} and
 * {@code --add-opens=java.base/sun.nio.ch=ALL-UNNAMED} every transaction-log open logs "Incorrect file
 * descriptor" warnings (no fallocate/fadvise). scripts/local-neo4j.mjs passes all three, like Neo4j's server.
 */
public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 3 || args[0].startsWith("-")) {
            System.err.println("usage: Neo4jLauncher <homeDir> [boltPort=7687] [pageCache=128m]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath().normalize();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 7687;
        long pageCache = ByteUnit.parse(args.length > 2 ? args[2] : "128m");

        DatabaseManagementService dbms;
        String password;
        try {
            password = readPassword(home);
            writeInitialPasswordIfFresh(home, password);
            dbms = new DatabaseManagementServiceBuilder(home)
                    // Embedded mode has no user log by default; without one, startup problems are invisible.
                    .setUserLogProvider(new Log4jLogProvider(System.err, Level.INFO))
                    // Loopback everywhere: a development database, never served to the network.
                    .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    // dbms.usage_report.enabled: no phone-home (machines may be offline; it is also just noise).
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Without an explicit size Neo4j takes ~50% of free RAM for the page cache.
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                    // Transaction memory is already capped at 70% of -Xmx by default
                    // (dbms.memory.transaction.total.max), so a runaway query fails instead of an OOM-killed JVM.
                    // Keep a dev database small on disk: by default each database preallocates 256 MiB transaction
                    // log files and keeps 2 days of them.
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16))
                    // Bolt stops after the databases are checkpointed and closed, then Netty idles for a 2 x 5 s "quiet
                    // period" with nothing left to do; that only slows every stop.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (Throwable e) {
            System.err.println("NEO4J_FAILED " + e);
            e.printStackTrace();
            System.exit(1);
            return;
        }

        // The JVM runs shutdown hooks on SIGTERM/SIGINT and System.exit; shutdown() flushes the page cache and
        // releases the store lock so the next start needs no recovery.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            System.err.println("NEO4J_STOPPED"); // the shutdown details are in logs/debug.log
        }, "neo4j-shutdown"));
        // Default signal exit status is 128+signal (143); a requested stop is a success, as in Neo4j's own server.
        for (String signal : new String[] {"TERM", "INT"}) {
            sun.misc.Signal.handle(new sun.misc.Signal(signal), s -> System.exit(0));
        }

        try {
            alignPassword(dbms, password);
        } catch (RuntimeException e) {
            System.err.println("NEO4J_FAILED could not set the password of user neo4j: " + e);
            System.exit(1);
        }

        // Read the bound port back: it differs from the requested one when port 0 was asked for.
        var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var bolt = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        if (bolt == null) {
            System.err.println("NEO4J_FAILED Bolt connector did not start");
            System.exit(1);
        }
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + bolt.getPort());
        System.out.flush();

        // Park the main thread: the process ends through a signal (System.exit above), never by returning.
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The password scripts/local-neo4j.mjs keeps in the home folder; a missing or short one stops the launcher. */
    private static String readPassword(Path home) throws IOException {
        Path file = home.resolve("neo4j-password");
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (password.length() < 8) {
            throw new IllegalStateException(file + " must hold a password of at least 8 characters");
        }
        return password;
    }

    /**
     * Before the first start of a store (no system database yet), writes the initial user file that Neo4j reads
     * when it creates its system database: user neo4j with this password, no change required. So a fresh store
     * never accepts the default neo4j/neo4j, not even for a moment. Same steps as Neo4j's SetInitialPasswordCommand.
     */
    private static void writeInitialPasswordIfFresh(Path home, String password) throws Exception {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
        Path systemStore = config.get(GraphDatabaseInternalSettings.databases_root_path).resolve(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        if (Files.exists(systemStore)) return;
        Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        try (var fs = new DefaultFileSystemAbstraction()) {
            fs.mkdirs(file.getParent());
            if (fs.fileExists(file)) fs.deleteFile(file);
            var users = new FileUserRepository(fs, file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
            users.start();
            var credential = SystemGraphCredential.createCredentialForPassword(password.getBytes(StandardCharsets.UTF_8), new SecureHasher());
            users.create(new User("neo4j", null, credential, false, false));
            users.shutdown();
        }
    }

    /**
     * Sets user neo4j's password to the one in the password file, for stores that existed before it (made with
     * authentication off, or whose password file was deleted). An embedded transaction needs no login. Neo4j refuses
     * to set the password it already has; that is the usual case and means there is nothing to do.
     */
    private static void alignPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
        }
    }
}
