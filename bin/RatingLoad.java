import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Load on the REST API for the figures README.md reports (run by bin/benchmark-api): Payara
 * Micro on PostgreSQL, a fresh database, one API key written straight into it; then at each
 * concurrency (50 and 200 clients by default) in turn: the ceiling, a constant answer of the
 * application's API ({@code GET /api/v1}: no key, no database); the cheapest call with a key
 * ({@code GET /api/v1/ping}: key check and limits); services recorded; those services rated
 * (60 % level 5, 25 % 4, 11 % 3, 4 % 差评), every tenth rating sent a second time with the same
 * Idempotency-Key; and both in a row by every client. Reports throughput, p50/p95/p99 and the
 * slowest answer, the SQL statements each answer reported (the server runs with
 * {@code evaluation.diagnostics.statement-count=true}), the ratios of ping to the ceiling and of
 * ratings to ping, and checks that the database holds exactly one rating per accepted answer:
 * none lost, none twice.
 * <p>
 * Properties: {@code -Dport=8091 -Dclients=50,200 -Dseconds=30 -Dwarmup=10
 * -Ddb=jdbc:postgresql://127.0.0.1:5432/evaluation_api_bench -Ddb.user=postgres -Ddb.password=postgres}.
 * <p>
 * With {@code -Dcrash=true} (run by bin/crash-test) it is a test instead: the same load from 50
 * clients, the server killed with SIGKILL once {@code -Dcrash.after=400} ratings have been
 * answered 201, and then every service record and rating that was answered 201 must be in the
 * database; the server must start again on it. {@code -Ddb=h2} runs it on the embedded default
 * (a file database under {@code -Ddata}, the server stopped while the key is written into it;
 * {@code -Dh2.settings=;WRITE_DELAY=500} is H2's own default, without the durable commits the
 * platform sets, for comparison). The benchmark runs on it too.
 */
public class RatingLoad {

    static final int PORT = Integer.parseInt(System.getProperty("port", "8091"));
    static final String BASE = "http://127.0.0.1:" + PORT + "/";
    static final Path ROOT = Path.of(System.getProperty("root", "."));
    static final Path DATA = ROOT.resolve(System.getProperty("data", "target/benchmark-api"));
    static final boolean H2 = "h2".equals(System.getProperty("db"));
    static final String DB = H2 ? "jdbc:h2:file:" + DATA.resolve("database/evaluation").toAbsolutePath()
            + System.getProperty("h2.settings", "") : System.getProperty("db", "jdbc:postgresql://127.0.0.1:5432/evaluation_api_bench");
    static final String DB_USER = H2 ? "evaluation" : System.getProperty("db.user", "postgres");
    static final String DB_PASSWORD = H2 ? "evaluation" : System.getProperty("db.password", "postgres");
    static final int SECONDS = Integer.getInteger("seconds", 30);
    static final int WARMUP = Integer.getInteger("warmup", 10);
    static final String CENTRE = "市政务服务中心";
    static final long KEY_ID = 900_000_001L;
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The reference of every service recorded and not yet rated, by its id. */
    static final Map<Long, String> REFERENCES = new ConcurrentHashMap<>();

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws IOException, InterruptedException, SQLException,
            NoSuchAlgorithmException {
        if (Boolean.getBoolean("crash")) {
            crash();
            return;
        }
        List<Integer> concurrency = new ArrayList<>();
        for (String c : System.getProperty("clients", "50,200").split(",")) {
            concurrency.add(Integer.parseInt(c.strip()));
        }
        deleteTree(DATA);
        Files.createDirectories(DATA);
        Process micro = startWithKey();
        try {
            String key = insertedKey;
            long[] place = insertedPlace;
            System.out.printf("key %s…, unit %d, %d staff%n", key.substring(0, 12), place[0], place.length - 1);

            Totals totals = new Totals();
            run("warm-up", 20, WARMUP, n -> new Constant()).report();
            run("warm-up", 20, WARMUP, n -> new Ping(key)).report();
            run("warm-up", 20, WARMUP, n -> new Rate(key, place, "W", n, totals)).report();

            StringBuilder report = new StringBuilder();
            report.append(String.format("REST API on Payara Micro with %s (%s), %d s per phase, after %d s"
                    + " of warm-up; %d cores%n", H2 ? "embedded H2" : "PostgreSQL", DB.replaceAll(".*/", ""), SECONDS, WARMUP,
                    Runtime.getRuntime().availableProcessors()));
            for (int clients : concurrency) {
                Phase constant = run("const", clients, SECONDS, n -> new Constant());
                Phase ping = run("ping", clients, SECONDS, n -> new Ping(key));
                java.util.Queue<Long> created = new java.util.concurrent.ConcurrentLinkedQueue<>();
                Phase record = run("record", clients, SECONDS, n -> new Record(key, place, "R" + clients + "-", n,
                        totals, created));
                Phase rating = run("rating", clients, SECONDS, n -> new RateRecorded(key, created, totals));
                Phase both = run("both", clients, SECONDS, n -> new Rate(key, place, "C" + clients + "-", n, totals));
                report.append(constant.report()).append(ping.report()).append(record.report())
                        .append(rating.report()).append(both.report());
                report.append(String.format("  %d clients: pings per second / constant answers per second = %.2f;"
                        + " ratings per second / pings per second = %.2f%n", clients,
                        ping.throughput("ping") / constant.throughput("constant"),
                        rating.throughput("rating") / ping.throughput("ping")));
            }
            if (H2) {
                stop(micro); // the embedded database opens in one process at a time
            }
            report.append(verify(totals));
            System.out.println();
            System.out.print(report);
            Files.writeString(ROOT.resolve("target/benchmark-api-report.txt"), report);
        } finally {
            micro.destroy();
            if (!micro.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                micro.destroyForcibly().waitFor();
            }
        }
    }

    // --- the server and its database ---

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static void freshDatabase() throws SQLException {
        String name = DB.replaceAll(".*/", "").replaceAll("\\?.*", "");
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("a plain database name, please: " + name);
        }
        try (Connection c = DriverManager.getConnection(DB.replaceAll("/[^/]*$", "/postgres"), DB_USER, DB_PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        }
    }

    static final AtomicLong STARTS = new AtomicLong();
    static String insertedKey;
    static long[] insertedPlace;

    /** A fresh database with the demo data and the load's API key, and the server ready on it. */
    static Process startWithKey() throws IOException, InterruptedException, SQLException,
            NoSuchAlgorithmException {
        if (!H2) {
            freshDatabase();
        }
        Process micro = startMicro();
        waitUntilReady(micro);
        if (H2) {
            // an embedded database belongs to the one process that opened it: write the key while none runs
            stop(micro);
            insertedKey = insertKey();
            insertedPlace = place();
            micro = startMicro();
            waitUntilReady(micro);
        } else {
            insertedKey = insertKey();
            insertedPlace = place();
        }
        return micro;
    }

    static Process startMicro() throws IOException {
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx768m",
                // the load comes from one address with one key: lift the limits out of its way
                "-Devaluation.api.rate.per-key-per-minute=100000000",
                "-Devaluation.api.rate.per-address-per-minute=100000000",
                // each API answer reports its SQL statements (X-SQL-Statements)
                "-Devaluation.diagnostics.statement-count=true",
                "-jar", ROOT.resolve("ear/target/payara-micro.jar").toString(),
                "--deploy", ROOT.resolve("ear/target/evaluation-micro.war").toString(), "--contextroot", "/",
                "--port", String.valueOf(PORT), "--nocluster", "--disablephonehome",
                // a root of its own each time: Micro would deploy the last run's copy from an old one too
                "--rootdir", DATA.resolve("payara-micro-" + STARTS.incrementAndGet()).toString(),
                "--prebootcommandfile", ROOT.resolve("bin/micro-preboot.asadmin").toString());
        pb.environment().put("EVALUATION_DEMO", "true");
        pb.environment().put("EVALUATION_DB_CLASS", H2 ? "org.h2.jdbcx.JdbcDataSource"
                : "org.postgresql.ds.PGSimpleDataSource");
        pb.environment().put("EVALUATION_DB_URL", DB);
        pb.environment().put("EVALUATION_DB_USER", DB_USER);
        pb.environment().put("EVALUATION_DB_PASSWORD", DB_PASSWORD);
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                DATA.resolve("payara-micro.log").toFile()));
        return pb.start();
    }

    static void waitUntilReady(Process micro) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            if (!micro.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped; see " + DATA.resolve("payara-micro.log"));
            }
            try {
                // ready, and the API itself answers (a call without a key is refused with 401)
                if (HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                        && HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "api/v1/ping")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 401) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("not ready within 4 minutes");
    }

    /** A key with every right for the demo centre, written as the administrator's page would: only its hash. */
    static String insertKey() throws SQLException, NoSuchAlgorithmException {
        SecureRandom random = new SecureRandom();
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            prefix.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = "evk_" + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(key.getBytes(StandardCharsets.US_ASCII)));
        try (Connection c = DriverManager.getConnection(DB, DB_USER, DB_PASSWORD)) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO api_key (id, version, name, organisation_id,"
                    + " prefix, secret_hash, created_at, created_by) VALUES (?, 0, 'load test', (SELECT id FROM"
                    + " organisation WHERE name = ?), ?, ?, ?, 'benchmark')")) {
                s.setLong(1, KEY_ID);
                s.setString(2, CENTRE);
                s.setString(3, prefix.toString());
                s.setString(4, hash);
                s.setTimestamp(5, Timestamp.valueOf(LocalDateTime.now(CHINA)));
                s.executeUpdate();
            }
            for (String right : List.of("CREATE_SERVICE_RECORDS", "SUBMIT_RATINGS", "READ_RATINGS")) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO api_key_right (api_key_id, api_right)"
                        + " VALUES (?, ?)")) {
                    s.setLong(1, KEY_ID);
                    s.setString(2, right);
                    s.executeUpdate();
                }
            }
        }
        return key;
    }

    /**
     * A unit of the centre and the centre's active people, whose services the load records in
     * turn (as the centre's window devices would, each staff member rated one citizen at a time):
     * {unit, person, person, ...}.
     */
    static long[] place() throws SQLException {
        try (Connection c = DriverManager.getConnection(DB, DB_USER, DB_PASSWORD);
             PreparedStatement s = c.prepareStatement("SELECT p.unit_id, p.id FROM person p JOIN organisation o"
                     + " ON o.id = p.organisation_id WHERE o.name = ? AND p.active ORDER BY p.id")) {
            s.setString(1, CENTRE);
            List<Long> place = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (place.isEmpty()) {
                        place.add(r.getLong(1));
                    }
                    place.add(r.getLong(2));
                }
            }
            if (place.isEmpty()) {
                throw new IllegalStateException("no demo people in " + CENTRE);
            }
            return place.stream().mapToLong(Long::longValue).toArray();
        }
    }

    // --- the crash ---

    /**
     * Kills the server under load and holds what it had answered against what its database holds:
     * every service record and rating answered 201 must be there. At most one per client may be
     * there unanswered (committed, then killed before the answer left).
     */
    static void crash() throws IOException, InterruptedException, SQLException, NoSuchAlgorithmException {
        int clients = Integer.getInteger("clients", 50);
        int after = Integer.getInteger("crash.after", 400);
        deleteTree(DATA);
        Files.createDirectories(DATA);
        Process micro = startWithKey();
        String key = insertedKey;
        long[] place = insertedPlace;
        Totals totals = new Totals();
        totals.enoughAt = after;
        Phase load = new Phase("crash", clients);
        load.whenFinished = totals.enough::countDown; // all clients stopped before: nothing more to wait for
        Process server = micro;
        run(load, 600, n -> new Rate(key, place, "K" + n + "-", n, totals), () -> {
            totals.enough.await();
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no last flush
            server.waitFor();
            System.out.printf("killed the server with SIGKILL after %d ratings answered 201%n", totals.accepted.sum());
        });
        load.report();

        String report = crashReport(totals, clients);
        System.out.print(report);
        Files.writeString(DATA.resolve("report.txt"), report);
        if (totals.accepted.sum() < after) {
            throw new IllegalStateException("the load stopped before the server was killed; see " + DATA);
        }
        if (!report.contains("nothing lost")) {
            throw new IllegalStateException("acknowledged writes were lost in the crash");
        }
        // and the server comes back on the database the crash left
        micro = startMicro();
        try {
            waitUntilReady(micro);
            System.out.println("the server started again on the database the crash left");
        } finally {
            stop(micro);
        }
    }

    static void stop(Process micro) throws InterruptedException {
        micro.destroy();
        if (!micro.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            micro.destroyForcibly().waitFor();
        }
    }

    /** Compares, reference by reference, what was answered 201 with what the database holds. */
    static String crashReport(Totals totals, int clients) throws SQLException {
        java.util.Set<String> records = new java.util.HashSet<>();
        java.util.Set<String> rated = new java.util.HashSet<>();
        long days;
        try (Connection c = DriverManager.getConnection(DB, DB_USER, DB_PASSWORD)) {
            days = single(c, ROLLUP_DIFFERENCES);
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT reference FROM"
                    + " service_record WHERE created_by_api_key_id = " + KEY_ID)) {
                while (r.next()) {
                    records.add(r.getString(1));
                }
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT sr.reference FROM rating ra"
                    + " JOIN service_record sr ON sr.id = ra.service_record_id WHERE ra.api_key_id = " + KEY_ID)) {
                while (r.next()) {
                    rated.add(r.getString(1));
                }
            }
        }
        long recordsLost = totals.recordReferences.stream().filter(ref -> !records.contains(ref)).count();
        long ratingsLost = totals.ratedReferences.stream().filter(ref -> !rated.contains(ref)).count();
        long recordsUnanswered = records.stream().filter(ref -> !totals.recordReferences.contains(ref)).count();
        long ratingsUnanswered = rated.stream().filter(ref -> !totals.ratedReferences.contains(ref)).count();
        boolean ok = recordsLost == 0 && ratingsLost == 0 && recordsUnanswered <= clients
                && ratingsUnanswered <= clients && days == 0;
        return String.format("Crash on %s: %d service records and %d ratings answered 201 before SIGKILL; in the"
                        + " database %d and %d; answered but missing: %d records, %d ratings; stored but never"
                        + " answered (in flight): %d records, %d ratings; days whose figures differ from their"
                        + " ratings: %d: %s%n", H2 ? "embedded H2" : "PostgreSQL",
                totals.recordReferences.size(), totals.ratedReferences.size(), records.size(), rated.size(),
                recordsLost, ratingsLost, recordsUnanswered, ratingsUnanswered, days,
                ok ? "nothing lost" : "MISMATCH");
    }

    // --- the load ---

    /** What one client does again and again: one step, with the latencies it measured. */
    interface Step {
        void run(Phase phase) throws InterruptedException;
    }

    interface Steps {
        Step client(int n);
    }

    /** The ceiling: a constant answer of the application's API (no key, no database; the address limit counted). */
    record Constant() implements Step {
        @Override
        public void run(Phase phase) throws InterruptedException {
            phase.send("constant", HttpRequest.newBuilder(URI.create(BASE + "api/v1")).GET(), 200);
        }
    }

    /** Services recorded, their ids kept for {@link RateRecorded}. */
    static final class Record implements Step {
        private final Rate rate;
        private final java.util.Queue<Long> created;

        Record(String key, long[] place, String prefix, int n, Totals totals, java.util.Queue<Long> created) {
            this.rate = new Rate(key, place, prefix, n, totals);
            this.created = created;
        }

        @Override
        public void run(Phase phase) throws InterruptedException {
            Long id = rate.record(phase);
            if (id != null) {
                created.add(id);
            }
        }
    }

    /**
     * Ratings of services recorded before, as a window device sends them after the service: the
     * rating alone, every tenth once more with the same Idempotency-Key. A client stops when every
     * recorded service is taken.
     */
    static final class RateRecorded implements Step {
        private final Rate rate;
        private final java.util.Queue<Long> created;

        RateRecorded(String key, java.util.Queue<Long> created, Totals totals) {
            this.rate = new Rate(key, null, "", 0, totals);
            this.created = created;
        }

        @Override
        public void run(Phase phase) throws InterruptedException {
            Long id = created.poll();
            if (id == null) {
                throw new Exhausted();
            }
            rate.rate(phase, id);
        }
    }

    /** A client has nothing left to do: it stops, and nothing failed. */
    static final class Exhausted extends RuntimeException {
        Exhausted() {
            super(null, null, false, false);
        }
    }

    /** The trivial endpoint: the key is checked, the limits counted, nothing else. */
    record Ping(String key) implements Step {
        @Override
        public void run(Phase phase) throws InterruptedException {
            phase.send("ping", HttpRequest.newBuilder(URI.create(BASE + "api/v1/ping"))
                    .header("Authorization", "Bearer " + key).GET(), 200);
        }
    }

    /** The real work: a service record, its rating, and every tenth rating once more with the same key. */
    static final class Rate implements Step {
        private final String key;
        private final long[] place;
        private final String prefix;
        private final Totals totals;
        private int i;
        private int rated;

        Rate(String key, long[] place, String prefix, int n, Totals totals) {
            this.key = key;
            this.place = place;
            this.prefix = prefix + n + "-";
            this.totals = totals;
        }

        @Override
        public void run(Phase phase) throws InterruptedException {
            Long id = record(phase);
            if (id != null) {
                rate(phase, id);
            }
        }

        /** Records a service; its id, or null when the answer was not 201. */
        Long record(Phase phase) throws InterruptedException {
            i++;
            String reference = "B" + prefix + i;
            long staff = place[1 + Math.floorMod(i + prefix.hashCode(), place.length - 1)]; // each client in turn
            String record = "{\"reference\":\"" + reference + "\",\"serviceItem\":\"不动产登记\",\"unitId\":" + place[0]
                    + ",\"staffId\":" + staff + ",\"servedAt\":\"" + LocalDateTime.now(CHINA).withNano(0)
                    + "\",\"channel\":\"WINDOW\"}";
            HttpResponse<String> created = phase.send("record", post("api/v1/service-records", record), 201);
            if (created == null) {
                return null;
            }
            totals.records.increment();
            totals.recordReferences.add(reference);
            long id = Long.parseLong(created.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
            REFERENCES.put(id, reference);
            return id;
        }

        /** Rates the service, every tenth rating once more with the same Idempotency-Key. */
        void rate(Phase phase, long id) throws InterruptedException {
            String reference = REFERENCES.remove(id);
            int level = level(++rated);
            String rating = "{\"level\":" + level + ",\"channel\":\"DEVICE\",\"indicators\":{\"ATTITUDE\":" + level
                    + "},\"tags\":[\"SMILE\"]}";
            String idempotency = "load-" + reference;
            HttpResponse<String> rated = phase.send("rating", post("api/v1/service-records/" + id + "/ratings", rating)
                    .header("Idempotency-Key", idempotency), 201);
            if (rated == null) {
                return;
            }
            if ("false".equals(rated.headers().firstValue("Idempotent-Replayed").orElse(""))) {
                totals.accept(reference);
            }
            if (this.rated % 10 == 0) {
                HttpResponse<String> again = phase.send("rating repeated", post("api/v1/service-records/" + id
                        + "/ratings", rating).header("Idempotency-Key", idempotency), 201);
                if (again != null && "true".equals(again.headers().firstValue("Idempotent-Replayed").orElse(""))
                        && again.body().equals(rated.body())) {
                    totals.replayed.increment();
                } else if (again != null) {
                    totals.wrongReplays.increment();
                }
            }
        }

        /**
         * Levels as services get them: mostly 5 and 4, some 3, one in twenty-five a 差评, which
         * opens a case in the rating's transaction.
         */
        static int level(int i) {
            int p = i % 100;
            return p < 60 ? 5 : p < 85 ? 4 : p < 96 ? 3 : p < 98 ? 2 : 1;
        }

        private HttpRequest.Builder post(String path, String json) {
            return HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", "Bearer " + key)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
    }

    /** What the server was asked and answered over all phases, to hold against the database. */
    static final class Totals {
        final LongAdder records = new LongAdder();
        final LongAdder accepted = new LongAdder();
        final LongAdder replayed = new LongAdder();
        final LongAdder wrongReplays = new LongAdder();
        final java.util.Set<String> recordReferences = ConcurrentHashMap.newKeySet();
        final java.util.Set<String> ratedReferences = ConcurrentHashMap.newKeySet();
        /** Opened once {@link #enoughAt} ratings were accepted (or the load ended). */
        final CountDownLatch enough = new CountDownLatch(1);
        volatile long enoughAt = Long.MAX_VALUE;

        void accept(String reference) {
            ratedReferences.add(reference);
            accepted.increment();
            if (accepted.sum() >= enoughAt) {
                enough.countDown();
            }
        }
    }

    /** One phase: so many clients for so many seconds, each repeating its step. */
    static final class Phase {
        final String name;
        final int clients;
        final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        /** The SQL statements the answers reported (X-SQL-Statements): their sum and their most. */
        final Map<String, LongAdder> statements = new ConcurrentHashMap<>();
        final Map<String, java.util.concurrent.atomic.LongAccumulator> statementsMost = new ConcurrentHashMap<>();
        final AtomicLong elapsedNanos = new AtomicLong();
        volatile boolean finished;
        /** Run once every client has stopped by itself. */
        volatile Runnable whenFinished;

        Phase(String name, int clients) {
            this.name = name;
            this.clients = clients;
        }

        /** Sends, times and checks one request; null when the answer was not the expected one. */
        HttpResponse<String> send(String what, HttpRequest.Builder request, int expected) throws InterruptedException {
            long t0 = System.nanoTime();
            HttpResponse<String> answer;
            try {
                answer = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                failures.computeIfAbsent(what + " " + e.getClass().getSimpleName(), k -> new LongAdder()).increment();
                return null;
            }
            long nanos = System.nanoTime() - t0;
            if (answer.statusCode() != expected) {
                failures.computeIfAbsent(what + " " + answer.statusCode(), k -> new LongAdder()).increment();
                return null;
            }
            latencies.computeIfAbsent(what, k -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
            answer.headers().firstValue("X-SQL-Statements").map(Long::parseLong).ifPresent(n -> {
                statements.computeIfAbsent(what, k -> new LongAdder()).add(n);
                statementsMost.computeIfAbsent(what, k -> new java.util.concurrent.atomic.LongAccumulator(Math::max,
                        0)).accumulate(n);
            });
            return answer;
        }

        double throughput(String what) {
            List<Long> l = latencies.get(what);
            return l == null ? 0 : l.size() / (elapsedNanos.get() / 1e9);
        }

        String report() {
            StringBuilder out = new StringBuilder();
            for (Map.Entry<String, List<Long>> e : new TreeMap<>(latencies).entrySet()) {
                List<Long> sorted = new ArrayList<>(e.getValue());
                Collections.sort(sorted);
                LongAdder sql = statements.get(e.getKey());
                String counted = sql == null ? "" : String.format("  SQL %.2f (most %d)",
                        sql.sum() / (double) sorted.size(), statementsMost.get(e.getKey()).get());
                out.append(String.format("  %-7s %3d clients  %-16s %7d answers %8.1f/s   p50 %6.1f ms  p95 %6.1f ms"
                                + "  p99 %6.1f ms  max %7.1f ms%s%n", name, clients, e.getKey(), sorted.size(),
                        throughput(e.getKey()), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                        sorted.get(sorted.size() - 1) / 1e6, counted));
            }
            failures.forEach((what, n) -> out.append(String.format("  %-7s %3d clients  unexpected: %s × %d%n",
                    name, clients, what, n.sum())));
            System.out.print(out);
            return out.toString();
        }

        static double pct(List<Long> sorted, int p) {
            return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(p / 100.0 * sorted.size()) - 1) / 1e6;
        }
    }

    static Phase run(String name, int clients, int seconds, Steps steps) throws InterruptedException {
        Phase phase = new Phase(name, clients);
        run(phase, seconds, steps, null);
        return phase;
    }

    /** What happens while the clients run; when it returns, they stop. */
    interface Meanwhile {
        void run() throws InterruptedException;
    }

    /** Runs the phase's clients until the time is up or, sooner, until {@code meanwhile} (if any) has returned. */
    static void run(Phase phase, int seconds, Steps steps, Meanwhile meanwhile) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(phase.clients);
        long[] end = new long[1];
        for (int n = 0; n < phase.clients; n++) {
            Step step = steps.client(n);
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    while (System.nanoTime() < end[0] && !phase.finished) {
                        step.run(phase);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exhausted e) {
                    // stops early, as it should
                } catch (RuntimeException e) {
                    // an answer not of the shape expected: counted, and the client goes on no further
                    phase.failures.computeIfAbsent("client " + e, k -> new LongAdder()).increment();
                } finally {
                    done.countDown();
                }
            });
            t.start();
        }
        long t0 = System.nanoTime();
        end[0] = t0 + seconds * 1_000_000_000L;
        start.countDown();
        Thread waiter = new Thread(() -> {
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            phase.finished = true;
            if (phase.whenFinished != null) {
                phase.whenFinished.run();
            }
        });
        waiter.start();
        if (meanwhile != null) {
            try {
                meanwhile.run();
            } finally {
                phase.finished = true;
            }
        }
        done.await();
        phase.elapsedNanos.set(System.nanoTime() - t0);
    }

    /**
     * The days whose rollup of the figures ({@code rating_day}, migration V24) differs from what
     * the ratings themselves give: zero when the figures hold every rating stored and no other.
     */
    static final String ROLLUP_DIFFERENCES = "SELECT COUNT(*) FROM ((" + rawDays() + " EXCEPT " + keptDays() + ")"
            + " UNION ALL (" + keptDays() + " EXCEPT " + rawDays() + ")) t";

    static String rawDays() {
        StringBuilder sql = new StringBuilder("SELECT organisation_id, served_on, unit_id, COALESCE(person_id, 0) AS person_id");
        for (int level = 1; level <= 5; level++) {
            sql.append(", SUM(CASE WHEN counted = TRUE AND rating_level = ").append(level).append(" THEN 1 ELSE 0 END)");
        }
        return sql.append(", SUM(CASE WHEN defaulted = FALSE AND standing = 'PENDING_VERIFICATION' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN standing = 'HELD' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN defaulted = FALSE AND standing = 'EXCLUDED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN defaulted = TRUE THEN 1 ELSE 0 END) FROM rating WHERE kind = 'ORIGINAL'"
                + " GROUP BY organisation_id, served_on, unit_id, COALESCE(person_id, 0)").toString();
    }

    static String keptDays() {
        return "SELECT organisation_id, served_on, unit_id, person_id, SUM(level_1), SUM(level_2), SUM(level_3),"
                + " SUM(level_4), SUM(level_5), SUM(pending), SUM(held), SUM(excluded), SUM(defaulted) FROM rating_day"
                + " GROUP BY organisation_id, served_on, unit_id, person_id HAVING SUM(level_1 + level_2 + level_3"
                + " + level_4 + level_5 + pending + held + excluded + defaulted) > 0";
    }

    /** Every accepted rating is in the database once, and nothing else is. */
    static String verify(Totals totals) throws SQLException {
        try (Connection c = DriverManager.getConnection(DB, DB_USER, DB_PASSWORD)) {
            long ratings = single(c, "SELECT COUNT(*) FROM rating WHERE api_key_id = " + KEY_ID);
            long records = single(c, "SELECT COUNT(*) FROM service_record WHERE created_by_api_key_id = " + KEY_ID);
            long twice = single(c, "SELECT COUNT(*) FROM (SELECT service_record_id FROM rating GROUP BY"
                    + " service_record_id, kind HAVING COUNT(*) > 1) t");
            long days = single(c, ROLLUP_DIFFERENCES);
            boolean ok = ratings == totals.accepted.sum() && records == totals.records.sum() && twice == 0
                    && totals.wrongReplays.sum() == 0 && days == 0;
            return String.format("Check: %d ratings accepted, %d in the database; %d service records created, %d in"
                            + " the database; %d services rated twice; %d repeated requests answered the first result,"
                            + " %d did not; %d days whose figures differ from their ratings: %s%n", totals.accepted.sum(),
                    ratings, totals.records.sum(), records, twice, totals.replayed.sum(), totals.wrongReplays.sum(),
                    days, ok ? "none lost, none duplicated" : "MISMATCH");
        }
    }

    static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
