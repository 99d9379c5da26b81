package org.eventtimeline.remote;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.hsqldb.persist.HsqlProperties;
import org.hsqldb.server.Server;

/**
 * An HSQLDB server in this JVM that serves the database file {@code dataDir/timeline} (job repository and staging
 * tables) as {@code jdbc:hsqldb:hsql://host:port/timeline}, for {@code --mode=db-server} and the tests.
 */
public final class DatabaseServer implements AutoCloseable {

    /** The database's alias in the JDBC URL. */
    public static final String ALIAS = "timeline";

    private final Server server = new Server();

    private DatabaseServer() {
    }

    /** Starts serving the database under {@code dataDir} on {@code host:port}; returns once it accepts connections. */
    public static DatabaseServer start(String host, int port, Path dataDir) throws Exception {
        HsqlProperties properties = new HsqlProperties();
        properties.setProperty("server.address", host);
        properties.setProperty("server.port", port);
        properties.setProperty("server.database.0", "file:" + dataDir.resolve(ALIAS).toAbsolutePath()
                + ";hsqldb.tx=mvcc;hsqldb.write_delay=false");
        properties.setProperty("server.dbname.0", ALIAS);
        properties.setProperty("server.silent", true);
        properties.setProperty("server.no_system_exit", true);
        DatabaseServer database = new DatabaseServer();
        database.server.setProperties(properties);
        database.server.setLogWriter((PrintWriter) null);
        database.server.setErrWriter(new PrintWriter(System.err, true));
        database.server.start();
        Throwable failure = database.server.getServerError();
        if (failure != null) {
            throw new IllegalStateException("the database server did not start: " + failure.getMessage(), failure);
        }
        return database;
    }

    /** The JDBC URL that clients on {@code host} use. */
    public static String url(String host, int port) {
        return "jdbc:hsqldb:hsql://" + host + ":" + port + "/" + ALIAS;
    }

    @Override
    public void close() {
        server.shutdownCatalogs(org.hsqldb.Database.CLOSEMODE_NORMAL);
        server.stop();
    }
}
