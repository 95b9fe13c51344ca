package triangulate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts an embedded Neo4j with the Bolt connector on a loopback port and keeps it up until
 * standard input closes or the process is signalled. Watching standard input means the JVM
 * goes away with the Node process that started it, even if that process is killed hard:
 * no orphan JVMs.
 *
 * Usage: Neo4jLauncher --data DIR --port N [--pagecache 512m] [--tx-memory 1g]
 */
public final class Neo4jLauncher {
  public static void main(String[] args) throws Exception {
    String data = null;
    int port = 7687;
    String pageCache = "512m";
    String txMemory = "1g";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = args[++i];
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--pagecache" -> pageCache = args[++i];
        case "--tx-memory" -> txMemory = args[++i];
        default -> {
          System.err.println("neo4j-launcher: unknown argument " + args[i]);
          System.exit(2);
        }
      }
    }
    if (data == null) {
      System.err.println("neo4j-launcher: --data DIR is required");
      System.exit(2);
    }

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(Path.of(data))
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(2))
        .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.parse(txMemory))
        .build();
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME); // fail here, loudly, if it did not start

    Thread shutdown = new Thread(dbms::shutdown, "neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    System.out.println("neo4j-launcher: bolt://127.0.0.1:" + port + " ready (data in " + data + ")");
    System.out.flush();

    waitForEndOfInput(System.in);
    System.out.println("neo4j-launcher: standard input closed, shutting down");
    System.exit(0); // runs the shutdown hook
  }

  private static void waitForEndOfInput(InputStream in) {
    byte[] buf = new byte[256];
    try {
      while (in.read(buf) >= 0) {
        // ignore anything written; only end-of-input matters
      }
    } catch (IOException e) {
      // a broken pipe means the parent is gone too
    }
  }
}
